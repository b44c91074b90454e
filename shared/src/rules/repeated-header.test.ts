import { describe, expect, it } from 'vitest';
import type { CellValue } from '../types.js';
import { HEADER, MONTH_ROW, NUMBER_ROW, cleanRbRows, lampiran } from '../../../test/helpers/lampiran-grid.js';
import { findingsOf, seenOf } from '../../../test/helpers/rule-findings.js';
import { validate } from '../validate.js';

const withBreak = (block: CellValue[][]) => {
  const rows = cleanRbRows();
  return [...rows.slice(0, 4), [], ...block, ...rows.slice(4)];
};

const cases = [
  { name: 'clean plan', rows: cleanRbRows(), expected: [], rows_: 0 },
  {
    name: 'header, months and numbers repeated',
    rows: withBreak([HEADER, MONTH_ROW, NUMBER_ROW]),
    expected: [{ messageId: 'repeated-header', cell: 'A11' }],
    rows_: 3,
  },
  {
    name: 'only the column-number row repeated',
    rows: withBreak([NUMBER_ROW]),
    expected: [{ messageId: 'repeated-header', cell: 'A11' }],
    rows_: 1,
  },
];

describe('repeated-header', () => {
  it.each(cases)('$name', ({ rows, expected, rows_ }) => {
    const sheet = lampiran(rows);
    expect(seenOf(sheet, 'repeated-header')).toEqual(expected);
    if (rows_ > 0) expect(findingsOf(sheet, 'repeated-header')[0]?.data).toEqual({ rows: rows_ });
  });

  it('skips the block: no other finding on its rows, and the data after it is read', () => {
    const result = validate(lampiran(withBreak([HEADER, MONTH_ROW, NUMBER_ROW])), { currentYear: 2024 });
    expect(result.grid?.repeatedHeaderRows).toEqual([11, 12, 13]);
    expect(
      result.findings.filter(
        (f) => f.rule !== 'repeated-header' && f.row !== null && f.row >= 11 && f.row <= 13,
      ),
    ).toEqual([]);
    expect(result.summary.activities).toBe(16);
  });
});
