// Builds small lampiran sheets as plain 2-D arrays for rule tests: a title, the 18-column
// header, the month row, the column-number row, the data rows, a signature block.
import { AREA_LISTS } from '../../shared/src/areas/area-lists.js';
import type { CellValue, SheetInput } from '../../shared/src/types.js';

export const HEADER: CellValue[] = [
  'NO',
  'AREA PERUBAHAN',
  'KEGIATAN',
  'SUB KEGIATAN',
  'INDIKATOR KEBERHASILAN',
  'PELAKSANAAN (BULAN)',
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  'KET',
];
export const MONTH_ROW: CellValue[] = [
  null,
  null,
  null,
  null,
  null,
  ...Array.from({ length: 12 }, (_, i) => String(i + 1)),
  null,
];
export const NUMBER_ROW: CellValue[] = Array.from({ length: 18 }, (_, i) => String(i + 1));
export const TITLE: CellValue[][] = [['RENCANA AKSI REFORMASI BIROKRASI TAHUN 2024'], []];
export const SIGNATURE: CellValue[][] = [
  [],
  ['Ditetapkan di Kalabahi'],
  ['pada tanggal 30 Januari 2024'],
  [],
  ['KETUA'],
  ['ttd.'],
];

/** Sheet row of the first data row in sheets built by `lampiran` with the default title. */
export const FIRST_DATA_ROW = 6;

/** One 18-cell data row; `months` are the marked months (√), or explicit month → value cells. */
export function dataRow(
  no: CellValue,
  area: CellValue,
  kegiatan: CellValue,
  sub: CellValue,
  indikator: CellValue,
  months: number[] | Record<number, CellValue> = [],
  ket: CellValue = null,
): CellValue[] {
  const cells: CellValue[] = [
    no,
    area,
    kegiatan,
    sub,
    indikator,
    ...new Array<CellValue>(12).fill(null),
    ket,
  ];
  if (Array.isArray(months)) for (const m of months) cells[4 + m] = '√';
  else for (const [m, v] of Object.entries(months)) cells[4 + Number(m)] = v;
  return cells;
}

export interface LampiranParts {
  title?: CellValue[][];
  header?: CellValue[];
  monthRow?: CellValue[] | null;
  numberRow?: CellValue[] | null;
  signature?: CellValue[][];
}

export function lampiran(rows: CellValue[][], parts: LampiranParts = {}): SheetInput {
  const values: CellValue[][] = [...(parts.title ?? TITLE), parts.header ?? HEADER];
  if (parts.monthRow !== null) values.push(parts.monthRow ?? MONTH_ROW);
  if (parts.numberRow !== null) values.push(parts.numberRow ?? NUMBER_ROW);
  values.push(...rows, ...(parts.signature ?? SIGNATURE));
  return { values, name: 'Lampiran' };
}

/** The eight RB areas, canonical names in order (Quick Wins, optional, left out). */
export const RB_AREAS: readonly string[] = AREA_LISTS.rb.areas.filter((a) => !a.optional).map((a) => a.name);

/** A clean RB plan: the eight areas, each with one kegiatan of two sub kegiatan, all scheduled. */
export function cleanRbRows(): CellValue[][] {
  const areas = RB_AREAS;
  const rows: CellValue[][] = [];
  areas.forEach((area, i) => {
    rows.push(
      dataRow(
        String(i + 1),
        area,
        '1. Kegiatan pertama',
        '1) Sub kegiatan satu',
        'Dokumen satu',
        [3, 6, 9, 12],
        'triwulanan',
      ),
    );
    rows.push(dataRow(null, null, null, '2) Sub kegiatan dua', 'Dokumen dua', [12]));
  });
  return rows;
}
