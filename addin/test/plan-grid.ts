// Synthetic lampiran grids of any length, for sync-count tests and the bench. Every few rows
// carry a defect (no indicator, no schedule) so validation has something to highlight, and
// some activities state "triwulanan" in KET with empty months so fill has work to do.
import type { FakeValue } from './fake-excel.js';

const AREAS = [
  'Manajemen Perubahan',
  'Deregulasi Kebijakan',
  'Penataan dan Penguatan Organisasi',
  'Penataan Tatalaksana',
  'Penataan Sistem Manajemen SDM',
  'Penguatan Akuntabilitas',
  'Penguatan Pengawasan',
  'Peningkatan Kualitas Pelayanan Publik',
];

export const GRID_HEADER_ROW = 3;
export const GRID_FIRST_DATA_ROW = 6;
/** Sheet column of January in these grids (F). */
export const GRID_FIRST_MONTH_COLUMN = 6;

/** A sheet as rows of cells from A1: title, two-row header, column numbers, then `rows` activities. */
export function planGrid(rows: number, year = 2025): (FakeValue | null)[][] {
  const out: (FakeValue | null)[][] = [];
  const empty = (): (FakeValue | null)[] => new Array<FakeValue | null>(18).fill(null);
  const title = empty();
  title[0] = `RENCANA AKSI REFORMASI BIROKRASI TAHUN ${year}`;
  out.push(title, empty());
  const header = empty();
  ['NO', 'AREA PERUBAHAN', 'KEGIATAN', 'SUB KEGIATAN', 'INDIKATOR KEBERHASILAN'].forEach(
    (h, i) => (header[i] = h),
  );
  header[5] = 'PELAKSANAAN (BULAN)';
  header[17] = 'KET';
  out.push(header);
  const months = empty();
  for (let m = 1; m <= 12; m++) months[4 + m] = m;
  out.push(months);
  out.push(Array.from({ length: 18 }, (_, i) => i + 1));

  const perArea = Math.max(1, Math.ceil(rows / AREAS.length));
  for (let i = 0; i < rows; i++) {
    const row = empty();
    const area = Math.floor(i / perArea);
    const inArea = i % perArea;
    if (inArea === 0) {
      row[0] = area + 1;
      row[1] = AREAS[area] ?? AREAS[AREAS.length - 1]!;
    }
    const kegiatan = Math.floor(inArea / 4);
    const sub = inArea % 4;
    if (sub === 0) row[2] = `${kegiatan + 1}. Kegiatan ${kegiatan + 1}`;
    row[3] = `${sub + 1}) Sub kegiatan ${i + 1}`;
    if (i % 7 !== 3) row[4] = `Laporan ${i + 1}`;
    row[17] = 'triwulanan';
    // Every 5th activity has no marks yet (unscheduled, and fillable from KET).
    if (i % 5 !== 2) for (const m of [3, 6, 9, 12]) row[4 + m] = '√';
    out.push(row);
  }
  return out;
}
