// A1 notation helpers; rows and columns are 1-based sheet coordinates.

// Letters of the first 702 columns (A … ZZ), computed once each: findings name cells by them.
const LETTERS: string[] = [];

export function columnLetter(column: number): string {
  if (column > 0 && column <= 702 && Number.isInteger(column)) {
    return (LETTERS[column] ??= lettersOf(column));
  }
  return lettersOf(column);
}

function lettersOf(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

export function a1Range(row: number, column: number, endRow = row, endColumn = column): string {
  const start = a1(row, column);
  return endRow === row && endColumn === column ? start : `${start}:${a1(endRow, endColumn)}`;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Parses "E10" or "F10:Q12" (optionally with $ signs); null when not A1. */
export function parseA1Range(
  text: string,
): { row: number; column: number; endRow: number; endColumn: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(text.trim());
  if (!m) return null;
  const row = Number(m[2]);
  const column = columnNumber(m[1]!);
  const endRow = m[4] ? Number(m[4]) : row;
  const endColumn = m[3] ? columnNumber(m[3]) : column;
  return {
    row: Math.min(row, endRow),
    column: Math.min(column, endColumn),
    endRow: Math.max(row, endRow),
    endColumn: Math.max(column, endColumn),
  };
}
