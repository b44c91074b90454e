import { describe, expect, it } from 'vitest';
import { cleanRbRows, dataRow, lampiran } from '../../../test/helpers/lampiran-grid.js';
import { findingsOf, seenOf } from '../../../test/helpers/rule-findings.js';

const cases = [
  { name: 'clean plan', rows: cleanRbRows(), expected: [] },
  {
    name: '<i> in a sub kegiatan and <p> in an indicator',
    rows: [dataRow('1', 'Manajemen Perubahan', '1. K', 'Instrumen <i>reward</i>', '<p>Dokumen</p>', [1])],
    expected: [
      { messageId: 'markup', cell: 'D6' },
      { messageId: 'markup', cell: 'E6' },
    ],
  },
  {
    name: 'a lone "<" is not a tag',
    rows: [dataRow('1', 'Manajemen Perubahan', '1. K', 'Nilai < 5', 'i', [1])],
    expected: [],
  },
];

describe('markup', () => {
  it.each(cases)('$name', ({ rows, expected }) => {
    expect(seenOf(lampiran(rows), 'markup')).toEqual(expected);
  });

  it('names the tag and is info', () => {
    const [f] = findingsOf(
      lampiran([dataRow('1', 'Manajemen Perubahan', '1. K', '<ol style="x"><li>a</li></ol>', 'i', [1])]),
      'markup',
    );
    expect(f?.data).toEqual({ tag: '<ol>' });
    expect(f?.severity).toBe('info');
  });
});
