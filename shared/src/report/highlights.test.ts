import { describe, expect, it } from 'vitest';
import { highlightsOf, SEVERITY_COLORS } from './highlights.js';
import { finding } from './test-fixtures.js';

describe('highlightsOf', () => {
  it('uses the light severity colours', () => {
    expect(SEVERITY_COLORS).toEqual({ error: '#F4CCCC', warning: '#FFF2CC', info: '#CFE2F3' });
  });

  it('gives one rectangle per positioned finding and skips position-less ones', () => {
    const hs = highlightsOf([
      finding('missing-area', 'warning', null),
      finding('no-grid', 'error', null),
      finding('unscheduled', 'error', { row: 10, column: 6, endColumn: 17 }),
    ]);
    expect(hs).toEqual([
      {
        row: 10,
        column: 6,
        endRow: 10,
        endColumn: 17,
        range: 'F10:Q10',
        severity: 'error',
        color: '#F4CCCC',
        rule: 'unscheduled',
      },
    ]);
  });

  it.each([
    { name: 'error after warning', order: ['warning', 'error'] as const, wins: 'error' as const },
    { name: 'error before warning', order: ['error', 'warning'] as const, wins: 'error' as const },
    { name: 'warning over info', order: ['info', 'warning'] as const, wins: 'warning' as const },
    { name: 'info then info', order: ['info', 'info'] as const, wins: 'info' as const },
  ])('de-duplicates a range, the most severe wins ($name)', ({ order, wins }) => {
    const hs = highlightsOf(
      order.map((sev, i) => finding(i === 0 ? 'invalid-mark' : 'markup', sev, { row: 5, column: 7 })),
    );
    expect(hs).toHaveLength(1);
    expect(hs[0]!.severity).toBe(wins);
    expect(hs[0]!.color).toBe(SEVERITY_COLORS[wins]);
  });

  it('keeps the first rule among equally severe duplicates', () => {
    const hs = highlightsOf([
      finding('invalid-mark', 'warning', { row: 5, column: 7 }),
      finding('shifted-row', 'warning', { row: 5, column: 7 }),
    ]);
    expect(hs.map((h) => h.rule)).toEqual(['invalid-mark']);
  });

  it('treats the same rectangle as one range however the finding spelt it', () => {
    const a = finding('invalid-mark', 'warning', { row: 5, column: 7 });
    const b = { ...finding('markup', 'info', { row: 5, column: 7 }), range: 'G5:G5' };
    expect(highlightsOf([a, b])).toHaveLength(1);
  });

  it('sorts info first and errors last, then by row and column', () => {
    const hs = highlightsOf([
      finding('missing-indicator', 'error', { row: 9, column: 5 }),
      finding('markup', 'info', { row: 20, column: 4 }),
      finding('unscheduled', 'error', { row: 8, column: 6, endColumn: 17 }),
      finding('invalid-mark', 'warning', { row: 8, column: 7 }),
      finding('repeated-header', 'info', { row: 3, column: 1, endColumn: 18 }),
    ]);
    expect(hs.map((h) => `${h.severity}:${h.range}`)).toEqual([
      'info:A3:R3',
      'info:D20',
      'warning:G8',
      'error:F8:Q8',
      'error:E9',
    ]);
  });

  it('returns nothing for no findings', () => {
    expect(highlightsOf([])).toEqual([]);
  });
});
