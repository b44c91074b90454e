import { describe, expect, it } from 'vitest';
import { formatLabel, labelOf, noValueOf } from './numbering.js';

describe('labelOf', () => {
  it.each([
    ['1. Perencanaan', '1.', 1, 'number'],
    ['1 Perencanaan Reformasi Birokrasi', '1', 1, 'number'],
    ['12) Rapat', '12)', 12, 'number'],
    ['3', '3', 3, 'number'],
    ['4.', '4.', 4, 'number'],
    ['a. Sosialisasi', 'a.', 1, 'lower'],
    ['C. Monitoring', 'C.', 3, 'upper'],
    ['b) Rapat', 'b)', 2, 'lower'],
    ['<p>2) Ketersediaan</p>', '2)', 2, 'number'],
    ['  5 . Tindak lanjut', '5.', 5, 'number'],
  ])('%j → %s', (text, raw, value, style) => {
    expect(labelOf(text)).toMatchObject({ raw, value, style });
  });

  it.each(['Perencanaan', '100% seluruh', '3.5 juta', '2023 Rencana', 'a', 'Ab. Test', '', '#REF!', 'SOP.'])(
    '%j has no label',
    (text) => {
      expect(labelOf(text)).toBeNull();
    },
  );
});

describe('noValueOf / formatLabel', () => {
  it('reads NO cells', () => {
    expect(['1', '2.', 'IV', 'x', '', 'Jumlah'].map(noValueOf)).toEqual([1, 2, 4, 10, null, null]);
  });
  it('writes an expected label in the style found', () => {
    expect(formatLabel(3, labelOf('c) x')!)).toBe('c)');
    expect(formatLabel(2, labelOf('A. x')!)).toBe('B.');
    expect(formatLabel(7, labelOf('1 x')!)).toBe('7');
  });
});
