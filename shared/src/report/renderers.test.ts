import { describe, expect, it } from 'vitest';
import type { Report } from '../types.js';
import { buildReport } from './build-report.js';
import { neutralizeFormula, renderCsv, spreadsheetText } from './render-csv.js';
import { renderJson } from './render-json.js';
import { escapeMarkdown, renderMarkdown } from './render-markdown.js';
import { renderText } from './render-text.js';
import { finding, hostileResult, resultOf } from './test-fixtures.js';

interface PapaResult {
  data: string[][];
  errors: unknown[];
}
// papaparse ships no type declarations; a non-literal specifier keeps tsc from looking for them.
const papaName = 'papaparse';
const Papa = ((await import(papaName)) as { default: { parse(text: string, config: object): PapaResult } })
  .default;

const hostile = (lang: 'id' | 'en' = 'id'): Report =>
  buildReport(hostileResult(), { source: '=cmd|"/c calc"!A1 <b>.xlsx', sheet: 'Lampiran | 2025', lang });
const clean = (lang: 'id' | 'en'): Report =>
  buildReport(
    resultOf([
      finding('missing-indicator', 'error', { row: 10, column: 5 }, { data: { activity: 'Penyusunan SOP' } }),
      finding(
        'numbering',
        'warning',
        { row: 11, column: 3 },
        { messageId: 'numbering.kegiatan', data: { found: '4.', expected: '3.' } },
      ),
      finding('repeated-header', 'info', { row: 20, column: 1, endColumn: 18 }, { data: { rows: 3 } }),
    ]),
    { source: 'lampiran.xlsx', sheet: 'Lampiran', lang },
  );
const LANGS = ['id', 'en'] as const;

describe('renderText', () => {
  it('prints title, source line, findings grouped by severity and the summary', () => {
    const text = renderText(clean('id'), 'id');
    expect(text).toBe(
      [
        'Laporan Validasi Lampiran',
        'Berkas: lampiran.xlsx · Lembar: Lampiran · Tabel: A5:R25 (RB, tahun 2025, 18 kolom, data baris 8–25)',
        '',
        'Kesalahan (1)',
        '  E10  Kegiatan tanpa indikator keberhasilan: “Penyusunan SOP” [missing-indicator]',
        '',
        'Peringatan (1)',
        '  C11  Nomor kegiatan tidak urut: tertulis “4.”, seharusnya “3.” [numbering]',
        '',
        'Info (1)',
        '  A20  Judul tabel muncul lagi di tengah tabel (3 baris, bekas pergantian halaman); baris-baris ini dilewati [repeated-header]',
        '',
        'Ringkasan: 1 kesalahan, 1 peringatan, 1 info · 14 kegiatan, 13 dengan indikator, 10 terjadwal',
        '',
      ].join('\n'),
    );
  });

  it('uses English labels and plurals', () => {
    const text = renderText(clean('en'), 'en');
    expect(text).toContain('Errors (1)');
    expect(text).toContain(
      'Summary: 1 error, 1 warning, 1 info · 14 activities, 13 with indicator, 10 scheduled',
    );
  });

  it('shows a suggestion under its finding and a dash for position-less findings', () => {
    const text = renderText(hostile(), 'id');
    expect(text).toMatch(/\n {2}— +Area perubahan RB “Penguatan Pengawasan” tidak ada/);
    expect(text).toMatch(/\n {2}\s+Saran: =HYPERLINK\("http:\/\/evil.example","klik"\)\n/);
  });

  it('says so when there are no findings', () => {
    const report = buildReport(resultOf([]), { source: 'a.xlsx', sheet: 'S', lang: 'id' });
    expect(renderText(report, 'id')).toContain('Tidak ada temuan\nRingkasan: tidak ada temuan · 14 kegiatan');
  });

  it('keeps hostile cell text on one line with no control characters', () => {
    const text = renderText(hostile(), 'id');
    // 7 findings + 1 suggestion line each for two of them; no cell text adds a line.
    const findingLines = text.split('\n').filter((l) => l.startsWith('  '));
    expect(findingLines).toHaveLength(7 + 2);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(text).toContain('Baris satu Baris dua');
    expect(text).toContain('warna \\x1b[2J\\x1b[31mmerah');
  });

  it('colours severities only when asked', () => {
    expect(renderText(clean('id'), 'id')).not.toContain('\u001b');
    const coloured = renderText(clean('id'), 'id', { color: true });
    expect(coloured).toContain('\u001b[31mKesalahan (1)\u001b[0m');
    expect(coloured).toContain('\u001b[33mPeringatan (1)\u001b[0m');
    expect(coloured).toContain('\u001b[36mInfo (1)\u001b[0m');
  });
});

describe('renderMarkdown', () => {
  it('renders a table with a header, one row per finding and the summary', () => {
    const md = renderMarkdown(clean('en'), 'en');
    expect(md).toContain('# Lampiran Validation Report\n');
    expect(md).toContain('| Severity | Cell | Rule | Message | Suggestion |\n|---|---|---|---|---|\n');
    expect(md).toContain(
      '| Error | E10 | `missing-indicator` | Activity without a success indicator: “Penyusunan SOP” |  |',
    );
    expect(md).toContain(
      '**Summary:** 1 error, 1 warning, 1 info · 14 activities, 13 with indicator, 10 scheduled',
    );
  });

  it.each(LANGS)('keeps hostile cell text inert (%s)', (lang) => {
    const md = renderMarkdown(hostile(lang), lang);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<b>');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(md).not.toMatch(/(?<!\\)\]\(javascript/);
    expect(md).toContain('\\[klik\\](javascript:alert(1))');
    const rows = md.split('\n').filter((l) => l.startsWith('|'));
    // header + separator + 7 findings: newlines in cells did not break rows
    expect(rows).toHaveLength(9);
    for (const row of rows) {
      // every row has exactly 6 unescaped pipes (5 columns)
      expect(row.match(/(?<!\\)\|/g), row).toHaveLength(6);
      // the only backticks left are the rule-id code spans we wrote
      expect(row.replace(/`[a-z-]+`/, '')).not.toContain('`');
    }
    expect(md).toContain('Baris satu<br>Baris dua');
    expect(md).toContain('kode &#96;rm -rf&#96; di sini');
    expect(md).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });

  it.each([
    ['<script>', '&lt;script&gt;'],
    ['a & b', 'a &amp; b'],
    ['a|b', 'a\\|b'],
    ['`x`', '&#96;x&#96;'],
    ['*tebal* _miring_', '\\*tebal\\* \\_miring\\_'],
    ['a\r\nb\nc', 'a<br>b<br>c'],
    ['c:\\path', 'c:\\\\path'],
    ['&lt;', '&amp;lt;'],
  ])('escapeMarkdown(%j) = %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('renderCsv', () => {
  it('has a header row and one record per finding, CRLF, no BOM by default', () => {
    const csv = renderCsv(clean('id'), 'id');
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Berkas,Lembar,Tingkat,Aturan,Sel,Baris,Kolom,Rentang,Pesan,Saran');
    expect(lines[1]).toBe(
      'lampiran.xlsx,Lampiran,Kesalahan,missing-indicator,E10,10,5,E10,Kegiatan tanpa indikator keberhasilan: “Penyusunan SOP”,',
    );
    expect(lines).toHaveLength(3 + 2);
  });

  it('adds a BOM and uses another delimiter on request', () => {
    const csv = renderCsv(clean('en'), 'en', { bom: true, delimiter: ';' });
    expect(csv.startsWith('\uFEFFFile;Sheet;Severity;Rule;')).toBe(true);
  });

  it.each(LANGS)('round-trips through papaparse with formulas neutralised (%s)', (lang) => {
    const report = hostile(lang);
    const parsed = Papa.parse(renderCsv(report, lang), { delimiter: ',', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toHaveLength(10);
    expect(rows).toHaveLength(report.findings.length);
    rows.forEach((row, i) => {
      const f = report.findings[i]!;
      expect(row).toEqual([
        spreadsheetText(report.source),
        report.sheet,
        expect.any(String),
        f.rule,
        f.cell ?? '',
        f.row === null ? '' : String(f.row),
        f.column === null ? '' : String(f.column),
        f.range ?? '',
        spreadsheetText(f.message),
        f.suggestion === null ? '' : spreadsheetText(f.suggestion),
      ]);
    });
    // the hostile values themselves
    expect(rows[0]![0]).toBe('\'=cmd|"/c calc"!A1 <b>.xlsx');
    expect(rows[2]![9]).toBe('\'=HYPERLINK("http://evil.example","klik")');
    expect(rows[6]![9]).toBe("'@SUM(A1)");
    expect(rows[3]![8]).toContain('Baris satu\nBaris dua');
    expect(rows[5]![8]).toContain('warna [2J[31mmerah');
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]|\u001b/);
  });

  it('round-trips with a semicolon delimiter and a BOM', () => {
    const report = hostile('id');
    const text = renderCsv(report, 'id', { bom: true, delimiter: ';' });
    const parsed = Papa.parse(text.slice(1), { delimiter: ';', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.slice(1).map((r) => r[3])).toEqual(report.findings.map((f) => f.rule));
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+62 812', "'+62 812"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['a=b', 'a=b'],
    ['', ''],
  ])('neutralizeFormula(%j) = %j', (input, expected) => {
    expect(neutralizeFormula(input)).toBe(expected);
  });
});

describe('renderJson', () => {
  it.each(LANGS)('parses back to the same report and keeps HTML inert (%s)', (lang) => {
    const report = hostile(lang);
    const json = renderJson(report, lang);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).toContain('\n  "version": 1,');
    expect(JSON.parse(json)).toEqual(report);
    expect(json).not.toMatch(/[<>&]/);
    expect(json).toContain('\\u003cimg src=x onerror=alert(1)\\u003e');
  });

  it('writes null for position-less findings and a missing grid', () => {
    const report = buildReport(resultOf([finding('no-grid', 'error', null)], null), {
      source: 's',
      sheet: 't',
      lang: 'id',
    });
    const parsed = JSON.parse(renderJson(report, 'id'));
    expect(parsed.grid).toBeNull();
    expect(parsed.findings[0]).toMatchObject({
      cell: null,
      row: null,
      column: null,
      range: null,
      suggestion: null,
    });
  });
});
