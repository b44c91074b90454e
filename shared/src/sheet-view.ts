import type { CellValue, SheetInput } from './types.js';

/** Read access to a sheet in its own 1-based coordinates, with merges resolved. */
export interface SheetView {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  /** Last column holding anything on any row. */
  readonly lastColumn: number;
  /** Raw value; null outside the read area and on non-master cells of a merge. */
  get(row: number, column: number): CellValue;
  /** Trimmed text of the value ('' when empty); booleans as "TRUE"/"FALSE". */
  text(row: number, column: number): string;
  /** Last non-empty column of a row (0 when the row is empty). */
  lastColumnOf(row: number): number;
}

function isBlank(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (typeof v === 'number') return !Number.isFinite(v);
  return false;
}

export function textOf(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  // Most cells hold no non-breaking space; skip the replace (and its copy) for them.
  return (v.indexOf('\u00a0') === -1 ? v : v.replace(/\u00a0/g, ' ')).trim();
}

// Built once per validation; merge masking and per-row extents are computed up front so
// rules can read cells in O(1) without re-scanning.
export function sheetViewOf(sheet: SheetInput): SheetView {
  const values = Array.isArray(sheet.values) ? sheet.values : [];
  const originRow = sheet.originRow ?? 1;
  const originColumn = sheet.originColumn ?? 1;
  const masked = new Map<number, Set<number>>();
  for (const m of sheet.merges ?? []) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        let set = masked.get(r);
        if (!set) masked.set(r, (set = new Set()));
        set.add(c);
      }
    }
  }
  const rowLast: number[] = new Array(values.length).fill(0);
  let lastColumn = 0;
  for (let i = 0; i < values.length; i++) {
    const row = Array.isArray(values[i]) ? values[i]! : [];
    const mask = masked.get(originRow + i);
    for (let j = row.length - 1; j >= 0; j--) {
      if (!isBlank(row[j]) && !mask?.has(originColumn + j)) {
        rowLast[i] = originColumn + j;
        break;
      }
    }
    if (rowLast[i]! > lastColumn) lastColumn = rowLast[i]!;
  }
  // Most sheets read from text files have no merges: skip the per-cell lookup for them.
  const hasMerges = masked.size > 0;
  const get = (row: number, column: number): CellValue => {
    const i = row - originRow;
    const j = column - originColumn;
    if (i < 0 || j < 0 || i >= values.length) return null;
    const r = values[i];
    if (!Array.isArray(r) || j >= r.length) return null;
    if (hasMerges && masked.get(row)?.has(column)) return null;
    const v = r[j];
    if (v === undefined) return null;
    if (typeof v === 'object' && v !== null) return String(v);
    return v;
  };
  return {
    firstRow: originRow,
    lastRow: originRow + values.length - 1,
    firstColumn: originColumn,
    lastColumn,
    get,
    text: (row, column) => textOf(get(row, column)),
    lastColumnOf: (row) => rowLast[row - originRow] ?? 0,
  };
}
