import { describe, expect, it } from 'vitest';
import { cleanRbRows, dataRow, lampiran } from '../../../test/helpers/lampiran-grid.js';
import { findingsOf, seenOf } from '../../../test/helpers/rule-findings.js';

const cases = [
  { name: 'clean plan', rows: cleanRbRows(), expected: [] },
  {
    name: 'activity with no month marked',
    rows: [dataRow('1', 'Manajemen Perubahan', '1. Perencanaan', '1) Rapat', 'Notulen', [])],
    expected: [{ messageId: 'unscheduled', cell: 'F6' }],
  },
  {
    name: 'a mark on a later row of the span schedules it',
    rows: [
      dataRow('1', 'Manajemen Perubahan', '1. Perencanaan', '1) Rapat', 'Notulen', []),
      dataRow(null, null, null, null, 'Daftar hadir', [4]),
    ],
    expected: [],
  },
  {
    name: 'boolean TRUE, 1, x and Wingdings ü are marks; FALSE is not',
    rows: [
      dataRow('1', 'Manajemen Perubahan', '1. A', '1) a', 'i', { 1: true }),
      dataRow(null, null, null, '2) b', 'i', { 2: 1 }),
      dataRow(null, null, null, '3) c', 'i', { 3: 'x' }),
      dataRow(null, null, null, '4) d', 'i', { 4: 'ü' }),
      dataRow(null, null, null, '5) e', 'i', { 5: false }),
    ],
    expected: [{ messageId: 'unscheduled', cell: 'F10' }],
  },
  {
    // The month was pushed into KET: that is reported as mark-in-ket, once.
    name: 'a mark only in KET is mark-in-ket, not also unscheduled',
    rows: [dataRow('1', 'Manajemen Perubahan', '1. Perencanaan', '1) Rapat', 'Notulen', [], '√')],
    expected: [],
  },
  {
    name: 'marks only past the grid are extra-cell, not also unscheduled',
    rows: [[...dataRow('1', 'Manajemen Perubahan', '1. Perencanaan', '1) Rapat', 'Notulen', []), '√']],
    expected: [],
  },
  {
    name: 'remarks in KET do not excuse an empty schedule',
    rows: [dataRow('1', 'Manajemen Perubahan', '1. Perencanaan', '1) Rapat', 'Notulen', [], 'triwulanan')],
    expected: [{ messageId: 'unscheduled', cell: 'F6' }],
  },
];

describe('unscheduled', () => {
  it.each(cases)('$name', ({ rows, expected }) => {
    expect(seenOf(lampiran(rows), 'unscheduled')).toEqual(expected);
  });

  it('points at the twelve month cells of the first row', () => {
    const [f] = findingsOf(
      lampiran([dataRow('1', 'Manajemen Perubahan', '1. A', '1) Rapat', 'x', [])]),
      'unscheduled',
    );
    expect(f?.range).toBe('F6:Q6');
    expect(f?.severity).toBe('error');
  });
});
