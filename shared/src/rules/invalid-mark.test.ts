import { describe, expect, it } from 'vitest';
import { cleanRbRows, dataRow, lampiran } from '../../../test/helpers/lampiran-grid.js';
import { findingsOf, seenOf } from '../../../test/helpers/rule-findings.js';

const cases = [
  { name: 'clean plan', rows: cleanRbRows(), expected: [] },
  {
    name: 'a dash, a zero and a question mark are not marks',
    rows: [
      dataRow('1', 'Manajemen Perubahan', '1. A', '1) Rapat', 'Notulen', { 1: '-', 2: 0, 3: '?', 4: '√' }),
    ],
    expected: [
      { messageId: 'invalid-mark', cell: 'F6' },
      { messageId: 'invalid-mark', cell: 'G6' },
      { messageId: 'invalid-mark', cell: 'H6' },
    ],
  },
  {
    name: 'every accepted mark passes',
    rows: [
      dataRow('1', 'Manajemen Perubahan', '1. A', '1) Rapat', 'Notulen', {
        1: '√',
        2: '✓',
        3: '✔',
        4: '☑',
        5: 'V',
        6: 'v',
        7: 'X',
        8: 'x',
        9: '1',
        10: true,
        11: 'ü',
        12: 'TRUE',
      }),
    ],
    expected: [],
  },
  {
    name: 'words in a month cell are a shifted row, not an invalid mark',
    rows: [
      dataRow('1', 'Manajemen Perubahan', '1. A', '1) Rapat', 'Notulen', {
        1: 'Tersedianya dokumen',
        2: '-',
      }),
    ],
    expected: [],
  },
];

describe('invalid-mark', () => {
  it.each(cases)('$name', ({ rows, expected }) => {
    expect(seenOf(lampiran(rows), 'invalid-mark')).toEqual(expected);
  });

  it('carries the value and the month', () => {
    const [f] = findingsOf(
      lampiran([dataRow('1', 'Manajemen Perubahan', '1. A', '1) R', 'N', { 3: '#REF!' })]),
      'invalid-mark',
    );
    expect(f?.data).toEqual({ value: '#REF!', month: 3 });
  });
});
