import { describe, expect, it } from 'vitest';
import type { CellValue } from '../types.js';
import { HEADER, cleanRbRows, lampiran } from '../../../test/helpers/lampiran-grid.js';
import { findingsOf } from '../../../test/helpers/rule-findings.js';

const header = (i: number, v: CellValue) => HEADER.map((h, j) => (j === i ? v : h));

const cases = [
  { name: 'full header', header: HEADER, expected: [] },
  {
    name: 'no INDIKATOR header',
    header: header(4, 'URAIAN'),
    expected: [['E3', 'INDIKATOR KEBERHASILAN', 'error']],
  },
  { name: 'no SUB KEGIATAN header', header: header(3, null), expected: [['D3', 'SUB KEGIATAN', 'error']] },
  {
    name: 'no KET (17-column plan) is a warning',
    header: header(17, null),
    expected: [['R3', 'KET', 'warning']],
  },
  {
    name: 'variants: No / TIM KERJA / SUB-KEGIATAN / INDIKATOR / KETERANGAN',
    header: [
      'No',
      'TIM KERJA',
      'KEGIATAN',
      'SUB-KEGIATAN',
      'INDIKATOR',
      'JADWAL PELAKSANAAN',
      ...new Array(11).fill(null),
      'KETERANGAN',
    ],
    expected: [],
  },
];

describe('missing-column', () => {
  it.each(cases)('$name', ({ header: h, expected }) => {
    const found = findingsOf(lampiran(cleanRbRows(), { header: h }), 'missing-column');
    expect(found.map((f) => [f.cell, f.data['column'], f.severity])).toEqual(expected);
    for (const f of found) expect(f.messageId).toBe('missing-column');
  });
});
