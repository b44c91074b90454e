import { describe, expect, it } from 'vitest';
import { NUMBER_ROW, cleanRbRows, lampiran } from '../../../test/helpers/lampiran-grid.js';
import { findingsOf, seenOf } from '../../../test/helpers/rule-findings.js';

const cases = [
  { name: '1..18', row: NUMBER_ROW, expected: [] },
  { name: 'no column-number row at all', row: null, expected: [] },
  {
    name: 'a number skipped',
    row: NUMBER_ROW.map((v, i) => (i >= 10 ? String(i + 2) : v)),
    expected: [{ messageId: 'column-numbers', cell: 'A5' }],
  },
  {
    name: 'stops at 17 in an 18-column grid',
    row: NUMBER_ROW.slice(0, 17),
    expected: [{ messageId: 'column-numbers', cell: 'A5' }],
  },
];

describe('column-numbers', () => {
  it.each(cases)('$name', ({ row, expected }) => {
    expect(seenOf(lampiran(cleanRbRows(), { numberRow: row }), 'column-numbers')).toEqual(expected);
  });

  it('carries what is written and N', () => {
    const [f] = findingsOf(lampiran(cleanRbRows(), { numberRow: NUMBER_ROW.slice(0, 17) }), 'column-numbers');
    expect(f?.data).toEqual({ found: NUMBER_ROW.slice(0, 17).join(' '), expected: 18 });
    expect(f?.severity).toBe('warning');
  });
});
