import { describe, expect, it } from 'vitest';
import type { CellValue } from '../types.js';
import { cleanRbRows, lampiran } from '../../../test/helpers/lampiran-grid.js';
import { findingsOf, seenOf } from '../../../test/helpers/rule-findings.js';

const months = (names: CellValue[]): CellValue[] => [null, null, null, null, null, ...names, null];
const ID_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

const cases = [
  { name: 'numbers 1..12', row: months(Array.from({ length: 12 }, (_, i) => i + 1)), expected: [] },
  { name: 'Indonesian short names', row: months(ID_SHORT), expected: [] },
  {
    name: 'Agus / Nop / Agt variants',
    row: months(['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agus', 'Sep', 'Okt', 'Nop', 'Des']),
    expected: [],
  },
  {
    name: 'full Indonesian names',
    row: months([
      'Januari',
      'Februari',
      'Maret',
      'April',
      'Mei',
      'Juni',
      'Juli',
      'Agustus',
      'September',
      'Oktober',
      'November',
      'Desember',
    ]),
    expected: [],
  },
  {
    name: 'English names',
    row: months([
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ]),
    expected: [],
  },
  {
    name: 'two months swapped',
    row: months(['Jan', 'Mar', 'Feb', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des']),
    expected: [{ messageId: 'month-header', cell: 'F4' }],
  },
  {
    name: 'a month missing',
    row: months(['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Sep', 'Okt', 'Nov', 'Des', null]),
    expected: [{ messageId: 'month-header', cell: 'F4' }],
  },
];

describe('month-header', () => {
  it.each(cases)('$name', ({ row, expected }) => {
    expect(seenOf(lampiran(cleanRbRows(), { monthRow: row }), 'month-header')).toEqual(expected);
  });

  it('spans the twelve month cells and lists what is written', () => {
    const [f] = findingsOf(
      lampiran(cleanRbRows(), {
        monthRow: months([
          'Jan',
          'Mar',
          'Feb',
          'Apr',
          'Mei',
          'Jun',
          'Jul',
          'Agu',
          'Sep',
          'Okt',
          'Nov',
          'Des',
        ]),
      }),
      'month-header',
    );
    expect(f?.range).toBe('F4:Q4');
    expect(f?.data['found']).toBe('Jan, Mar, Feb, Apr, Mei, Jun, Jul, Agu, Sep, Okt, Nov, Des');
  });
});
