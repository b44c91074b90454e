import { describe, expect, it } from 'vitest';
import { AREA_LISTS } from './area-lists.js';
import { matchArea } from './match-area.js';
import { editDistance, normaliseArea } from './normalise-area.js';

describe('matchArea (RB 2020–2024)', () => {
  it.each([
    ['Manajemen Perubahan', 'Manajemen Perubahan'],
    ['Penguatan Peraturan Perundang-undangan/Regulasi Kebijakan', 'Deregulasi Kebijakan'],
    ['Penguatan Peraturan Perundang-Undangan/ Deregulasi Kebijakan', 'Deregulasi Kebijakan'],
    ['Penataan Peraturan Perundang-undangan', 'Deregulasi Kebijakan'],
    ['Penataan Organisasi/Kel embagaan', 'Penataan dan Penguatan Organisasi'],
    ['Penguatan Kelembagaan', 'Penataan dan Penguatan Organisasi'],
    ['Penataan Tata Laksana', 'Penataan Tatalaksana'],
    ['Penguatan Tatalaksana', 'Penataan Tatalaksana'],
    ['Sistem Manajemen Sumber Daya Manusia', 'Penataan Sistem Manajemen SDM Aparatur'],
    ['Penguatan Sistem Manajemen SDM ASN', 'Penataan Sistem Manajemen SDM Aparatur'],
    ['Penataan Sistem Manajemen SDM (Aparatur)', 'Penataan Sistem Manajemen SDM Aparatur'],
    ['Penguatan Akuntabilitas', 'Penguatan Akuntabilitas Kinerja'],
    ['Penguatan Akuntabilitas (Kinerja)', 'Penguatan Akuntabilitas Kinerja'],
    ['Sistem Akuntabilitas', 'Penguatan Akuntabilitas Kinerja'],
    ['Pengawasan', 'Penguatan Pengawasan'],
    ['Pelayanan Publik', 'Peningkatan Kualitas Pelayanan Publik'],
    ['PENINGKATAN KUALITAS PELAYANAN PUBLIK', 'Peningkatan Kualitas Pelayanan Publik'],
    ['Penataan & Penguatan Organisasi', 'Penataan dan Penguatan Organisasi'],
    ['<b>Manajemen  Perubahan</b>', 'Manajemen Perubahan'],
  ])('%s → %s', (text, canonical) => {
    expect(matchArea(text, 'rb')).toEqual({ canonical, suggestion: null, optional: false });
  });

  it('Quick Wins is optional', () => {
    expect(matchArea('Quick Wins', 'rb')).toEqual({
      canonical: 'Quick Wins',
      suggestion: null,
      optional: true,
    });
  });

  it.each([
    ['Penataan Tatalaksna', 'Penataan Tatalaksana'],
    ['Manajemen Perubahn', 'Manajemen Perubahan'],
    ['Penguatan Pengawsan', 'Penguatan Pengawasan'],
  ])('typo %s suggests %s', (text, suggestion) => {
    expect(matchArea(text, 'rb')).toEqual({ canonical: null, suggestion, optional: false });
  });

  it.each(['Kegiatan Lain', '', '3', 'Menurunnya angka pelanggaran disiplin ASN'])(
    '%j is unknown without suggestion',
    (text) => {
      expect(matchArea(text, 'rb')).toEqual({ canonical: null, suggestion: null, optional: false });
    },
  );
});

describe('matchArea (ZI)', () => {
  it.each([
    ['I. TIM MANAJEMEN PERUBAHAN', 'Manajemen Perubahan'],
    ['II. TIM PENATAAN TATALAKSANA', 'Penataan Tatalaksana'],
    ['III TIM PENATAAN SISTEM MANAJEMEN SUMBER DAYA MANUSIA', 'Penataan Sistem Manajemen SDM'],
    ['IV TIM PENGUATAN AKUNTABILITAS KINERJA', 'Penguatan Akuntabilitas Kinerja'],
    ['TIM KERJA PENGUATAN PENGAWASAN', 'Penguatan Pengawasan'],
    ['VI TIM PENINGKATAN KUALITAS PELAYANAN PUBLIK', 'Peningkatan Kualitas Pelayanan Publik'],
  ])('%s → %s', (text, canonical) => {
    expect(matchArea(text, 'zi').canonical).toBe(canonical);
  });

  it('a truncated name gets a suggestion', () => {
    expect(matchArea('Penataan Sistem Manajemen', 'zi').suggestion).toBe('Penataan Sistem Manajemen SDM');
  });

  it('RB-only areas are not ZI areas', () => {
    expect(matchArea('Deregulasi Kebijakan', 'zi').canonical).toBeNull();
  });
});

describe('area lists', () => {
  it('are versioned, 8 RB areas + optional Quick Wins, 6 ZI areas', () => {
    expect(AREA_LISTS.rb.version).toBe('rb-2020-2024');
    expect(AREA_LISTS.rb.areas.filter((a) => !a.optional)).toHaveLength(8);
    expect(AREA_LISTS.rb.areas.filter((a) => a.optional).map((a) => a.name)).toEqual(['Quick Wins']);
    expect(AREA_LISTS.zi.areas).toHaveLength(6);
    expect(AREA_LISTS.zi.version).toMatch(/^zi-/);
  });

  it('no two areas of a list share a normalised form', () => {
    for (const list of Object.values(AREA_LISTS)) {
      const owner = new Map<string, string>();
      for (const a of list.areas) {
        for (const t of [a.name, ...a.aliases]) {
          const n = normaliseArea(t);
          expect(owner.get(n) ?? a.name).toBe(a.name);
          owner.set(n, a.name);
        }
      }
    }
  });
});

describe('normaliseArea / editDistance', () => {
  it('treats "&" as "dan", SDM, tata laksana and spacing alike', () => {
    expect(normaliseArea('Penataan & Penguatan Organisasi')).toBe(
      normaliseArea('penataan dan penguatan organisasi'),
    );
    expect(normaliseArea('Sistem Manajemen Sumber Daya Manusia')).toBe(normaliseArea('Sistem Manajemen SDM'));
    expect(normaliseArea('Tata Laksana')).toBe(normaliseArea('Tatalaksana'));
    expect(normaliseArea('Kel embagaan')).toBe('kelembagaan');
  });

  it('counts a transposition as one edit', () => {
    expect(editDistance('tatalaksana', 'tatalaksnaa')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});
