// Where the grid ends: the signature block of the decree, a new title, or another table.
import type { SheetView } from '../sheet-view.js';
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
 * A row that closes the grid: at most two filled cells, no check mark, and its first text
 * reads like a signature line or a new title. A data row has more than that, or numbers.
 */
export function isEndOfGridRow(view: SheetView, row: number): boolean {
  const last = view.lastColumnOf(row);
  let filled = 0;
  let first = '';
  for (let c = view.firstColumn; c <= last; c++) {
    const t = view.text(row, c);
    if (t === '') continue;
    if (isMark(view.get(row, c))) return false;
    if (++filled > 2) return false;
    if (first === '') first = t;
  }
  const text = first.replace(/\*+/g, '').trim();
  if (text === '') return false;
  if (STRONG.test(text)) return true;
  const afterBlank = row - 1 >= view.firstRow && view.lastColumnOf(row - 1) === 0;
  return afterBlank && text.length <= 80 && WEAK.test(text);
}

/** Another table's header (NO / NAMA / JABATAN …): starts with NO but is not a lampiran header. */
export function isOtherTableHeader(view: SheetView, row: number, firstColumn: number): boolean {
  if (!/^(NO|NOMOR)\.?$/i.test(view.text(row, firstColumn))) return false;
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
