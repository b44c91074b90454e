import { describe, expect, it } from 'vitest';
import { a1, a1Range, columnLetter, columnNumber, parseA1Range } from './a1.js';

describe('a1', () => {
  it.each([
    [1, 'A'],
    [18, 'R'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [703, 'AAA'],
  ])('column %i is %s and back', (n, letters) => {
    expect(columnLetter(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
  });

  it('formats cells and ranges', () => {
    expect(a1(10, 5)).toBe('E10');
    expect(a1Range(10, 6, 10, 17)).toBe('F10:Q10');
    expect(a1Range(3, 2)).toBe('B3');
  });

  it('parses ranges, normalising order and $ signs', () => {
    expect(parseA1Range('$Q$12:F10')).toEqual({ row: 10, column: 6, endRow: 12, endColumn: 17 });
    expect(parseA1Range('E10')).toEqual({ row: 10, column: 5, endRow: 10, endColumn: 5 });
    expect(parseA1Range('Sheet1!A1')).toBeNull();
  });
});
