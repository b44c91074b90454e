// The corpus read as a paste into a sheet: line N is row N, tabs separate columns A, B, C…
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Cell = string | number | boolean | null;

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

export function corpusNames(): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

export function corpusRows(name: string): Cell[][] {
  const text = readFileSync(join(FIXTURES, name), 'utf8').replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.split('\t').map((c) => (c === '' ? null : c)));
}
