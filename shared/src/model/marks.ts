// Month marks (SPEC §5): what counts as "this month is scheduled".
import type { CellValue, GridInfo } from '../types.js';
import type { SheetView } from '../sheet-view.js';

/** Accepted mark texts (trimmed). */
export const MARK_TEXTS: ReadonlySet<string> = new Set([
  '√',
  '✓',
  '✔',
  '☑',
  'V',
  'v',
  'X',
  'x',
  '1',
  'TRUE',
  'ü',
  '✅',
  '☒',
]);
// Symbols that can only be check marks; used to spot marks pushed into text columns, where
// "1", "V" or "X" could be numbering or roman numerals.
const SYMBOL_MARKS = new Set(['√', '✓', '✔', '☑', 'ü', '✅', '☒']);

// Printable ASCII characters an accepted mark can start with ("1", "V", "v", "X", "x", "TRUE").
const MARK_INITIAL: boolean[] = Array.from({ length: 0x80 }, (_, c) =>
  '1VvXxTt'.includes(String.fromCharCode(c)),
);

/** True when a month cell value is an accepted check mark. */
export function isMark(value: CellValue | undefined): boolean {
  if (value === true) return true;
  if (value === 1) return true;
  if (typeof value !== 'string') return false;
  // Most strings asked about are words (KET phrases, indicators): a printable ASCII first
  // character that no mark starts with settles it without a trim and a set lookup.
  const c0 = value.charCodeAt(0);
  if (c0 > 0x20 && c0 < 0x7f && !MARK_INITIAL[c0]) return false;
  const t = value.length === 1 ? value : value.trim();
  return MARK_TEXTS.has(t) || (t.length === 4 && t.toUpperCase() === 'TRUE');
}

/** A mark that cannot be anything else (not "1", "V", "X"). */
export function isSymbolMark(value: CellValue | undefined): boolean {
  if (value === true) return true;
  if (typeof value !== 'string') return false;
  // Every symbol mark is above U+00FB; a printable ASCII (or Latin-1) first character that is
  // not white space rules it out without a trim and a set lookup.
  const c0 = value.charCodeAt(0);
  if (c0 > 0x20 && c0 < 0xfc && c0 !== 0xa0) return false;
  return SYMBOL_MARKS.has(value.trim());
}

/** Values that mean "no mark" in a month cell: blanks and unticked checkboxes. */
export function isEmptyMonthValue(value: CellValue | undefined): boolean {
  if (value === null || value === undefined || value === false) return true;
  if (typeof value === 'string') {
    const t = value.trim();
    return t === '' || (t.length === 5 && t.toUpperCase() === 'FALSE');
  }
  return false;
}

/** The mark most used in the grid's month cells (default "√"); true when they are checkboxes. */
export function preferredMarkOf(view: SheetView, grid: GridInfo): string | boolean {
  const counts = new Map<string, number>();
  let booleans = 0;
  const skip = new Set(grid.repeatedHeaderRows);
  for (let r = grid.firstDataRow; r <= grid.lastDataRow; r++) {
    if (skip.has(r)) continue;
    for (const c of grid.cols.months) {
      const v = view.get(r, c);
      if (typeof v === 'boolean') {
        booleans++;
        continue;
      }
      if (!isMark(v)) continue;
      const key = typeof v === 'number' ? String(v) : String(v).trim();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [k, n] of counts) {
    if (n > bestCount) {
      best = k;
      bestCount = n;
    }
  }
  if (booleans > bestCount) return true;
  return best ?? '√';
}
