import { describe, expect, it } from 'vitest';
import type { CellValue } from '../types.js';
import { cleanRbRows, dataRow, lampiran } from '../../../test/helpers/lampiran-grid.js';
import { findingsOf, seenOf } from '../../../test/helpers/rule-findings.js';
import { formatMessage } from '../i18n/index.js';

const area = dataRow('1', 'Manajemen Perubahan', '1. Perencanaan', '1) Rapat', 'Notulen', [1]);
const cases: { name: string; rows: CellValue[][]; expected: { messageId: string; cell: string }[] }[] = [
  { name: 'clean plan', rows: cleanRbRows(), expected: [] },
  {
    name: 'text pushed right into the month cells',
    rows: [area, [null, null, null, '2', 'Sosialisasi', 'Tersedianya media sosialisasi', '√']],
    expected: [{ messageId: 'shifted-row', cell: 'A7' }],
  },
  {
    name: 'marks pulled left into INDIKATOR',
    rows: [area, [null, 'Menurunnya angka pelanggaran', null, null, '√', '√', '√']],
    expected: [{ messageId: 'shifted-row', cell: 'A7' }],
  },
  {
    name: 'words in the NO column',
    rows: [area, ['Jumlah sengketa informasi', null, null, null, null, '√']],
    expected: [{ messageId: 'shifted-row', cell: 'A7' }],
  },
  {
    name: 'a bare number in AREA (kegiatan number split off)',
    rows: [area, [null, '3', 'Monitoring', 'Laporan berkala', 'Laporan', '√']],
    expected: [{ messageId: 'shifted-row', cell: 'A7' }],
  },
];

describe('shifted-row', () => {
  it.each(cases)('$name', ({ rows, expected }) => {
    expect(seenOf(lampiran(rows), 'shifted-row')).toEqual(expected);
  });

  it('is one finding per row: no invalid-mark, mark-in-ket or extra-cell on the same row', () => {
    const row: CellValue[] = [
      null,
      null,
      null,
      '2',
      'Sosialisasi',
      'Tersedianya media',
      '-',
      '√',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      '√',
      '√',
    ];
    const sheet = lampiran([area, row]);
    expect(seenOf(sheet, 'shifted-row')).toEqual([{ messageId: 'shifted-row', cell: 'A7' }]);
    for (const rule of ['invalid-mark', 'mark-in-ket', 'extra-cell'] as const)
      expect(findingsOf(sheet, rule)).toEqual([]);
    expect(findingsOf(sheet, 'shifted-row')[0]?.data).toEqual({ value: 'Tersedianya media' });
  });

  it('a shifted row still starts a known area, so it is not reported missing', () => {
    const rows = cleanRbRows();
    rows[6] = [String(4), 'Penataan Tatalaksana', '1', '1', 'Penyusunan SOP', 'Peta proses bisnis', '√'];
    const sheet = lampiran(rows);
    expect(seenOf(sheet, 'shifted-row')).toEqual([{ messageId: 'shifted-row', cell: 'A12' }]);
    expect(findingsOf(sheet, 'missing-area')).toEqual([]);
  });

  it('words its message for rows shifted either way, not only into the month columns', () => {
    // Marks pulled left into INDIKATOR: nothing is in the month columns.
    const [finding] = findingsOf(
      lampiran([area, [null, 'Menurunnya angka pelanggaran', null, null, '√', '√']]),
      'shifted-row',
    );
    const id = formatMessage(finding!, 'id');
    const en = formatMessage(finding!, 'en');
    expect(id).toContain('tidak cocok dengan kolomnya');
    expect(id).not.toContain('kolom bulan');
    expect(en).toContain('does not fit its column');
    expect(en).not.toContain('month columns');
  });
});
