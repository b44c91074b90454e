import { textOf, type SheetView } from '../sheet-view.js';

/** view.text without its regex pass in the common case; used in per-row loops (SPEC §12). */
export function quickText(view: SheetView, row: number, column: number): string {
  const v = view.get(row, column);
  if (v === null) return '';
  if (typeof v === 'string' && v.indexOf('\u00a0') < 0) return v.trim();
  return textOf(v);
}
