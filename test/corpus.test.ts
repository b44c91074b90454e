// The three real documents of the corpus, read as a paste into a spreadsheet. Every expected
// finding below was checked by reading the named rows of the fixture.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validate } from '../shared/src/validate.js';
import type { Finding, ValidationResult } from '../shared/src/types.js';
import { sheetFromTsv } from './helpers/sheet-from-tsv.js';

function load(name: string): ValidationResult {
  const text = readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
  return validate(sheetFromTsv(text, name), { currentYear: 2030 });
}

const at = (r: ValidationResult, row: number) => r.findings.filter((f) => f.row === row);
const keys = (fs: Finding[]) => fs.map((f) => f.key);
const rowsOf = (r: ValidationResult, rule: string) =>
  r.findings.filter((f) => f.rule === rule).map((f) => f.row);

describe('KPU Alor 2023 (RB)', () => {
  const r = load('kpu-alor-2023-rb.txt');

  it('grid: header row 68, months 1..12 on row 69, column numbers on row 70, data to row 257', () => {
    expect(r.grid).toMatchObject({
      range: 'A68:R257',
      headerRow: 68,
      monthHeaderRow: 69,
      columnNumberRow: 70,
      firstDataRow: 71,
      lastDataRow: 257,
      columns: 18,
      firstColumn: 1,
      kind: 'rb',
      year: 2023, // "… KABUPATEN ALOR TAHUN 2023" on row 66
    });
  });

  it('repeated header blocks at 84–86, 97–99, 109–111, 130–132 … 252–254 are found and skipped', () => {
    const blocks = r.findings.filter((f) => f.rule === 'repeated-header').map((f) => f.range);
    expect(blocks).toEqual([
      'A84:R86',
      'A97:R99',
      'A109:R111',
      'A130:R132',
      'A150:R152',
      'A173:R175',
      'A190:R192',
      'A212:R214',
      'A230:R232',
      'A238:R240',
      'A252:R254',
    ]);
    const repeated = new Set(r.grid!.repeatedHeaderRows);
    expect(r.findings.filter((f) => f.rule !== 'repeated-header' && repeated.has(f.row!))).toEqual([]);
  });

  it('no finding above the header (title, decree) or in the signature block (rows 259–267)', () => {
    expect(r.findings.filter((f) => f.row !== null && (f.row < 68 || f.row > 257))).toEqual([]);
  });

  it('row 76: marks run F..T — R76 is a mark in KET, S76:T76 are past the last column', () => {
    expect(keys(at(r, 76))).toEqual(['mark-in-ket@R76', 'extra-cell@S76:T76']);
    expect(at(r, 76)[1]?.data).toEqual({ value: '√', lastColumn: 'R' });
  });

  it('row 77: indicator text in B and marks from E (shifted left) — one shifted-row finding only', () => {
    expect(keys(at(r, 77))).toEqual(['shifted-row@A77:R77']);
    expect(at(r, 77)[0]?.data).toEqual({ value: 'Menurunnya angka pelanggaran disiplin ASN' });
  });

  it('row 88: <i> markup in E88 and F88; the indicator sits in F88 (a month cell), so the row is shifted', () => {
    expect(keys(at(r, 88))).toEqual(['shifted-row@A88:R88', 'markup@E88', 'markup@F88']);
    expect(at(r, 88)[1]?.data).toEqual({ tag: '<i>' });
  });

  it('row 105: "Penataan Organisasi/Kel embagaan" (PDF-broken) matches area 3', () => {
    const area = r.plan!.areas.find((a) => a.row === 105);
    expect(area?.canonical).toBe('Penataan dan Penguatan Organisasi');
    expect(r.findings.filter((f) => f.rule === 'unknown-area')).toEqual([]);
  });

  it('row 105: its only mark is in KET — mark-in-ket (not also unscheduled); row 106 has no mark at all', () => {
    expect(keys(at(r, 105))).toEqual(['mark-in-ket@R105']);
    expect(keys(at(r, 106))).toEqual(['unscheduled@F106:Q106']);
  });

  it('shifted rows are read right-aligned: row 95 (kegiatan number split into C) and row 88 (sub number split into D)', () => {
    const at95 = r.plan!.activities.find((a) => a.row === 95);
    expect(at95).toMatchObject({
      area: 'Deregulasi Kebijakan',
      kegiatan:
        '1 Evaluasi secara berkala produk peraturan perundang-undangan (Naskah Dinas Pengaturan dan Penetapan) yang menjadi kewenangan di lingkungan KPU Kabupaten Alor',
      text: 'Pemetaan Naskah dinas Pengaturan dan penetapan di lingkungan KPU Kabupaten Alor',
      schedule: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    });
    expect(at95?.rows[0]?.indikator).toBe('Adanya data perundang-undangan di lingkungan KPU Kabupaten Alor');
    expect(r.plan!.activities.find((a) => a.row === 88)?.text).toMatch(
      /^5 Pembangunan instrumen <i>reward<\/i>/,
    );
  });

  it('rows 113–128: content pushed right by extra cells — every row reported once as shifted', () => {
    for (let row = 113; row <= 128; row++) {
      if (row >= 119 && row <= 121) continue; // text only in D, marks from H: read below
      expect(keys(at(r, row))).toEqual([`shifted-row@A${row}:R${row}`]);
    }
  });

  it('rows 119–121: marks run past column R — extra-cell from S', () => {
    expect(
      r.findings.filter((f) => f.rule === 'extra-cell' && f.row! >= 119 && f.row! <= 121).map((f) => f.range),
    ).toEqual(['S119:T119', 'S120:U120', 'S121:U121']);
  });

  it('row 113: "Penataan Tata Laksana" starts area 4 even on a shifted row; all eight areas are present', () => {
    expect(r.plan!.areas.map((a) => [a.row, a.no, a.canonical])).toEqual([
      [71, '1', 'Manajemen Perubahan'],
      [95, '2', 'Deregulasi Kebijakan'],
      [105, '3', 'Penataan dan Penguatan Organisasi'],
      [113, '4', 'Penataan Tatalaksana'],
      [147, '5', 'Penataan Sistem Manajemen SDM Aparatur'],
      [169, '6', 'Penguatan Akuntabilitas Kinerja'],
      [187, '7', 'Penguatan Pengawasan'],
      [236, '8', 'Peningkatan Kualitas Pelayanan Publik'],
    ]);
    expect(rowsOf(r, 'missing-area')).toEqual([]);
    expect(r.findings.filter((f) => f.messageId === 'numbering.no')).toEqual([]);
  });

  it('rows 226–228: a bare kegiatan number in AREA (B226 "3") is a shifted row, not an unknown area', () => {
    expect(keys(at(r, 226))).toEqual(['shifted-row@A226:R226']);
  });

  it('row 235: sub kegiatan "1 Monitoring…" after 1, 2 → numbering.sub expected 3', () => {
    const f = at(r, 235).find((x) => x.rule === 'numbering');
    expect(f).toMatchObject({
      cell: 'D235',
      messageId: 'numbering.sub',
      data: { found: '1', expected: '3' },
    });
  });

  it('row 256: "2 Pelibatan masyarakat…" has no indicator', () => {
    expect(keys(at(r, 256))).toContain('missing-indicator@E256');
  });
});

describe('KPU Lumajang 2022 (RB)', () => {
  const r = load('kpu-lumajang-2022-rb.txt');

  it('grid: header row 75 ("NO"), data 78–176, ✓ marks, no repeated header', () => {
    expect(r.grid).toMatchObject({
      range: 'A75:R176',
      headerRow: 75,
      monthHeaderRow: 76,
      columnNumberRow: 77,
      firstDataRow: 78,
      lastDataRow: 176,
      kind: 'rb',
      year: 2022,
    });
    expect(r.grid!.repeatedHeaderRows).toEqual([]);
    expect(r.plan!.preferredMark).toBe('✓');
  });

  it('no finding on the decree above (rows 1–74) or the signature below (178–188)', () => {
    expect(r.findings.filter((f) => f.row !== null && (f.row < 75 || f.row > 176))).toEqual([]);
  });

  it('"1." style NO and the areas 1–7 are read; area 8 (Pelayanan Publik) is missing', () => {
    expect(r.plan!.areas.map((a) => a.canonical)).toEqual([
      'Manajemen Perubahan',
      'Deregulasi Kebijakan',
      'Penataan dan Penguatan Organisasi',
      'Penataan Tatalaksana',
      'Penataan Sistem Manajemen SDM Aparatur',
      'Penguatan Akuntabilitas Kinerja',
      'Penguatan Pengawasan',
    ]);
    expect(r.findings.filter((f) => f.rule === 'missing-area').map((f) => f.data['area'])).toEqual([
      'Peningkatan Kualitas Pelayanan Publik',
    ]);
    expect(r.findings.filter((f) => f.messageId === 'numbering.no')).toEqual([]);
  });

  it('rows split across page breaks (83, 88, 94, 98, 115, 119, 123, 136, 144, 150, 159, 166, 169, 174) start no activity', () => {
    const split = [83, 88, 94, 98, 115, 119, 123, 136, 144, 150, 159, 166, 169, 174];
    const starts = new Set(r.plan!.activities.map((a) => a.row));
    for (const row of split) expect(starts.has(row)).toBe(false);
    expect(r.findings.filter((f) => split.includes(f.row!) && f.rule !== 'markup')).toEqual([]);
  });

  it('markup: <i> in E79, <p> in D94, <ol> in D120', () => {
    const tag = (cell: string) => r.findings.find((f) => f.rule === 'markup' && f.cell === cell)?.data['tag'];
    expect([tag('E79'), tag('D94'), tag('D120')]).toEqual(['<i>', '<p>', '<ol>']);
  });

  it('row 81: 13 ✓ from F to R → mark in KET; row 99: ✓ in S → past the last column', () => {
    expect(keys(at(r, 81))).toEqual(['mark-in-ket@R81']);
    expect(keys(at(r, 99))).toEqual(['extra-cell@S99']);
  });

  it('row 162: "1. Monitoring…" after 1., 2. → numbering.sub expected 3.', () => {
    expect(at(r, 162).find((f) => f.rule === 'numbering')?.data).toEqual({ found: '1.', expected: '3.' });
  });

  it('row 102: "2. Pengelolaan Satuan Kerja" has no month → unscheduled', () => {
    expect(keys(at(r, 102))).toEqual(['unscheduled@F102:Q102']);
  });
});

describe('KPU NTT 2023 (ZI)', () => {
  const r = load('kpu-ntt-2023-zi.txt');

  it('the Rencana Aksi grid at row 195 (TIM KERJA, Jan..Des), not the NO / NAMA / JABATAN table of rows 98–156', () => {
    expect(r.grid).toMatchObject({
      range: 'A195:R312',
      headerRow: 195,
      monthHeaderRow: 196,
      columnNumberRow: 197,
      firstDataRow: 198,
      lastDataRow: 312,
      kind: 'zi',
      year: 2023,
    });
    expect(r.findings.filter((f) => f.row !== null && (f.row < 195 || f.row > 312))).toEqual([]);
  });

  it('repeated headers with Agu/Agus variants, including the shifted block at 207–209', () => {
    expect(r.findings.filter((f) => f.rule === 'repeated-header').map((f) => f.row)).toEqual([
      207, 222, 235, 243, 250, 262, 276, 286, 295, 304,
    ]);
  });

  it('no month is marked anywhere: every activity is unscheduled', () => {
    expect(r.summary.scheduled).toBe(0);
    expect(r.summary.activities).toBeGreaterThan(40);
    const unscheduled = new Set(rowsOf(r, 'unscheduled'));
    for (const a of r.plan!.activities) expect(unscheduled.has(a.row)).toBe(true);
    expect(unscheduled.size).toBe(r.summary.activities);
  });

  it('all six ZI areas; B240 "Penataan Sistem Manajemen" is a near miss with a suggestion', () => {
    expect(r.findings.filter((f) => f.rule === 'missing-area')).toEqual([]);
    const f = r.findings.find((x) => x.rule === 'unknown-area');
    expect(f).toMatchObject({
      cell: 'B240',
      messageId: 'unknown-area.suggest',
      suggestion: 'Penataan Sistem Manajemen SDM',
    });
  });

  it('row 210 (after the shifted header of 207) is read right-aligned: kegiatan C, its sub kegiatan and indicator', () => {
    expect(r.plan!.activities.find((a) => a.row === 210)).toMatchObject({
      area: 'Manajemen Perubahan',
      kegiatan: 'C. Monitoring dan Evaluasi pembangunan ZI',
      text: '1 Melaksanakan monitoring dan evaluasi',
    });
    expect(r.plan!.activities.find((a) => a.row === 210)?.rows[0]?.indikator).toBe(
      'Laporan hasil monitoring dan evaluasi.',
    );
  });

  it('row 201: "4 Penetapan Tim Kerja WBK" has no indicator', () => {
    expect(keys(at(r, 201))).toEqual(['missing-indicator@E201', 'unscheduled@F201:Q201']);
  });

  it('rows 210–220 follow the shifted header of 207 (indicators in F) and rows 307–312 put text in F', () => {
    expect(rowsOf(r, 'shifted-row')).toEqual([210, 213, 214, 215, 219, 220, 307, 308, 309, 310, 311, 312]);
  });
});
