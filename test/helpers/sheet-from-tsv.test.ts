import { describe, expect, it } from 'vitest';
import { sheetFromTsv } from './sheet-from-tsv.js';

describe('sheetFromTsv', () => {
  it('line N is row N, tabs separate columns, \\r and a final newline are dropped', () => {
    expect(sheetFromTsv('a\tb\r\n\n\tc\td\n', 'x')).toEqual({
      values: [['a', 'b'], [null], [null, 'c', 'd']],
      name: 'x',
    });
  });
  it('a BOM is not part of A1', () => {
    expect(sheetFromTsv('\ufeffNO\tAREA').values[0]).toEqual(['NO', 'AREA']);
  });
  it('keeps cell text as written (no trimming, no number parsing)', () => {
    expect(sheetFromTsv(' 1 \t√').values).toEqual([[' 1 ', '√']]);
  });
});
