// Shared set-up for the Google batch tests: a fake server seeded from the corpus, a fake clock,
// and an io that captures stdout and stderr.
import { ourRuleIndexes } from '../../cli/src/google/highlight-requests.js';
import type { GoogleRunIo } from '../../cli/src/google/index.js';
import { corpusRows, type Cell } from './corpus.js';
import { FakeClock, seededRandom } from './fake-clock.js';
import { FakeGoogle, type FakeSheet, type FakeSpreadsheet, type Rule } from './fake-google-server.js';

export const TOKEN = 'test-token';
export const YEAR = 2023;

export interface Captured extends GoogleRunIo {
  out: string;
  err: string;
}

export function captureIo(env: Record<string, string | undefined>, isTTY = false): Captured {
  const io: Captured = {
    out: '',
    err: '',
    env,
    isTTY,
    stdout(s) {
      io.out += s;
    },
    stderr(s) {
      io.err += s;
    },
  };
  return io;
}

export function envFor(root: string, extra: Record<string, string> = {}): Record<string, string | undefined> {
  return { LAMPIRAN_GOOGLE_ACCESS_TOKEN: TOKEN, LAMPIRAN_GOOGLE_API_ROOT: root, ...extra };
}

export function deps(clock: FakeClock) {
  return { clock, random: seededRandom(7), currentYear: YEAR, timeoutMs: 10_000 };
}

export function lampiranSheet(corpus: string, sheetId = 0, title = 'Lampiran'): FakeSheet {
  return { sheetId, title, values: corpusRows(corpus) };
}

export function book(
  id: string,
  title: string,
  sheets: FakeSheet[],
  parents: string[] = [],
): FakeSpreadsheet {
  return { id, title, sheets, parents };
}

/** A user's own rule: highlight negative numbers in column A. */
export function userRule(sheetId: number): Rule {
  return {
    ranges: [{ sheetId, startRowIndex: 0, endRowIndex: 500, startColumnIndex: 0, endColumnIndex: 1 }],
    booleanRule: {
      condition: { type: 'NUMBER_LESS', values: [{ userEnteredValue: '0' }] },
      format: { textFormat: { bold: true } },
    },
  };
}

/**
 * The sheet's rules split the way the command sees them (from what the API would answer, developer
 * metadata included): ours, and the user's, each in order, as stored.
 */
export function splitRules(fake: FakeGoogle, id: string, sheetId: number): { ours: Rule[]; user: Rule[] } {
  const rules = fake.rulesOf(id, sheetId);
  const mine = new Set(ourRuleIndexes(fake.sheetState(id, sheetId)));
  return { ours: rules.filter((_, i) => mine.has(i)), user: rules.filter((_, i) => !mine.has(i)) };
}

export async function startFake(
  clock?: FakeClock,
  opts: ConstructorParameters<typeof FakeGoogle>[0] = {},
): Promise<FakeGoogle> {
  const fake = new FakeGoogle({ tokens: [TOKEN], ...(clock ? { now: () => clock.now() } : {}), ...opts });
  await fake.start();
  return fake;
}

export function rows(values: Cell[][]): Cell[][] {
  return values.map((r) => [...r]);
}

export { FakeClock, FakeGoogle, corpusRows };
