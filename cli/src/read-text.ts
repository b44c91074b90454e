// Reads a .tsv / .txt exactly as pasting it into a spreadsheet: line N is row N, tabs split columns.
import type { CellValue, SheetInput } from '../../shared/src/index.js';

export function readPastedText(text: string, name: string): SheetInput & { name: string } {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = clean.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const values: CellValue[][] = lines.map((line) =>
    line
      .replace(/\r/g, '')
      .split('\t')
      .map((v) => (v === '' ? null : v)),
  );
  return { values, originRow: 1, originColumn: 1, merges: [], name };
}
