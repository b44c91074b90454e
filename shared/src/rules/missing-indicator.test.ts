import { describe, expect, it } from 'vitest';
import { cleanRbRows, dataRow, lampiran } from '../../../test/helpers/lampiran-grid.js';
import { findingsOf, seenOf } from '../../../test/helpers/rule-findings.js';

const cases = [
  { name: 'clean plan', rows: cleanRbRows(), expected: [] },
  {
    name: 'sub kegiatan with no indicator on its span',
    rows: [dataRow('1', 'Manajemen Perubahan', '1. Perencanaan', '1) Pembentukan tim', null, [1])],
    expected: [{ messageId: 'missing-indicator', cell: 'E6' }],
  },
  {
    name: 'indicator on a continuation row of the span counts',
    rows: [
      dataRow('1', 'Manajemen Perubahan', '1. Perencanaan', '1) Pembentukan tim', null, [1]),
      dataRow(null, null, null, null, 'SK tim', []),
    ],
    expected: [],
  },
  {
    name: 'kegiatan without sub kegiatan is itself the activity',
    rows: [dataRow('1', 'Manajemen Perubahan', '1. Perencanaan', null, null, [2])],
    expected: [{ messageId: 'missing-indicator', cell: 'E6' }],
  },
  {
    // A mark in INDIKATOR means the row's marks were pulled left: it is a shifted row (reported
    // once as such), and a shifted row starts no activity.
    name: 'a check mark in INDIKATOR is a shifted row, not a missing indicator',
    rows: [dataRow('1', 'Manajemen Perubahan', '1. Perencanaan', '1) Rapat', '√', [2])],
    expected: [],
  },
];

describe('missing-indicator', () => {
  it.each(cases)('$name', ({ rows, expected }) => {
    expect(seenOf(lampiran(rows), 'missing-indicator')).toEqual(expected);
  });

  it('is an error carrying the activity text', () => {
    const sheet = lampiran([
      dataRow('1', 'Manajemen Perubahan', '1. Perencanaan', '1) Rapat koordinasi', null, [1]),
    ]);
    const [f] = findingsOf(sheet, 'missing-indicator');
    expect(f?.severity).toBe('error');
    expect(f?.data).toEqual({ activity: '1) Rapat koordinasi' });
    expect(f?.area).toBe('Manajemen Perubahan');
  });
});
