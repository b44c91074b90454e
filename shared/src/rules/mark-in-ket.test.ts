import { describe, expect, it } from 'vitest';
import { cleanRbRows, dataRow, lampiran } from '../../../test/helpers/lampiran-grid.js';
import { seenOf } from '../../../test/helpers/rule-findings.js';

const cases = [
  { name: 'clean plan (KET holds a recurrence)', rows: cleanRbRows(), expected: [] },
  {
    name: 'a check mark in KET',
    rows: [dataRow('1', 'Manajemen Perubahan', '1. A', '1) Rapat', 'Notulen', [1, 2], '√')],
    expected: [{ messageId: 'mark-in-ket', cell: 'R6' }],
  },
  {
    name: 'a boolean TRUE in KET',
    rows: [dataRow('1', 'Manajemen Perubahan', '1. A', '1) Rapat', 'Notulen', [1], true)],
    expected: [{ messageId: 'mark-in-ket', cell: 'R6' }],
  },
  {
    name: 'remarks in KET',
    rows: [dataRow('1', 'Manajemen Perubahan', '1. A', '1) Rapat', 'Notulen', [1], 'sesuai kebutuhan')],
    expected: [],
  },
];

describe('mark-in-ket', () => {
  it.each(cases)('$name', ({ rows, expected }) => {
    expect(seenOf(lampiran(rows), 'mark-in-ket')).toEqual(expected);
  });
});
