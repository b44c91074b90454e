// Where the grid ends: the signature block of the decree, a new title, or another table.
import { isBlankString, textOf, type SheetView } from '../sheet-view.js';
import type { CellValue } from '../types.js';
import { isMark } from '../model/marks.js';
import { classOfHeader } from './header-keywords.js';

// Lines that only a signature block has.
const STRONG = new RegExp(
  [
    '^ditetapkan\\s+di\\b',
    '^pada\\s+tanggal\\b',
    '^salinan\\s+sesuai\\b',
    '^\\(?\\s*(ttd|dto)\\.?\\s*\\)?$',
    // "Kupang, 5 Juni 2023"
    '^[a-z .]{3,30},\\s*\\d{1,2}\\s+[a-z]+\\s+\\d{4}$',
  ].join('|'),
  'i',
);
// Character codes, lower-cased by | 0x20 ("(" is unchanged by it).
const STRONG_INITIALS: readonly number[] = [...'dps(t'].map((c) => c.charCodeAt(0));

// Lines that open a signature block or a new title, but could start an indicator sentence too;
// they count only after a blank row and when short.
const WEAK = new RegExp(
  [
    '^tanggal\\s*:',
    '^mengetahui\\b',
    '^a\\.\\s*n\\.?\\s',
    '^an\\.\\s',
    '^pl[th]\\.?\\s',
    '^ketua\\b',
    '^wakil\\s+ketua\\b',
    '^sekretaris\\b',
    '^kepala\\s+(sub\\s*bagian|bagian|biro|kantor|sekretariat)\\b',
    '^kasubbag\\b',
    '^nip\\.?\\s*[:\\d]',
    '^lampiran\\b',
    '^rencana\\s+aksi\\b',
    '^keputusan\\b',
    '^tembusan\\b',
  ].join('|'),
  'i',
);

/**
 * A row's filled cells: their count (at least up to 3), the first two columns (0: none) and
 * their values (null: none).
 */
export interface FilledCells {
  filled: number;
  first: number;
  second: number;
  firstValue: CellValue;
  secondValue: CellValue;
}

/**
 * Filled cells of a row up to the third: their count (0..3) and the first two columns. Most
 * boundary checks need no more, and this runs on every data row (SPEC §12).
 */
export function firstFilledOf(view: SheetView, row: number): FilledCells {
  return firstFilledInto(view, row, { filled: 0, first: 0, second: 0, firstValue: null, secondValue: null });
}

/** firstFilledOf into a caller's object, reused across the rows of a scan (no object per row). */
export function firstFilledInto<T extends FilledCells>(view: SheetView, row: number, out: T): T {
  const last = view.lastColumnOf(row);
  let filled = 0;
  let first = 0;
  let second = 0;
  let firstValue: CellValue = null;
  let secondValue: CellValue = null;
  const raw = view.rowOf ? view.rowOf(row) : null;
  const offset = view.firstColumn;
  for (let c = offset; c <= last && filled < 3; c++) {
    // Unmerged rows straight from their raw array, normalised as view.get does.
    const x = raw !== null ? raw[c - offset] : view.get(row, c);
    if (x === null || x === undefined) continue;
    const v: CellValue = typeof x === 'object' ? String(x) : (x as CellValue);
    if (typeof v === 'string' ? isBlankString(v) : typeof v === 'number' && !Number.isFinite(v)) continue;
    filled++;
    if (filled === 1) {
      first = c;
      firstValue = v;
    } else if (filled === 2) {
      second = c;
      secondValue = v;
    }
  }
  out.filled = filled;
  out.first = first;
  out.second = second;
  out.firstValue = firstValue;
  out.secondValue = secondValue;
  return out;
}

/**
 * A row that closes the grid: at most two filled cells, no check mark, and its first text
 * reads like a signature line or a new title. A data row has more than that, or numbers.
 * `afterBlank`: whether the row above is blank, when the caller knows.
 */
export function isEndOfGridRow(
  view: SheetView,
  row: number,
  cells: FilledCells = firstFilledOf(view, row),
  afterBlank?: boolean,
): boolean {
  const { filled, firstValue, secondValue } = cells;
  if (filled === 0 || filled > 2) return false;
  if (isMark(firstValue) || isMark(secondValue)) return false;
  const first = textOf(firstValue);
  const text = first.indexOf('*') < 0 ? first : first.replace(/\*+/g, '').trim();
  if (text === '') return false;
  // Cheap gate before the regexes: this runs on every sparse data row (indicator-only rows).
  // A strong line starts with d, p, s, t or "(" (any case), or names a place before a comma.
  const initial = text.charCodeAt(0) | 0x20;
  if ((STRONG_INITIALS.includes(initial) || text.indexOf(',') > 0) && STRONG.test(text)) return true;
  const blankAbove = afterBlank ?? (row - 1 >= view.firstRow && view.lastColumnOf(row - 1) === 0);
  return blankAbove && text.length <= 80 && WEAK.test(text);
}

/** Another table's header (NO / NAMA / JABATAN …): starts with NO but is not a lampiran header. */
export function isOtherTableHeader(view: SheetView, row: number, firstColumn: number): boolean {
  const first = view.get(row, firstColumn);
  if (typeof first !== 'string' || first.length > 10 || !/^\s*(NO|NOMOR)\.?\s*$/i.test(first)) return false;
  let named = 0;
  let keywords = 0;
  const last = Math.min(view.lastColumnOf(row), firstColumn + 40);
  for (let c = firstColumn + 1; c <= last; c++) {
    const t = view.text(row, c);
    if (t === '') continue;
    named++;
    if (classOfHeader(t)) keywords++;
  }
  return named >= 2 && keywords < 3;
}
