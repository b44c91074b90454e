import { describe, expect, it } from 'vitest';
import { backoffMs, DEFAULT_RETRY } from '../../cli/src/google/backoff.js';
import { faultOf, retryAfterMsOf } from '../../cli/src/google/faults.js';
import {
  desiredRules,
  highlightPlanOf,
  highlightsUpToDate,
  isOurRule,
  markerFormula,
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

  it('makes one rule per severity, errors first, 0-based end-exclusive ranges', () => {
    expect(wanted.map((r) => r.booleanRule?.condition?.values?.[0]?.userEnteredValue)).toEqual([
      markerFormula('error'),
      markerFormula('warning'),
      markerFormula('info'),
    ]);
    expect(wanted[0]!.ranges).toEqual([
      { sheetId: 4, startRowIndex: 10, endRowIndex: 11, startColumnIndex: 5, endColumnIndex: 17 },
      { sheetId: 4, startRowIndex: 12, endRowIndex: 13, startColumnIndex: 4, endColumnIndex: 5 },
    ]);
    expect(wanted.every(isOurRule)).toBe(true);
  });

  it('deletes only its own rules, highest index first, then adds at the top', () => {
    const user = {
      ranges: [{ sheetId: 4 }],
      booleanRule: {
        condition: { type: 'CUSTOM_FORMULA', values: [{ userEnteredValue: '=A1="lampiran-checker"' }] },
      },
    };
    const sheet = { conditionalFormats: [user, wanted[1]!, user, wanted[0]!] };
    const plan = highlightPlanOf(4, sheet, wanted);
    expect(plan.requests.slice(0, 2)).toEqual([
      { deleteConditionalFormatRule: { sheetId: 4, index: 3 } },
      { deleteConditionalFormatRule: { sheetId: 4, index: 1 } },
    ]);
    expect(plan.requests.slice(2).map((r) => r.addConditionalFormatRule?.index)).toEqual([0, 1, 2]);
    expect([plan.deleted, plan.added, plan.ranges]).toEqual([2, 3, 4]);
    expect(isOurRule(user)).toBe(false);
  });

  it('is up to date only when exactly the wanted rules sit on top', () => {
    // The API leaves out zero fields; the comparison must not care.
    const echoed = wanted.map((r) => ({
      ...r,
      ranges: r.ranges!.map(({ sheetId, ...rest }) => ({ ...rest, ...(sheetId ? { sheetId } : {}) })),
    }));
    expect(highlightsUpToDate({ conditionalFormats: [...echoed, { ranges: [] }] }, wanted)).toBe(true);
    expect(highlightsUpToDate({ conditionalFormats: [{ ranges: [] }, ...echoed] }, wanted)).toBe(false);
    expect(highlightsUpToDate({ conditionalFormats: echoed.slice(1) }, wanted)).toBe(false);
    expect(highlightsUpToDate(undefined, [])).toBe(true);
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
