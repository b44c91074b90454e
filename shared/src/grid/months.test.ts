import { describe, expect, it } from 'vitest';
import { monthOfHeader } from './months.js';

describe('monthOfHeader', () => {
  it.each([
    ['1', 1],
    ['12', 12],
    ['Jan', 1],
    ['jan.', 1],
    ['Peb', 2],
    ['Maret', 3],
    ['Mei', 5],
    ['May', 5],
    ['Juni', 6],
    ['Agu', 8],
    ['Agt', 8],
    ['Ags', 8],
    ['Agus', 8],
    ['Agustus', 8],
    ['August', 8],
    ['Okt', 10],
    ['Oct', 10],
    ['Nop', 11],
    ['Nopember', 11],
    ['Des', 12],
    ['December', 12],
    ['XII', 12],
    ['iv', 4],
    ['2023-03-01', 3],
    ['Jan-23', 1],
    ['Januari 2023', 1],
  ])('%j → %d', (text, month) => {
    expect(monthOfHeader(text)).toBe(month);
  });

  it.each(['', '0', '13', '18', 'Bulan', 'KET.', 'PELAKSANAAN (BULAN)', '2023-13-01', 'Foo 2023'])(
    '%j is not a month',
    (text) => {
      expect(monthOfHeader(text)).toBeNull();
    },
  );
});
