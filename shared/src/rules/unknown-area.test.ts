import { describe, expect, it } from 'vitest';
import { cleanRbRows, dataRow, lampiran } from '../../../test/helpers/lampiran-grid.js';
import { findingsOf, seenOf } from '../../../test/helpers/rule-findings.js';

const withArea = (name: string) => {
  const rows = cleanRbRows();
  rows[6] = dataRow('4', name, '1. Kegiatan', '1) Sub', 'Dokumen', [3]);
  return rows;
};

const cases = [
  { name: 'clean plan', area: 'Penataan Tatalaksana', expected: [] },
  { name: 'alias "Penguatan Tatalaksana"', area: 'Penguatan Tatalaksana', expected: [] },
  {
    name: '"Penataan Tata Laksana" (tata laksana = tatalaksana)',
    area: 'Penataan Tata Laksana',
    expected: [],
  },
  { name: 'case and punctuation', area: 'PENATAAN  TATALAKSANA.', expected: [] },
  {
    name: 'typo gets a suggestion',
    area: 'Penataan Tatalaksna',
    expected: [{ messageId: 'unknown-area.suggest', cell: 'B12' }],
  },
  {
    name: 'something else entirely',
    area: 'Kegiatan Lain-lain',
    expected: [{ messageId: 'unknown-area', cell: 'B12' }],
  },
];

describe('unknown-area', () => {
  it.each(cases)('$name', ({ area, expected }) => {
    expect(seenOf(lampiran(withArea(area)), 'unknown-area')).toEqual(expected);
  });

  it('carries the text and the suggestion', () => {
    const [f] = findingsOf(lampiran(withArea('Penataan Tatalaksna')), 'unknown-area');
    expect(f?.data).toEqual({ text: 'Penataan Tatalaksna', suggestion: 'Penataan Tatalaksana' });
    expect(f?.suggestion).toBe('Penataan Tatalaksana');
    // A near miss is not also reported missing.
    expect(findingsOf(lampiran(withArea('Penataan Tatalaksna')), 'missing-area')).toEqual([]);
  });

  it('Quick Wins is accepted in an RB plan', () => {
    const rows = [...cleanRbRows(), dataRow('9', 'Quick Wins', '1. Inovasi', '1) Aplikasi', 'Aplikasi', [6])];
    expect(findingsOf(lampiran(rows), 'unknown-area')).toEqual([]);
  });
});
