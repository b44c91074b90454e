// Reads a corpus .txt/.tsv as a paste into a spreadsheet does (SPEC §2): line N is row N,
// tabs separate columns A, B, C…, a trailing '\r' is dropped.
import type { SheetInput } from '../../shared/src/types.js';

export function sheetFromTsv(text: string, name?: string): SheetInput {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split('\n');
  // A final newline ends the last line; it does not open a new row.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const values = lines.map((line) =>
    line
      .replace(/\r$/, '')
      .split('\t')
      .map((cell) => (cell === '' ? null : cell)),
  );
  return name === undefined ? { values } : { values, name };
}
