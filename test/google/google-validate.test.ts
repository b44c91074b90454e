import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildReport, validate } from '../../shared/src/index.js';
import { FORMATS_FIELDS, METADATA_FIELDS } from '../../cli/src/google/api.js';
import { runGoogleValidateWith } from '../../cli/src/google/index.js';
import { legacyMarkerFormula, METADATA_KEY } from '../../cli/src/google/highlight-requests.js';
import {
  book,
  captureIo,
  corpusRows,
  deps,
  envFor,
  FakeClock,
  lampiranSheet,
  splitRules,
  startFake,
  TOKEN,
  userRule,
  YEAR,
  type FakeGoogle,
} from './harness.js';

const ID = '1AlorRencanaAksi2023xyz';
let fake: FakeGoogle;
let clock: FakeClock;

beforeEach(async () => {
  clock = new FakeClock();
  fake = await startFake(clock);
});
afterEach(async () => {
  await fake.stop();
});

function run(
  target: string,
  o: { write?: boolean; sheet?: string; format?: 'text' | 'json' | 'md' | 'csv'; lang?: 'id' | 'en' } = {},
  env?: Record<string, string | undefined>,
) {
  const io = captureIo(env ?? envFor(fake.root));
  const p = runGoogleValidateWith(
    {
      target,
      format: o.format ?? 'json',
      lang: o.lang ?? 'id',
      write: o.write ?? false,
      ...(o.sheet ? { sheet: o.sheet } : {}),
    },
    io,
    deps(clock),
  );
  return p.then((code) => ({ code, io }));
}

/** Every request of every POST body sent so far, with its kind. */
function postedRequests(): Record<string, Record<string, unknown>>[] {
  return fake.log
    .filter((r) => r.method === 'POST')
    .flatMap((r) => (r.body as { requests: Record<string, Record<string, unknown>>[] }).requests);
}

function kindsOf(requests: Record<string, unknown>[]): string[] {
  return requests.map((r) => Object.keys(r)[0]!);
}

/** Every `userEnteredValue` in a JSON value, with its path. */
function userEnteredValues(v: unknown, path = '$'): { path: string; value: unknown }[] {
  if (Array.isArray(v)) return v.flatMap((x, i) => userEnteredValues(x, `${path}[${i}]`));
  if (v && typeof v === 'object') {
    return Object.entries(v).flatMap(([k, x]) =>
      k === 'userEnteredValue' ? [{ path: `${path}.${k}`, value: x }] : userEnteredValues(x, `${path}.${k}`),
    );
  }
  return [];
}

describe('validate --google (read only)', () => {
  it.each(['kpu-alor-2023-rb.txt', 'kpu-lumajang-2022-rb.txt', 'kpu-ntt-2023-zi.txt'])(
    '%s: one metadata read, one values read, no POST, the same report as a local validation',
    async (corpus) => {
      fake.add(book(ID, `Rencana aksi ${corpus}`, [lampiranSheet(corpus)]));
      const { code, io } = await run(ID);
      const local = validate(
        { values: corpusRows(corpus), name: 'Lampiran' },
        { lang: 'id', currentYear: YEAR },
      );
      const expected = buildReport(local, {
        source: `https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`,
        sheet: 'Lampiran',
        lang: 'id',
      });
      expect(JSON.parse(io.out)).toEqual(expected);
      expect(code).toBe(expected.summary.errors > 0 ? 1 : 0);

      const reqs = fake.requestsFor(ID);
      expect(reqs.map((r) => `${r.method} ${r.endpoint}`)).toEqual(['GET get', 'GET values']);
      expect(reqs[0]!.query.get('fields')).toBe(METADATA_FIELDS);
      expect(reqs[1]!.query.getAll('ranges')).toEqual(["'Lampiran'"]);
      expect(reqs[1]!.query.get('valueRenderOption')).toBe('UNFORMATTED_VALUE');
      expect(reqs[1]!.query.get('dateTimeRenderOption')).toBe('FORMATTED_STRING');
      expect(fake.log.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
      expect(fake.log.some((r) => r.method !== 'GET')).toBe(false);
    },
  );

  it('picks the sheet from the URL gid, else the first sheet holding a grid, else --sheet', async () => {
    fake.add(
      book(ID, 'Tiga lembar', [
        { sheetId: 0, title: 'Sampul', values: [['RENCANA AKSI'], ['catatan saja']] },
        { sheetId: 11, title: 'Grafik', values: [], object: true },
        lampiranSheet('kpu-alor-2023-rb.txt', 222, 'RB 2023'),
        lampiranSheet('kpu-ntt-2023-zi.txt', 333, "ZI 'NTT'"),
      ]),
    );
    const first = await run(ID);
    expect(JSON.parse(first.io.out).sheet).toBe('RB 2023');
    // The grid sheets are read in one batchGet; the chart sheet is not asked for.
    expect(fake.requestsFor(ID, 'values')[0]!.query.getAll('ranges')).toEqual([
      "'Sampul'",
      "'RB 2023'",
      "'ZI ''NTT'''",
    ]);

    const byGid = await run(`https://docs.google.com/spreadsheets/d/${ID}/edit#gid=333`);
    expect(JSON.parse(byGid.io.out).sheet).toBe("ZI 'NTT'");
    expect(JSON.parse(byGid.io.out).grid.kind).toBe('zi');
    expect(fake.requestsFor(ID, 'values')[1]!.query.getAll('ranges')).toEqual(["'ZI ''NTT'''"]);

    const byName = await run(ID, { sheet: 'rb 2023' });
    expect(JSON.parse(byName.io.out).sheet).toBe('RB 2023');

    const missing = await run(ID, { sheet: 'Tidak ada' });
    expect(missing.code).toBe(2);
    expect(missing.io.err).toMatch(/Lembar "Tidak ada" tidak ada .*"Sampul", "RB 2023"/);
    const badGid = await run(`https://docs.google.com/spreadsheets/d/${ID}/edit#gid=999`, { lang: 'en' });
    expect(badGid.code).toBe(2);
    expect(badGid.io.err).toContain('No sheet with gid=999');
  });

  it('falls back to the first sheet with a no-grid error when no sheet holds a grid', async () => {
    fake.add(book(ID, 'Kosong', [{ sheetId: 0, title: 'Sheet1', values: [['halo']] }]));
    const { code, io } = await run(ID);
    expect(code).toBe(1);
    expect(JSON.parse(io.out).findings.map((f: { rule: string }) => f.rule)).toEqual(['no-grid']);
  });

  it.each([
    ['not a url at all!', 'Bukan ID atau URL Google Sheets'],
    ['https://example.com/spreadsheets/x', 'Bukan ID atau URL Google Sheets'],
  ])('refuses %s with exit 2 and no request', async (target, message) => {
    const { code, io } = await run(target);
    expect(code).toBe(2);
    expect(io.err).toContain(message);
    expect(fake.log).toHaveLength(0);
  });

  it.each([
    [403, 'Tidak ada izin membuka spreadsheet', 'No permission to open spreadsheet'],
    [404, 'tidak ditemukan (404)', 'not found (404)'],
  ])('a %i gives exit 2 and a one-line message in either language', async (status, id, en) => {
    if (status === 403) {
      fake.add(book(ID, 'Rahasia', [lampiranSheet('kpu-alor-2023-rb.txt')]));
      fake.forbidden.add(ID);
    }
    const a = await run(ID);
    const b = await run(ID, { lang: 'en' });
    expect([a.code, b.code]).toEqual([2, 2]);
    expect(a.io.err).toContain(id);
    expect(b.io.err).toContain(en);
    for (const err of [a.io.err, b.io.err]) {
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).not.toMatch(/\n\s+at /);
    }
  });

  it('retries reads on 429 (honouring Retry-After) and 5xx, each attempt through the limiter', async () => {
    fake.add(book(ID, 'Sibuk', [lampiranSheet('kpu-alor-2023-rb.txt')]));
    fake.fail({ endpoint: 'get', id: ID, status: 429, retryAfter: '7' });
    fake.fail({ endpoint: 'values', id: ID, status: 503, times: 2 });
    const { code, io } = await run(ID);
    expect(code).toBe(1);
    expect(JSON.parse(io.out).sheet).toBe('Lampiran');
    expect(fake.requestsFor(ID).map((r) => `${r.endpoint}:${r.status}`)).toEqual([
      'get:429',
      'get:200',
      'values:503',
      'values:503',
      'values:200',
    ]);
    // Retry-After 7 s, then backoff 1 s and 2 s plus jitter under 1 s each.
    expect(clock.sleeps[0]).toBe(7000);
    expect(clock.sleeps[1]).toBeGreaterThanOrEqual(1000);
    expect(clock.sleeps[1]).toBeLessThan(2000);
    expect(clock.sleeps[2]).toBeGreaterThanOrEqual(2000);
    expect(clock.sleeps[2]).toBeLessThan(3000);
  });

  it('gives up after the attempts allowed and says so', async () => {
    fake.add(book(ID, 'Rusak', [lampiranSheet('kpu-alor-2023-rb.txt')]));
    fake.fail({ endpoint: 'get', id: ID, status: 500, times: 99 });
    const { code, io } = await run(ID, { lang: 'en' });
    expect(code).toBe(2);
    expect(io.err.trim()).toBe('Google server error (500) after 6 attempts');
    expect(fake.requestsFor(ID)).toHaveLength(6);
  });
});

describe('validate --google --write', () => {
  afterEach(() => {
    // Whatever a test did: not one request body ever carried a userEnteredValue, anywhere.
    const posts = fake.log.filter((r) => r.method !== 'GET');
    for (const p of posts) expect(userEnteredValues(p.body)).toEqual([]);
  });

  it('writes in exactly one batchUpdate, never a value, keeps the user rules, replaces its own', async () => {
    const sheet = lampiranSheet('kpu-alor-2023-rb.txt', 5);
    sheet.conditionalFormats = [
      userRule(5),
      {
        ...userRule(5),
        booleanRule: { condition: { type: 'NOT_BLANK' }, format: { backgroundColor: { red: 1 } } },
      },
    ];
    const userRules = JSON.parse(JSON.stringify(sheet.conditionalFormats));
    const before = JSON.parse(JSON.stringify(sheet.values));
    fake.add(book(ID, 'Alor', [sheet]));

    const first = await run(ID, { write: true });
    expect(first.code).toBe(1);
    const posts = fake.log.filter((r) => r.method !== 'GET');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.endpoint).toBe('batchUpdate');
    const requests = (posts[0]!.body as { requests: Record<string, Record<string, unknown>>[] }).requests;
    const kinds = kindsOf(requests);
    expect(new Set(kinds)).toEqual(new Set(['addConditionalFormatRule', 'createDeveloperMetadata']));
    expect(kinds.filter((k) => k === 'createDeveloperMetadata')).toHaveLength(1);
    // No cell data and no condition value at all: not one userEnteredValue, anywhere in the body.
    expect(userEnteredValues(posts[0]!.body)).toEqual([]);
    expect(JSON.stringify(posts[0]!.body)).not.toContain('userEnteredValue');
    const adds = requests.filter((r) => 'addConditionalFormatRule' in r);
    for (const a of adds) {
      const condition = (a.addConditionalFormatRule as { rule: { booleanRule: { condition: object } } }).rule
        .booleanRule.condition;
      expect(['{"type":"BLANK"}', '{"type":"NOT_BLANK"}']).toContain(JSON.stringify(condition));
    }
    expect(requests.find((r) => 'createDeveloperMetadata' in r)!.createDeveloperMetadata).toMatchObject({
      developerMetadata: { metadataKey: METADATA_KEY, location: { sheetId: 5 }, visibility: 'DOCUMENT' },
    });
    expect(first.io.err).toMatch(/Sorotan ditulis ke lembar "Lampiran"/);
    const rulesAfterFirst = fake.rulesOf(ID, 5);
    const { ours, user } = splitRules(fake, ID, 5);
    const severities = new Set(
      JSON.parse(first.io.out).findings.map((f: { severity: string }) => f.severity),
    );
    expect(ours).toHaveLength(2 * severities.size);
    expect(ours).toEqual(rulesAfterFirst.slice(0, ours.length));
    expect(user).toEqual(userRules);
    expect(fake.metadataOf(ID, 5)).toHaveLength(1);
    expect(sheet.values).toEqual(before);

    // Same data again: the highlights are already there, nothing is written.
    const again = await run(ID, { write: true });
    expect(again.code).toBe(1);
    expect(fake.log.filter((r) => r.method !== 'GET')).toHaveLength(1);
    expect(again.io.err).toContain('sudah sesuai');

    // The user fixes a row: ours are deleted from the highest index down and re-added, in one call,
    // and the one metadata entry is updated in place.
    const errorCount = JSON.parse(first.io.out).summary.errors;
    const firstError = JSON.parse(first.io.out).findings.find(
      (f: { severity: string }) => f.severity === 'error',
    );
    sheet.values[firstError.row - 1]![firstError.column - 1] = 'Laporan';
    sheet.conditionalFormats = [userRules[0], ...fake.rulesOf(ID, 5).slice(0, ours.length), userRules[1]];
    const third = await run(ID, { write: true });
    expect(JSON.parse(third.io.out).summary.errors).toBeLessThanOrEqual(errorCount);
    const post = fake.log.filter((r) => r.method !== 'GET');
    expect(post).toHaveLength(2);
    const reqs = (post[1]!.body as { requests: Record<string, { index: number }>[] }).requests;
    const deletes = reqs
      .filter((r) => 'deleteConditionalFormatRule' in r)
      .map((r) => r.deleteConditionalFormatRule!.index);
    expect(deletes).toEqual([...deletes].sort((a, b) => b - a));
    expect(deletes).toEqual(Array.from({ length: ours.length }, (_, i) => ours.length - i));
    expect(kindsOf(reqs).filter((k) => k.endsWith('DeveloperMetadata'))).toEqual(['updateDeveloperMetadata']);
    const after = splitRules(fake, ID, 5);
    expect(after.user).toEqual(userRules);
    expect(fake.rulesOf(ID, 5).length).toBe(rulesAfterFirst.length);
    expect(fake.metadataOf(ID, 5)).toHaveLength(1);
    expect(fake.metadataOf(ID, 5)[0]!.metadataKey).toBe(METADATA_KEY);
  });

  it('keeps a user rule that looks like ours (BLANK, our exact fill) but is not in our metadata', async () => {
    const sheet = lampiranSheet('kpu-alor-2023-rb.txt', 0);
    const lookalike = {
      ranges: [{ sheetId: 0, startRowIndex: 2, endRowIndex: 4, startColumnIndex: 1, endColumnIndex: 3 }],
      booleanRule: {
        condition: { type: 'BLANK' },
        format: { backgroundColor: { red: 0xf4 / 255, green: 0xcc / 255, blue: 0xcc / 255 } },
      },
    };
    sheet.conditionalFormats = [lookalike, userRule(0)];
    fake.add(book(ID, 'Alor', [sheet]));
    await run(ID, { write: true });
    const first = splitRules(fake, ID, 0);
    expect(first.user).toEqual([lookalike, userRule(0)]);
    expect(first.ours.length).toBeGreaterThan(0);
    const count = fake.rulesOf(ID, 0).length;

    // The user drags the look-alike above ours: the next run moves ours back on top (one
    // batchUpdate, metadata updated in place) and still keeps the look-alike, in order.
    sheet.conditionalFormats = [lookalike, ...first.ours, userRule(0)];
    await run(ID, { write: true });
    const posts = fake.log.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(2);
    const second = (posts[1]!.body as { requests: Record<string, unknown>[] }).requests;
    expect(second.filter((r) => 'deleteConditionalFormatRule' in r)).toHaveLength(first.ours.length);
    expect(kindsOf(second).filter((k) => k.endsWith('DeveloperMetadata'))).toEqual([
      'updateDeveloperMetadata',
    ]);
    expect(splitRules(fake, ID, 0).user).toEqual([lookalike, userRule(0)]);
    expect(fake.rulesOf(ID, 0)).toHaveLength(count);
    expect(fake.rulesOf(ID, 0)).toContainEqual(lookalike);
    expect(fake.metadataOf(ID, 0)).toHaveLength(1);
  });

  it('removes the marker-formula rules of earlier versions on the next --write', async () => {
    const sheet = lampiranSheet('kpu-alor-2023-rb.txt', 3);
    const legacy = (severity: 'error' | 'warning', row: number) => ({
      ranges: [
        { sheetId: 3, startRowIndex: row, endRowIndex: row + 1, startColumnIndex: 0, endColumnIndex: 1 },
      ],
      booleanRule: {
        condition: { type: 'CUSTOM_FORMULA', values: [{ userEnteredValue: legacyMarkerFormula(severity) }] },
        format: { backgroundColor: { red: 1 } },
      },
    });
    sheet.conditionalFormats = [legacy('error', 1), legacy('warning', 2), userRule(3)];
    fake.add(book(ID, 'Alor', [sheet]));
    await run(ID, { write: true });
    const reqs = postedRequests();
    expect(
      reqs.filter((r) => 'deleteConditionalFormatRule' in r).map((r) => r.deleteConditionalFormatRule),
    ).toEqual([
      { sheetId: 3, index: 1 },
      { sheetId: 3, index: 0 },
    ]);
    const rules = fake.rulesOf(ID, 3);
    expect(JSON.stringify(rules)).not.toContain('lampiran-checker');
    expect(splitRules(fake, ID, 3).user).toEqual([userRule(3)]);
    expect(rules[rules.length - 1]).toEqual(userRule(3));
    expect(fake.metadataOf(ID, 3)).toHaveLength(1);
  });

  it('retries a 429 on batchUpdate with the same request (not applied) and waits the Retry-After', async () => {
    const sheet = lampiranSheet('kpu-lumajang-2022-rb.txt', 0);
    fake.add(book(ID, 'Lumajang', [sheet]));
    fake.fail({ endpoint: 'batchUpdate', id: ID, status: 429, retryAfter: '12' });
    const { io } = await run(ID, { write: true });
    const posts = fake.log.filter((r) => r.method === 'POST');
    expect(posts.map((p) => p.status)).toEqual([429, 200]);
    expect(posts[1]!.body).toEqual(posts[0]!.body);
    expect(clock.sleeps).toContain(12_000);
    const adds = kindsOf((posts[1]!.body as { requests: Record<string, unknown>[] }).requests).filter(
      (k) => k === 'addConditionalFormatRule',
    );
    expect(splitRules(fake, ID, 0).ours).toHaveLength(adds.length);
    expect(fake.metadataOf(ID, 0)).toHaveLength(1);
    expect(io.err).toContain('Sorotan ditulis');
  });

  it.each([
    ['applied', true],
    ['not applied', false],
  ])('a 503 on batchUpdate that was %s never duplicates rules or metadata', async (_label, applied) => {
    const sheet = lampiranSheet('kpu-ntt-2023-zi.txt', 9);
    // An earlier version left a highlight that no longer applies (Z99), above the user's own rule.
    const stale = {
      ranges: [{ sheetId: 9, startRowIndex: 98, endRowIndex: 99, startColumnIndex: 25, endColumnIndex: 26 }],
      booleanRule: {
        condition: { type: 'CUSTOM_FORMULA', values: [{ userEnteredValue: legacyMarkerFormula('warning') }] },
        format: { backgroundColor: { red: 1, green: 0.95, blue: 0.8 } },
      },
    };
    sheet.conditionalFormats = [stale, userRule(9)];
    fake.add(book(ID, 'NTT', [sheet]));
    const start = fake.log.length;
    fake.fail({ endpoint: 'batchUpdate', id: ID, status: 503, applied });
    const { io } = await run(ID, { write: true });
    const mine = fake.log.slice(start).map((r) => `${r.method} ${r.endpoint} ${r.status}`);
    const reread = fake.log.slice(start).filter((r) => r.endpoint === 'get')[1]!;
    expect(reread.query.get('fields')).toBe(FORMATS_FIELDS);
    expect(FORMATS_FIELDS).toContain('developerMetadata');
    if (applied)
      expect(mine).toEqual(['GET get 200', 'GET values 200', 'POST batchUpdate 503', 'GET get 200']);
    else
      expect(mine).toEqual([
        'GET get 200',
        'GET values 200',
        'POST batchUpdate 503',
        'GET get 200',
        'POST batchUpdate 200',
      ]);
    const { ours, user } = splitRules(fake, ID, 9);
    // Two rules per severity found, none left from before, none twice.
    const severities = new Set(JSON.parse(io.out).findings.map((f: { severity: string }) => f.severity));
    expect(ours).toHaveLength(2 * severities.size);
    expect(JSON.stringify(fake.rulesOf(ID, 9))).not.toContain('"startRowIndex":98');
    expect(new Set(ours.map((r) => JSON.stringify(r))).size).toBe(ours.length);
    expect(user).toEqual([userRule(9)]);
    expect(fake.rulesOf(ID, 9)).toHaveLength(ours.length + 1);
    expect(fake.metadataOf(ID, 9)).toHaveLength(1);
    expect(io.err).not.toMatch(/\n\s+at /);

    // And once more after a 503 on a run that updates the metadata (the user moved their rule
    // above ours, so ours are rewritten): still one entry, no duplicate.
    sheet.conditionalFormats = [userRule(9), ...ours];
    const mark = fake.log.length;
    fake.fail({ endpoint: 'batchUpdate', id: ID, status: 503, applied });
    await run(ID, { write: true });
    const rewrite = fake.log.slice(mark).filter((r) => r.method === 'POST');
    expect(rewrite.map((r) => r.status)).toEqual(applied ? [503] : [503, 200]);
    expect(kindsOf((rewrite[0]!.body as { requests: Record<string, unknown>[] }).requests)).toContain(
      'updateDeveloperMetadata',
    );
    expect(fake.rulesOf(ID, 9)[fake.rulesOf(ID, 9).length - 1]).toEqual(userRule(9));
    expect(fake.metadataOf(ID, 9)).toHaveLength(1);
    const again = splitRules(fake, ID, 9);
    expect(again.user).toEqual([userRule(9)]);
    expect(fake.rulesOf(ID, 9)).toHaveLength(again.ours.length + 1);
  });

  it('a batchUpdate whose answer is lost after it was applied is checked, not repeated', async () => {
    const sheet = lampiranSheet('kpu-alor-2023-rb.txt', 0);
    sheet.conditionalFormats = [userRule(0)];
    fake.add(book(ID, 'Alor', [sheet]));
    fake.fail({ endpoint: 'batchUpdate', id: ID, status: 0, applied: true, drop: true });
    const { code, io } = await run(ID, { write: true, lang: 'en' });
    expect(code).toBe(1);
    expect(fake.requestsFor(ID).map((r) => `${r.endpoint}:${r.status}`)).toEqual([
      'get:200',
      'values:200',
      'batchUpdate:-1',
      'get:200',
    ]);
    expect(io.err).toContain('already up to date');
    const { ours, user } = splitRules(fake, ID, 0);
    expect(user).toEqual([userRule(0)]);
    expect(new Set(ours.map((r) => JSON.stringify(r))).size).toBe(fake.rulesOf(ID, 0).length - 1);
    expect(fake.metadataOf(ID, 0)).toHaveLength(1);
  });

  it('a read whose connection drops is retried', async () => {
    fake.add(book(ID, 'Alor', [lampiranSheet('kpu-alor-2023-rb.txt')]));
    fake.fail({ endpoint: 'values', id: ID, status: 0, drop: true });
    const { code } = await run(ID);
    expect(code).toBe(1);
    expect(fake.requestsFor(ID).map((r) => `${r.endpoint}:${r.status}`)).toEqual([
      'get:200',
      'values:-1',
      'values:200',
    ]);
  });
});
