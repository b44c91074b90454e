// Reads a .csv (comma or semicolon, as Indonesian-locale Excel writes) into a SheetInput.
import Papa from 'papaparse';
import type { CellValue, SheetInput } from '../../shared/src/index.js';

export type Delimiter = ',' | ';';

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function parseWith(text: string, delimiter: string): string[][] {
  const r = Papa.parse<string[]>(text, {
    delimiter,
    newline: undefined,
    skipEmptyLines: false,
    dynamicTyping: false,
  });
  return r.data;
}

/**
 * The delimiter under which most rows share one field count (> 1). Excel pads every exported row
 * to the same width, so the right delimiter gives a constant count; the wrong one scatters it.
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const d of [';', ','] as const) {
    const counts = new Map<number, number>();
    for (const row of parseWith(sample, d)) {
      if (row.length > 1) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    }
    const score = Math.max(0, ...counts.values());
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

export function readCsvText(
  text: string,
  name: string,
): { sheet: SheetInput & { name: string }; delimiter: Delimiter } {
  const clean = stripBom(text);
  const delimiter = detectDelimiter(clean);
  const rows = parseWith(clean, delimiter);
  // A final line break yields one empty trailing record; a spreadsheet would not show that row.
  if (rows.length > 0 && rows[rows.length - 1]!.length === 1 && rows[rows.length - 1]![0] === '') rows.pop();
  const values: CellValue[][] = rows.map((r) => r.map((v) => (v === '' ? null : v)));
  return { sheet: { values, originRow: 1, originColumn: 1, merges: [], name }, delimiter };
}
