import { describe, expect, it } from 'vitest';
import { cleanRbRows, dataRow, lampiran } from '../../../test/helpers/lampiran-grid.js';
import { seenOf } from '../../../test/helpers/rule-findings.js';

const cases = [
  { name: 'clean plan', rows: cleanRbRows(), expected: [] },
  {
    name: 'a sub kegiatan before any area',
    rows: [dataRow(null, null, null, '1) Rapat', 'Notulen', [1]), ...cleanRbRows()],
    expected: [{ messageId: 'orphan-row', cell: 'A6' }],
  },
  {
    name: 'a kegiatan before any area',
    rows: [dataRow(null, null, '1. Perencanaan', null, 'Notulen', [1]), ...cleanRbRows()],
    expected: [{ messageId: 'orphan-row', cell: 'A6' }],
  },
  {
    name: 'a sub kegiatan in an area before its first kegiatan',
    rows: [dataRow('1', 'Manajemen Perubahan', null, '1) Rapat', 'Notulen', [1])],
    expected: [{ messageId: 'orphan-row', cell: 'A6' }],
  },
  {
    name: 'an indicator-only row before anything',
    rows: [dataRow(null, null, null, null, 'Notulen', [1]), ...cleanRbRows()],
    expected: [{ messageId: 'orphan-row', cell: 'A6' }],
  },
];

describe('orphan-row', () => {
  it.each(cases)('$name', ({ rows, expected }) => {
    expect(seenOf(lampiran(rows), 'orphan-row')).toEqual(expected);
  });

  it('a grid without an AREA column is one missing-column finding, not an orphan per row', () => {
    const header = [
      'NO',
      'KEGIATAN',
      'SUB KEGIATAN',
      'INDIKATOR KEBERHASILAN',
      'PELAKSANAAN (BULAN)',
      ...new Array(11).fill(null),
      'KET',
    ];
    const monthRow = [null, null, null, null, ...Array.from({ length: 12 }, (_, i) => String(i + 1)), null];
    const rows = [
      ['1', '1. Perencanaan', '1) Rapat', 'Notulen', '√'],
      [null, null, '2) Rapat', 'Notulen', null, '√'],
    ];
    const sheet = lampiran(rows, { header, monthRow, numberRow: null });
    expect(seenOf(sheet, 'orphan-row')).toEqual([]);
    // The AREA column collapses onto NO (A): it is reported there, once, and no area is "missing".
    expect(seenOf(sheet, 'missing-column')).toEqual([{ messageId: 'missing-column', cell: 'A3' }]);
    expect(seenOf(sheet, 'missing-area')).toEqual([]);
  });
});
