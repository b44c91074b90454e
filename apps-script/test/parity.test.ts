// Parity: the corpus read through the Apps Script adapter (built bundle, fake Sheets) gives the
// same findings — rule and cell — as validate() on the same input, which is what the CLI and the
// Excel adapter call.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import type { Finding } from '../../shared/src/types.js';
import { validate } from '../../shared/src/validate.js';
import { sheetFromTsv } from '../../test/helpers/sheet-from-tsv.js';
import { ensureBuilt, harness, plain } from './load-bundle.js';

beforeAll(ensureBuilt);

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures');
const files = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .sort();

const pairs = (findings: readonly Pick<Finding, 'rule' | 'cell' | 'range'>[]) =>
  findings.map((f) => `${f.rule}@${f.cell ?? '-'}@${f.range ?? '-'}`);

test('the corpus is there', () => {
  expect(files).toContain('kpu-alor-2023-rb.txt');
});

test.each(files)('%s: same (rule, cell) pairs as validate()', (file) => {
  const input = sheetFromTsv(readFileSync(join(FIXTURES, file), 'utf8'), 'Lampiran');
  const expected = validate(input, { lang: 'id' });
  const { gas, gs } = harness();
  gas.spreadsheet.active.name = 'Lampiran';
  gas.spreadsheet.active.load(input.values);
  const reply = plain(gs.lampiranValidate({ lang: 'id', anchor: 'end', infer: false })) as {
    ok: true;
    value: { findings: Finding[]; grid: { range: string } | null };
  };
  expect(reply.ok).toBe(true);
  expect(expected.findings.length).toBeGreaterThan(0);
  expect(pairs(reply.value.findings)).toEqual(pairs(expected.findings));
  expect(reply.value.grid?.range ?? null).toBe(expected.grid?.range ?? null);
});
