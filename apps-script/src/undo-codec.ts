// Compact, pure encoding of "the cells the last fill wrote", so undo data for thousands of rows
// fits in PropertiesService (about 9 KB per value, 500 KB per store).

export interface CellRef {
  row: number;
  column: number;
}

export interface UndoRecord {
  version: 1;
  sheet: string;
  sheetId: number;
  /** The value the fill wrote; undo clears only cells that still hold it. */
  value: string | boolean;
  cells: CellRef[];
}

// Per row: "<row base36>.<bitmask of columns relative to baseColumn, base36>", rows joined by ",".
// A fill writes at most 12 month cells per row, so the mask stays far below 2^53.
export function encodeCells(cells: readonly CellRef[]): string {
  if (cells.length === 0) return '';
  let base = Infinity;
  for (const c of cells) if (c.column < base) base = c.column;
  const rows = new Map<number, Set<number>>();
  for (const c of cells) {
    const bit = c.column - base;
    if (bit > 52) throw new RangeError('columns too far apart to encode');
    let set = rows.get(c.row);
    if (!set) rows.set(c.row, (set = new Set()));
    set.add(bit);
  }
  const parts = [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([r, bits]) => `${r.toString(36)}.${[...bits].reduce((m, b) => m + 2 ** b, 0).toString(36)}`);
  return `${base.toString(36)}|${parts.join(',')}`;
}

export function decodeCells(text: string): CellRef[] {
  if (text === '') return [];
  const [baseText, body = ''] = text.split('|');
  const base = parseInt(baseText ?? '', 36);
  if (!Number.isInteger(base) || base < 1) return [];
  const cells: CellRef[] = [];
  for (const part of body.split(',')) {
    const [r, m] = part.split('.');
    const row = parseInt(r ?? '', 36);
    let mask = parseInt(m ?? '', 36);
    if (!Number.isInteger(row) || !Number.isFinite(mask)) continue;
    for (let bit = 0; mask > 0; bit++) {
      if (mask % 2 === 1) cells.push({ row, column: base + bit });
      mask = Math.floor(mask / 2);
    }
  }
  return cells;
}

/** UTF-8 byte length without TextEncoder (not guaranteed in every Apps Script runtime). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Splits ASCII text into pieces of at most `size` characters. */
export function chunksOf(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out.length === 0 ? [''] : out;
}
