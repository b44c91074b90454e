// Small lampiran grids as plain 2-D arrays, for the recurrence rule and fill tests.
import type { CellValue } from '../types.js';

export interface RowSpec {
  no?: CellValue;
  area?: string;
  kegiatan?: string;
  sub?: string;
  indikator?: string;
  /** Months to mark with `mark`, or month -> raw cell value. */
  months?: number[] | Partial<Record<number, CellValue>>;
  mark?: CellValue;
  ket?: CellValue;
}

/** Title row 1, header row 2, month row 3, column numbers row 4, data from row 5. */
export const FIRST_DATA_ROW = 5;
/** Sheet column of month m (January is F). */
export const monthColumn = (m: number): number => 5 + m;
export const KET_COLUMN = 18;

export function gridOf(rows: RowSpec[], opts: { year?: number } = {}): CellValue[][] {
  const blank = (): CellValue[] => Array<CellValue>(18).fill(null);
  const title = blank();
  title[0] = `RENCANA AKSI REFORMASI BIROKRASI TAHUN ${opts.year ?? 2025}`;
  const header: CellValue[] = [
    'NO',
    'AREA PERUBAHAN',
    'KEGIATAN',
    'SUB KEGIATAN',
    'INDIKATOR KEBERHASILAN',
    'PELAKSANAAN (BULAN)',
  ];
  while (header.length < 17) header.push(null);
  header.push('KET');
  const months: CellValue[] = [null, null, null, null, null, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, null];
  const numbers: CellValue[] = Array.from({ length: 18 }, (_, i) => i + 1);
  const out: CellValue[][] = [title, header, months, numbers];
  for (const spec of rows) {
    const row = blank();
    row[0] = spec.no ?? null;
    row[1] = spec.area ?? null;
    row[2] = spec.kegiatan ?? null;
    row[3] = spec.sub ?? null;
    row[4] = spec.indikator ?? null;
    if (Array.isArray(spec.months)) {
      for (const m of spec.months) row[monthColumn(m) - 1] = spec.mark ?? '√';
    } else if (spec.months) {
      for (const [m, v] of Object.entries(spec.months)) row[monthColumn(Number(m)) - 1] = v ?? null;
    }
    row[KET_COLUMN - 1] = spec.ket ?? null;
    out.push(row);
  }
  return out;
}

/** Writes `value` into a copy of `values` at sheet cell (row, column), origin A1. */
export function withCell(
  values: CellValue[][],
  row: number,
  column: number,
  value: CellValue,
): CellValue[][] {
  const copy = values.map((r) => r.slice());
  while (copy.length < row) copy.push([]);
  const target = copy[row - 1]!;
  while (target.length < column) target.push(null);
  target[column - 1] = value;
  return copy;
}
