import { describe, expect, it } from 'vitest';
import type { CellValue } from '../types.js';
import { HEADER, cleanRbRows, dataRow, lampiran } from '../../../test/helpers/lampiran-grid.js';
import { findingsOf, seenOf } from '../../../test/helpers/rule-findings.js';

const withExtra = (...extra: CellValue[]) => [
  ...dataRow('1', 'Manajemen Perubahan', '1. A', '1) Rapat', 'Notulen', [1, 2]),
  ...extra,
];

const cases = [
  { name: 'clean plan', rows: cleanRbRows(), expected: [] },
  {
    name: 'marks past KET',
    rows: [withExtra('√', '√')],
    expected: [{ messageId: 'extra-cell', cell: 'S6' }],
  },
  {
    name: 'text two columns past KET',
    rows: [withExtra(null, 'catatan')],
    expected: [{ messageId: 'extra-cell', cell: 'T6' }],
  },
  { name: 'empty strings past KET are nothing', rows: [withExtra('', '  ')], expected: [] },
];

describe('extra-cell', () => {
  it.each(cases)('$name', ({ rows, expected }) => {
    expect(seenOf(lampiran(rows), 'extra-cell')).toEqual(expected);
  });

  it('spans the overflowing cells of the row and names the last grid column', () => {
    const [f] = findingsOf(lampiran([withExtra('√', '√', '√')]), 'extra-cell');
    expect(f?.range).toBe('S6:U6');
    expect(f?.data).toEqual({ value: '√', lastColumn: 'R' });
  });

  it('in a 17-column plan, anything right of December is extra', () => {
    const header = ['NO', 'AREA PERUBAHAN', 'KEGIATAN', 'SUB KEGIATAN', 'INDIKATOR', 'PELAKSANAAN (BULAN)'];
    const row = dataRow('1', 'Manajemen Perubahan', '1. A', '1) Rapat', 'Notulen', [1]).slice(0, 17);
    const sheet = lampiran([[...row, '√']], { header, numberRow: null });
    expect(seenOf(sheet, 'extra-cell')).toEqual([{ messageId: 'extra-cell', cell: 'R5' }]);
  });

  it('a column the header names after KET (PENANGGUNG JAWAB) is not extra; what lies beyond it is', () => {
    const header = [...HEADER, 'PENANGGUNG JAWAB'];
    const numberRow = Array.from({ length: 19 }, (_, i) => String(i + 1));
    const sheet = lampiran([withExtra('Sekretaris'), withExtra('Kasubbag', '√')], { header, numberRow });
    expect(seenOf(sheet, 'extra-cell')).toEqual([{ messageId: 'extra-cell', cell: 'T7' }]);
    expect(findingsOf(sheet, 'extra-cell')[0]?.data).toEqual({ value: '√', lastColumn: 'S' });
    expect(findingsOf(sheet, 'column-numbers')).toEqual([]);
  });
});
