// From what the Sheets API returns to the core's SheetInput: ragged rows padded, empty strings
// as blanks, merges as 1-based inclusive areas, origin taken from the range the API echoes.
import { parseA1Range, type CellValue, type MergeArea, type SheetInput } from '../../../shared/src/index.js';
import type { Schema$GridRange, Schema$Sheet, Schema$Spreadsheet, Schema$ValueRange } from './api.js';

export interface SheetMeta {
  sheetId: number;
  title: string;
  index: number;
  merges: MergeArea[];
}

/** Sheets holding cells, in tab order; object sheets (charts) have no gridProperties. */
export function gridSheetsOf(spreadsheet: Schema$Spreadsheet): SheetMeta[] {
  const out: SheetMeta[] = [];
  (spreadsheet.sheets ?? []).forEach((s: Schema$Sheet, index) => {
    const p = s.properties;
    if (!p || !p.gridProperties || typeof p.title !== 'string') return;
    out.push({ sheetId: p.sheetId ?? 0, title: p.title, index, merges: (s.merges ?? []).map(mergeAreaOf) });
  });
  return out;
}

/** GridRange indexes are 0-based, end exclusive; the API leaves out fields that are 0. */
export function mergeAreaOf(r: Schema$GridRange): MergeArea {
  const startRow = r.startRowIndex ?? 0;
  const startColumn = r.startColumnIndex ?? 0;
  return {
    top: startRow + 1,
    left: startColumn + 1,
    bottom: Math.max(startRow + 1, r.endRowIndex ?? startRow + 1),
    right: Math.max(startColumn + 1, r.endColumnIndex ?? startColumn + 1),
  };
}

/** A sheet title as an A1 range: always quoted, quotes doubled. */
export function quotedSheet(title: string): string {
  return `'${title.replace(/'/g, "''")}'`;
}

/** Top-left of the range the API echoes ("'Lampiran'!A1:R40"); 1,1 when it cannot be read. */
export function originOf(range: string | null | undefined): { row: number; column: number } {
  const text = range ?? '';
  const bang = text.lastIndexOf('!');
  const a1 = parseA1Range(bang >= 0 ? text.slice(bang + 1) : text);
  return a1 ? { row: a1.row, column: a1.column } : { row: 1, column: 1 };
}

function cellOf(v: unknown): CellValue {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return String(v);
}

export function sheetInputOf(meta: SheetMeta, valueRange: Schema$ValueRange | undefined): SheetInput {
  const rows = Array.isArray(valueRange?.values) ? valueRange.values : [];
  // The API drops trailing empty cells of each row and trailing empty rows: pad to a rectangle.
  const width = rows.reduce((w, r) => Math.max(w, Array.isArray(r) ? r.length : 0), 0);
  const values: CellValue[][] = rows.map((r) => {
    const row: CellValue[] = new Array(width).fill(null);
    if (Array.isArray(r)) r.forEach((v, j) => (row[j] = cellOf(v)));
    return row;
  });
  const origin = originOf(valueRange?.range);
  return {
    values,
    originRow: origin.row,
    originColumn: origin.column,
    merges: meta.merges,
    name: meta.title,
  };
}
