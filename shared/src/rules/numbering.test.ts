import { describe, expect, it } from 'vitest';
import type { CellValue } from '../types.js';
import { dataRow, lampiran } from '../../../test/helpers/lampiran-grid.js';
import { findingsOf, seenOf } from '../../../test/helpers/rule-findings.js';

const A = 'Manajemen Perubahan';
const B = 'Deregulasi Kebijakan';
const cases: { name: string; rows: CellValue[][]; expected: { messageId: string; cell: string }[] }[] = [
  {
    name: 'clean numbering in every style',
    rows: [
      dataRow('1.', A, '1. Perencanaan', '1) Rapat', 'i', [1]),
      dataRow(null, null, null, '2) Rapat', 'i', [1]),
      dataRow(null, null, '2 Pelaksanaan', 'a. Sosialisasi', 'i', [1]),
      dataRow(null, null, null, 'b. Sosialisasi', 'i', [1]),
      dataRow(2, B, 'A. Evaluasi', '1 Pemetaan', 'i', [1]),
      dataRow(null, null, 'B. Revisi', 'Revisi naskah', 'i', [1]),
    ],
    expected: [],
  },
  {
    name: 'NO skips',
    rows: [dataRow('1', A, '1. K', '1) S', 'i', [1]), dataRow('3', B, '1. K', '1) S', 'i', [1])],
    expected: [{ messageId: 'numbering.no', cell: 'A7' }],
  },
  {
    name: 'kegiatan repeats',
    rows: [dataRow('1', A, '1. K', '1) S', 'i', [1]), dataRow(null, null, '1. L', '1) S', 'i', [1])],
    expected: [{ messageId: 'numbering.kegiatan', cell: 'C7' }],
  },
  {
    name: 'sub kegiatan skips within its kegiatan',
    rows: [dataRow('1', A, '1. K', '1) S', 'i', [1]), dataRow(null, null, null, '3) T', 'i', [1])],
    expected: [{ messageId: 'numbering.sub', cell: 'D7' }],
  },
  {
    name: 'sub kegiatan numbering restarts under a new kegiatan',
    rows: [dataRow('1', A, '1. K', '1) S', 'i', [1]), dataRow(null, null, '2. L', '1) S', 'i', [1])],
    expected: [],
  },
  {
    name: 'kegiatan numbering restarts under a new area; the first should be 1',
    rows: [dataRow('1', A, '1. K', '1) S', 'i', [1]), dataRow('2', B, '2. L', '1) S', 'i', [1])],
    expected: [{ messageId: 'numbering.kegiatan', cell: 'C7' }],
  },
  {
    name: 'letters: a then c',
    rows: [dataRow('1', A, 'a. K', '1) S', 'i', [1]), dataRow(null, null, 'c. L', '1) S', 'i', [1])],
    expected: [{ messageId: 'numbering.kegiatan', cell: 'C7' }],
  },
  {
    name: 'a shifted row breaks the chain instead of raising a false skip',
    rows: [
      dataRow('1', A, '1. K', '1) S', 'i', [1]),
      [null, null, '2', 'Kegiatan dua', 'Sub dua', 'Indikator dua', '√'],
      dataRow(null, null, '3. M', '1) S', 'i', [1]),
    ],
    expected: [],
  },
];

describe('numbering', () => {
  it.each(cases)('$name', ({ rows, expected }) => {
    expect(seenOf(lampiran(rows), 'numbering')).toEqual(expected);
  });

  it('carries found and expected in the style written', () => {
    const sheet = lampiran([
      dataRow('1', A, 'A. K', '1) S', 'i', [1]),
      dataRow(null, null, 'C. L', '1) S', 'i', [1]),
    ]);
    expect(findingsOf(sheet, 'numbering')[0]?.data).toEqual({ found: 'C.', expected: 'B.' });
  });
});
