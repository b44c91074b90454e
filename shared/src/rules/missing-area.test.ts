import { describe, expect, it } from 'vitest';
import { cleanRbRows, dataRow, lampiran } from '../../../test/helpers/lampiran-grid.js';
import { findingsOf } from '../../../test/helpers/rule-findings.js';
import { validate } from '../validate.js';

describe('missing-area', () => {
  it('each missing area has its own key: ignoring one does not hide the others', () => {
    const sheet = lampiran(cleanRbRows().slice(0, 2));
    const all = validate(sheet).findings.filter((f) => f.rule === 'missing-area');
    expect(all.length).toBe(7);
    expect(new Set(all.map((f) => f.key)).size).toBe(7);
    const left = validate(sheet, { ignored: [all[0]!.key] }).findings.filter(
      (f) => f.rule === 'missing-area',
    );
    expect(left.map((f) => f.data['area'])).toEqual(all.slice(1).map((f) => f.data['area']));
  });

  const cases = [
    { name: 'clean RB plan', rows: cleanRbRows(), expected: [] as string[] },
    {
      name: 'RB plan without Penguatan Pengawasan',
      rows: cleanRbRows().filter((_, i) => i !== 12 && i !== 13),
      expected: ['Penguatan Pengawasan'],
    },
    {
      name: 'RB plan with only the first area',
      rows: cleanRbRows().slice(0, 2),
      expected: [
        'Deregulasi Kebijakan',
        'Penataan dan Penguatan Organisasi',
        'Penataan Tatalaksana',
        'Penataan Sistem Manajemen SDM Aparatur',
        'Penguatan Akuntabilitas Kinerja',
        'Penguatan Pengawasan',
        'Peningkatan Kualitas Pelayanan Publik',
      ],
    },
  ];
  it.each(cases)('$name', ({ rows, expected }) => {
    const found = findingsOf(lampiran(rows), 'missing-area');
    expect(found.map((f) => f.data['area'])).toEqual(expected);
    for (const f of found) {
      expect(f.messageId).toBe('missing-area');
      expect(f.cell).toBeNull();
      expect(f.key).toBe(`missing-area@-:${f.data['area']}`);
    }
  });

  it('ZI plans are checked against the six ZI areas (header TIM KERJA)', () => {
    const header = [
      'NO',
      'TIM KERJA',
      'KEGIATAN',
      'SUB KEGIATAN',
      'INDIKATOR KEBERHASILAN',
      'PELAKSANAAN (BULAN)',
      ...new Array(11).fill(null),
      'KET',
    ];
    const rows = [
      'I. TIM MANAJEMEN PERUBAHAN',
      'TIM KERJA PENATAAN TATALAKSANA',
      'Penataan Sistem Manajemen SDM',
      'Penguatan Akuntabilitas Kinerja',
      'Penguatan Pengawasan',
    ].map((a, i) => dataRow(String(i + 1), a, 'A. Kegiatan', '1 Sub', 'Dokumen', [6]));
    const found = findingsOf(lampiran(rows, { header }), 'missing-area');
    expect(found.map((f) => [f.data['area'], f.data['kind']])).toEqual([
      ['Peningkatan Kualitas Pelayanan Publik', 'ZI'],
    ]);
  });
});
