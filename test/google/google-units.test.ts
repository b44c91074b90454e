import { describe, expect, it } from 'vitest';
import { backoffMs, DEFAULT_RETRY } from '../../cli/src/google/backoff.js';
import { faultOf, retryAfterMsOf } from '../../cli/src/google/faults.js';
import {
  desiredRules,
  highlightPlanOf,
  highlightsUpToDate,
  isLegacyRule,
  legacyMarkerFormula,
  METADATA_KEY,
  metadataValueOf,
  ourRuleIndexes,
  ruleFingerprint,
} from '../../cli/src/google/highlight-requests.js';
import { maxStartsInWindow, RateLimiter, rpmOf } from '../../cli/src/google/rate-limiter.js';
import { mergeAreaOf, originOf, quotedSheet, sheetInputOf } from '../../cli/src/google/sheet-input.js';
import { csvField, summaryLineOf } from '../../cli/src/google/summary-csv.js';
import { parseFolderTarget, parseSpreadsheetTarget } from '../../cli/src/google/target.js';
import type { Highlight } from '../../shared/src/index.js';
import { FakeClock, seededRandom } from './fake-clock.js';

describe('parseSpreadsheetTarget', () => {
  it.each([
    ['1AbC-_xyz0123456789', { id: '1AbC-_xyz0123456789', gid: null }],
    ['https://docs.google.com/spreadsheets/d/1AbC-_xyz/edit#gid=12345', { id: '1AbC-_xyz', gid: 12345 }],
    ['https://docs.google.com/spreadsheets/d/1AbC-_xyz/edit?usp=sharing', { id: '1AbC-_xyz', gid: null }],
    ['https://docs.google.com/spreadsheets/u/1/d/1AbC-_xyz/edit?gid=7#gid=7', { id: '1AbC-_xyz', gid: 7 }],
    ['  1AbC-_xyz  ', { id: '1AbC-_xyz', gid: null }],
    ['https://docs.google.com/document/d/1AbC/edit', null],
    ["1AbC'x", null],
    ['', null],
  ])('%s', (input, expected) => {
    expect(parseSpreadsheetTarget(input)).toEqual(expected);
  });
});

describe('parseFolderTarget', () => {
  it.each([
    ['0BxFolder_id-1', '0BxFolder_id-1'],
    ['https://drive.google.com/drive/folders/0BxFolder?usp=drive_link', '0BxFolder'],
    ['https://drive.google.com/drive/u/0/folders/0BxFolder', '0BxFolder'],
    ['https://drive.google.com/open?id=0BxFolder', '0BxFolder'],
    ["a' in parents or '1", null],
  ])('%s', (input, expected) => {
    expect(parseFolderTarget(input)).toBe(expected);
  });
});

describe('RateLimiter', () => {
  it.each([
    [60, 200],
    [10, 35],
    [1, 3],
  ])(
    'at %i/min, %i back-to-back acquisitions never put more than the quota in a 60 s window',
    async (rpm, n) => {
      const clock = new FakeClock(0);
      const limiter = new RateLimiter(rpm, clock);
      for (let i = 0; i < n; i++) await limiter.acquire();
      expect(maxStartsInWindow(limiter.log)).toBe(Math.min(rpm, n));
      // The (rpm+1)-th start is exactly one window after the first.
      if (n > rpm) expect(limiter.log[rpm]).toBe(60_000);
    },
  );

  it('holds every request after a Retry-After pause', async () => {
    const clock = new FakeClock(0);
    const limiter = new RateLimiter(60, clock);
    await limiter.acquire();
    limiter.pauseUntil(9_000);
    await limiter.acquire();
    expect(limiter.log).toEqual([0, 9_000]);
  });

  it.each([
    [undefined, undefined, 60],
    [undefined, '30', 30],
    [undefined, ' ', 60],
    [120, '30', 120],
    [undefined, '0', null],
    [undefined, 'banyak', null],
    [0.5, undefined, null],
  ])('rpmOf(%s, %s) = %s', (option, env, expected) => {
    expect(rpmOf(option, env)).toBe(expected);
  });

  it('maxStartsInWindow counts half-open windows', () => {
    expect(maxStartsInWindow([0, 59_999, 60_000])).toBe(2);
    expect(maxStartsInWindow([])).toBe(0);
  });
});

describe('backoff and faults', () => {
  it('doubles from 1 s with jitter under 1 s, capped at 64 s', () => {
    const random = seededRandom(1);
    const waits = Array.from({ length: 8 }, (_, n) => backoffMs(n, DEFAULT_RETRY, random, null));
    waits.forEach((w, n) => {
      const base = Math.min(1000 * 2 ** n, 64_000);
      expect(w).toBeGreaterThanOrEqual(Math.min(base, 64_000));
      expect(w).toBeLessThanOrEqual(Math.min(base + 999, 64_000));
    });
  });

  it('waits what Retry-After says, capped at 5 minutes', () => {
    expect(backoffMs(3, DEFAULT_RETRY, () => 0.5, 2_500)).toBe(2_500);
    expect(backoffMs(0, DEFAULT_RETRY, () => 0.5, 3_600_000)).toBe(300_000);
  });

  it.each([
    ['5', 5_000],
    ['0', 0],
    ['Wed, 21 Oct 2015 07:28:10 GMT', 10_000],
    ['soon', null],
  ])('Retry-After %s', (value, ms) => {
    expect(retryAfterMsOf(value, Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(ms);
  });

  const res = (status: number, reason?: string) => ({
    response: {
      status,
      headers: new Headers({ 'retry-after': '4' }),
      data: { error: { message: `m${status}`, errors: reason ? [{ reason }] : [] } },
    },
  });
  it.each([
    [res(401), 'unauthenticated'],
    [res(403), 'forbidden'],
    [res(403, 'userRateLimitExceeded'), 'rate-limited'],
    [res(404), 'not-found'],
    [res(429), 'rate-limited'],
    [res(500), 'server'],
    [res(503), 'server'],
    [res(400), 'bad-request'],
    [{ code: 'ECONNRESET', message: 'socket hang up' }, 'network'],
  ])('classifies %j as %s', (error, kind) => {
    const f = faultOf(error, 0);
    expect(f.kind).toBe(kind);
    if ('response' in error) expect(f.retryAfterMs).toBe(4_000);
  });
});

describe('sheetInputOf', () => {
  const meta = {
    sheetId: 3,
    title: 'Lampiran',
    index: 0,
    merges: [mergeAreaOf({ sheetId: 3, endRowIndex: 2, startColumnIndex: 1, endColumnIndex: 4 })],
  };
  it('pads ragged rows, blanks empty strings, keeps types and takes the origin from the range', () => {
    const input = sheetInputOf(meta, {
      range: "'Lampiran'!B3:Z1000",
      values: [['a', '', 1], [], [true, 'x']],
    });
    expect(input.values).toEqual([
      ['a', null, 1],
      [null, null, null],
      [true, 'x', null],
    ]);
    expect([input.originRow, input.originColumn, input.name]).toEqual([3, 2, 'Lampiran']);
    expect(input.merges).toEqual([{ top: 1, left: 2, bottom: 2, right: 4 }]);
  });
  it('reads an empty sheet as no rows', () => {
    expect(sheetInputOf(meta, { range: 'Lampiran!A1:Z1000' }).values).toEqual([]);
  });
  it.each([
    ["'It''s'!A1:B2", { row: 1, column: 1 }],
    ['Sheet1!C7:D9', { row: 7, column: 3 }],
    [undefined, { row: 1, column: 1 }],
  ])('originOf(%s)', (range, origin) => {
    expect(originOf(range)).toEqual(origin);
  });
  it('quotes sheet titles for A1 ranges', () => {
    expect(quotedSheet("ZI 'NTT'")).toBe("'ZI ''NTT'''");
  });
});

describe('highlight requests', () => {
  const h = (
    row: number,
    column: number,
    severity: Highlight['severity'],
    endColumn = column,
  ): Highlight => ({
    row,
    column,
    endRow: row,
    endColumn,
    range: '',
    severity,
    color: '',
    rule: 'unscheduled',
  });
  const wanted = desiredRules(4, [
    h(10, 5, 'warning'),
    h(11, 6, 'error', 17),
    h(12, 2, 'info'),
    h(13, 5, 'error'),
  ]);

  const fill = (hex: string) => {
    const n = parseInt(hex.slice(1), 16);
    return { red: (n >> 16) / 255, green: ((n >> 8) & 255) / 255, blue: (n & 255) / 255 };
  };
  const userFormula = {
    ranges: [{ sheetId: 4 }],
    booleanRule: {
      condition: { type: 'CUSTOM_FORMULA', values: [{ userEnteredValue: '=A1="lampiran-checker"' }] },
    },
  };

  const meta = (metadataId: number, rules: typeof wanted, sheetId = 4) => ({
    metadataId,
    metadataKey: METADATA_KEY,
    metadataValue: metadataValueOf(rules),
    location: { locationType: 'SHEET', sheetId },
    visibility: 'DOCUMENT',
  });

  it('makes a BLANK and a NOT_BLANK rule per severity, errors first, without any value', () => {
    expect(wanted.map((r) => r.booleanRule?.condition)).toEqual([
      { type: 'BLANK' },
      { type: 'NOT_BLANK' },
      { type: 'BLANK' },
      { type: 'NOT_BLANK' },
      { type: 'BLANK' },
      { type: 'NOT_BLANK' },
    ]);
    expect(wanted.map((r) => r.booleanRule?.format?.backgroundColor)).toEqual(
      ['#F4CCCC', '#F4CCCC', '#FFF2CC', '#FFF2CC', '#CFE2F3', '#CFE2F3'].map(fill),
    );
    const errorRanges = [
      { sheetId: 4, startRowIndex: 10, endRowIndex: 11, startColumnIndex: 5, endColumnIndex: 17 },
      { sheetId: 4, startRowIndex: 12, endRowIndex: 13, startColumnIndex: 4, endColumnIndex: 5 },
    ];
    expect(wanted[0]!.ranges).toEqual(errorRanges);
    expect(wanted[1]!.ranges).toEqual(errorRanges);
    expect(JSON.stringify(wanted)).not.toContain('userEnteredValue');
  });

  it('fingerprints ignore the zero fields, colour style and range order the API may echo', () => {
    const r = wanted[0]!;
    const echoed = {
      ranges: [...r.ranges!]
        .reverse()
        .map(({ sheetId, ...rest }) => ({ ...rest, ...(sheetId ? { sheetId } : {}) })),
      booleanRule: {
        condition: { type: 'BLANK' },
        format: { backgroundColorStyle: { rgbColor: r.booleanRule!.format!.backgroundColor! } },
      },
    };
    expect(ruleFingerprint(echoed)).toBe(ruleFingerprint(r));
    expect(ruleFingerprint(r)).toMatch(/^[0-9a-f]{16}$/);
    expect(new Set(wanted.map(ruleFingerprint)).size).toBe(wanted.length);
    expect(metadataValueOf(wanted).length).toBeLessThan(30_000);
  });

  it('recognises its rules only by a listed fingerprint plus our shape, and legacy marker rules', () => {
    // Without our metadata, a BLANK rule with our exact fill is the user's.
    expect(ourRuleIndexes({ conditionalFormats: [...wanted] })).toEqual([]);
    // Listed, but the colour or the type changed (the user edited it): the user's now.
    const recoloured = { ...wanted[0]!, booleanRule: { ...wanted[0]!.booleanRule, format: {} } };
    const sheet = {
      properties: { sheetId: 4 },
      conditionalFormats: [recoloured, wanted[1]!],
      developerMetadata: [meta(1, wanted.slice(0, 2))],
    };
    expect(ourRuleIndexes(sheet)).toEqual([1]);
    // Metadata of another sheet or under another key does not count.
    expect(
      ourRuleIndexes({
        properties: { sheetId: 4 },
        conditionalFormats: [...wanted],
        developerMetadata: [meta(1, wanted, 5), { ...meta(2, wanted), metadataKey: 'someone-else' }],
      }),
    ).toEqual([]);
    // A garbled value claims nothing.
    expect(
      ourRuleIndexes({
        properties: { sheetId: 4 },
        conditionalFormats: [...wanted],
        developerMetadata: [{ ...meta(1, wanted), metadataValue: 'not json' }],
      }),
    ).toEqual([]);
    // Earlier versions' rules are ours without any metadata.
    const legacy = {
      ranges: [{ sheetId: 4 }],
      booleanRule: {
        condition: { type: 'CUSTOM_FORMULA', values: [{ userEnteredValue: legacyMarkerFormula('error') }] },
      },
    };
    expect(isLegacyRule(legacy)).toBe(true);
    expect(ourRuleIndexes({ conditionalFormats: [userFormula, legacy] })).toEqual([1]);
  });

  it('deletes only its own rules, highest index first, adds at the top, updates its metadata', () => {
    // The user copied our first rule further down: each fingerprint claims one rule, top first.
    const sheet = {
      properties: { sheetId: 4 },
      conditionalFormats: [userFormula, wanted[1]!, userFormula, wanted[0]!, wanted[0]!],
      developerMetadata: [meta(7, wanted.slice(0, 2))],
    };
    const plan = highlightPlanOf(4, sheet, wanted);
    expect(plan.requests.slice(0, 2)).toEqual([
      { deleteConditionalFormatRule: { sheetId: 4, index: 3 } },
      { deleteConditionalFormatRule: { sheetId: 4, index: 1 } },
    ]);
    expect(plan.requests.slice(2, 8).map((r) => r.addConditionalFormatRule?.index)).toEqual([
      0, 1, 2, 3, 4, 5,
    ]);
    expect(plan.requests.slice(8)).toEqual([
      {
        updateDeveloperMetadata: {
          dataFilters: [{ developerMetadataLookup: { metadataId: 7 } }],
          developerMetadata: { metadataValue: metadataValueOf(wanted) },
          fields: 'metadataValue',
        },
      },
    ]);
    expect([plan.deleted, plan.added, plan.ranges]).toEqual([2, 6, 4]);
    expect(isLegacyRule(userFormula)).toBe(false);
    expect(JSON.stringify(plan.requests)).not.toContain('userEnteredValue');
  });

  it('creates its metadata when there is none, merges duplicates, deletes it when clearing', () => {
    const created = highlightPlanOf(4, { properties: { sheetId: 4 } }, wanted);
    expect(created.requests.at(-1)).toEqual({
      createDeveloperMetadata: {
        developerMetadata: {
          metadataKey: METADATA_KEY,
          metadataValue: metadataValueOf(wanted),
          location: { sheetId: 4 },
          visibility: 'DOCUMENT',
        },
      },
    });
    const twice = {
      properties: { sheetId: 4 },
      conditionalFormats: [...wanted],
      developerMetadata: [meta(3, wanted), meta(9, [])],
    };
    const merged = highlightPlanOf(4, twice, wanted).requests.filter(
      (r) => r.createDeveloperMetadata || r.updateDeveloperMetadata || r.deleteDeveloperMetadata,
    );
    expect(merged).toEqual([
      { deleteDeveloperMetadata: { dataFilter: { developerMetadataLookup: { metadataId: 9 } } } },
      expect.objectContaining({
        updateDeveloperMetadata: expect.objectContaining({ fields: 'metadataValue' }),
      }),
    ]);
    const cleared = highlightPlanOf(4, twice, []);
    expect(cleared.requests.filter((r) => r.deleteConditionalFormatRule)).toHaveLength(wanted.length);
    expect(cleared.requests.filter((r) => r.deleteDeveloperMetadata)).toHaveLength(2);
    expect(cleared.requests.some((r) => r.createDeveloperMetadata || r.updateDeveloperMetadata)).toBe(false);
  });

  it('is up to date only when exactly the wanted rules sit on top, recorded by one entry', () => {
    // The API leaves out zero fields; the comparison must not care.
    const echoed = wanted.map((r) => ({
      ...r,
      ranges: r.ranges!.map(({ sheetId, ...rest }) => ({ ...rest, ...(sheetId ? { sheetId } : {}) })),
    }));
    const state = (rules: object[], metadata = [meta(1, wanted)]) => ({
      properties: { sheetId: 4 },
      conditionalFormats: rules,
      developerMetadata: metadata,
    });
    expect(highlightsUpToDate(state([...echoed, userFormula]), wanted)).toBe(true);
    expect(highlightsUpToDate(state([userFormula, ...echoed]), wanted)).toBe(false);
    expect(highlightsUpToDate(state(echoed.slice(1)), wanted)).toBe(false);
    expect(highlightsUpToDate(state([...echoed], []), wanted)).toBe(false);
    expect(highlightsUpToDate(state([...echoed], [meta(1, wanted), meta(2, [])]), wanted)).toBe(false);
    expect(highlightsUpToDate(undefined, [])).toBe(true);
    expect(highlightsUpToDate(state([userFormula], [meta(1, wanted)]), [])).toBe(true);
  });
});

describe('summary CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['=1+1', "'=1+1"],
    ['+62 812', "'+62 812"],
    ['-', "'-"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
  ])('%j -> %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('leaves counts empty for a spreadsheet that could not be opened', () => {
    expect(
      summaryLineOf({
        id: 'x',
        title: 'T',
        sheet: null,
        status: 'forbidden',
        message: 'no',
        report: null,
        write: null,
      }),
    ).toBe('x,T,,,,,forbidden,no\r\n');
  });
});
