// Robustness of the `lampiran` command: every bad input ends as one clear line and exit code 2,
// every readable input as a clean report with exit code 0 or 1.
import { RB_AREAS } from './helpers/lampiran-grid.js';
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseRows } from '../cli/src/main.js';
import { detectDelimiter, readCsvText } from '../cli/src/read-csv.js';
import { readPastedText } from '../cli/src/read-text.js';
import { cellValueOf } from '../cli/src/read-xlsx.js';
import { runCaptured } from '../cli/src/run-captured.js';

const ROOT = path.resolve(__dirname, '..');
const TMP = path.join(ROOT, 'test', '.tmp', 'cli');
const SAMPLE = path.join(ROOT, 'examples', 'lampiran-contoh.xlsx');
const SAMPLE_CSV = path.join(ROOT, 'examples', 'lampiran-contoh.csv');
const FIXTURES = ['kpu-alor-2023-rb.txt', 'kpu-lumajang-2022-rb.txt', 'kpu-ntt-2023-zi.txt'];

const tmp = (name: string): string => path.join(TMP, name);

/** One line, no stack frames, no internal paths. */
function expectOneLineError(stderr: string): void {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^lampiran: /);
  expect(stderr).not.toMatch(/\n\s+at |node_modules|Error:/);
}

const HEADER = [
  'NO',
  'AREA PERUBAHAN',
  'KEGIATAN',
  'SUB KEGIATAN',
  'INDIKATOR KEBERHASILAN',
  'PELAKSANAAN (BULAN)',
  ...new Array(11).fill(''),
  'KET.',
];
const MONTHS = ['', '', '', '', '', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', ''];

/** A small clean RB grid as tab-separated text (every area present, scheduled, with indicators). */
function cleanGridText(): string {
  const areas = RB_AREAS;
  const lines = [['RENCANA AKSI REFORMASI BIROKRASI TAHUN 2025'], [], HEADER, MONTHS];
  areas.forEach((a, i) => {
    const marks = Array.from({ length: 12 }, (_, m) => (m % 3 === 2 ? '√' : ''));
    lines.push([String(i + 1), a, '1. Kegiatan', '1) Sub kegiatan', 'Indikator', ...marks, 'triwulanan']);
  });
  return `${lines.map((l) => l.join('\t')).join('\n')}\n`;
}

beforeAll(async () => {
  await fs.rm(TMP, { recursive: true, force: true });
  await fs.mkdir(TMP, { recursive: true });
});

describe('exit code 2 with one clear line for unreadable input', () => {
  const cases: { name: string; make: () => Promise<string>; expect: RegExp; env?: Record<string, string> }[] =
    [
      { name: 'missing file', make: async () => tmp('nope.xlsx'), expect: /tidak ditemukan/ },
      {
        name: 'a directory',
        make: async () => {
          await fs.mkdir(tmp('folder.xlsx'), { recursive: true });
          return tmp('folder.xlsx');
        },
        expect: /folder/,
      },
      {
        name: 'corrupt .xlsx (zip signature, garbage after)',
        make: async () => {
          await fs.writeFile(
            tmp('corrupt.xlsx'),
            Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(300, 7)]),
          );
          return tmp('corrupt.xlsx');
        },
        expect: /tidak dapat dibaca/,
      },
      {
        name: 'a .txt renamed .xlsx',
        make: async () => {
          await fs.copyFile(path.join(ROOT, 'test', 'fixtures', FIXTURES[0]!), tmp('renamed.xlsx'));
          return tmp('renamed.xlsx');
        },
        expect: /bukan berkas Excel/,
      },
      {
        name: 'empty workbook',
        make: async () => {
          await new ExcelJS.Workbook().xlsx.writeFile(tmp('empty-book.xlsx'));
          return tmp('empty-book.xlsx');
        },
        expect: /tidak berisi lembar/,
      },
      {
        name: 'zero-byte file',
        make: async () => {
          await fs.writeFile(tmp('zero.csv'), '');
          return tmp('zero.csv');
        },
        expect: /Berkas kosong/,
      },
      {
        name: 'unknown extension',
        make: async () => {
          await fs.writeFile(tmp('plan.pdf'), '%PDF-1.4');
          return tmp('plan.pdf');
        },
        expect: /Jenis berkas tidak dikenal/,
      },
      {
        name: 'file over the size limit',
        make: async () => {
          await fs.writeFile(tmp('big.txt'), 'x'.repeat(1024 * 1024 + 10));
          return tmp('big.txt');
        },
        env: { LAMPIRAN_MAX_INPUT_MB: '1' },
        expect: /terlalu besar .*batas 1 MB/,
      },
    ];
  it.each(cases)('$name', async (c) => {
    const file = await c.make();
    const r = await runCaptured(['validate', file], { env: c.env });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expectOneLineError(r.stderr);
    expect(r.stderr).toMatch(c.expect);
  });

  it('gives the message in English with --lang en', async () => {
    const r = await runCaptured(['validate', tmp('nope.xlsx'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expectOneLineError(r.stderr);
    expect(r.stderr).toMatch(/File not found/);
  });
});

describe('usage errors exit 2', () => {
  const cases: { argv: string[]; expect: RegExp }[] = [
    { argv: ['frobnicate'], expect: /Perintah tidak sah/ },
    { argv: ['validate', SAMPLE, '--bogus'], expect: /Perintah tidak sah/ },
    { argv: ['validate', SAMPLE, '--format', 'xml'], expect: /Format tidak dikenal: xml/ },
    { argv: ['validate', SAMPLE, '--lang', 'fr'], expect: /Bahasa tidak dikenal/ },
    { argv: ['validate'], expect: /Sebutkan berkas/ },
    { argv: ['validate', SAMPLE, '--out', tmp('copy.csv')], expect: /harus berakhiran \.xlsx/ },
    { argv: ['validate', SAMPLE, '--out', SAMPLE], expect: /tidak boleh sama/ },
    { argv: ['validate', SAMPLE, '--write'], expect: /--write hanya dipakai/ },
    { argv: ['validate', '--google', 'abc', '--out', tmp('x.xlsx')], expect: /--out tidak dipakai/ },
    {
      argv: ['validate', SAMPLE, '--sheet', 'Tidak Ada'],
      expect: /Lembar "Tidak Ada" tidak ada .*Lembar yang ada: Lampiran/,
    },
    { argv: ['fill', SAMPLE], expect: /perlu --out/ },
    { argv: ['fill', SAMPLE, '--dry-run', '--rows', '11-13'], expect: /--rows hanya dipakai bersama --rule/ },
    { argv: ['fill', SAMPLE, '--dry-run', '--rule', 'triwulanan'], expect: /--rule perlu --rows/ },
    {
      argv: ['fill', SAMPLE, '--dry-run', '--rule', 'triwulanan', '--rows', '13-11'],
      expect: /Daftar baris tidak sah/,
    },
    { argv: ['fill', SAMPLE, '--dry-run', '--anchor', 'middle'], expect: /Jangkar tidak dikenal/ },
    { argv: ['template', '--kind', 'xx', '--out', tmp('t.xlsx')], expect: /Jenis rencana tidak dikenal/ },
    { argv: ['template', '--kind', 'rb', '--year', '25', '--out', tmp('t.xlsx')], expect: /Tahun tidak sah/ },
    { argv: ['template', '--kind', 'rb'], expect: /Perintah tidak sah/ },
  ];
  it.each(cases)('lampiran $argv', async (c) => {
    const r = await runCaptured(c.argv);
    expect(r.code).toBe(2);
    expectOneLineError(r.stderr);
    expect(r.stderr).toMatch(c.expect);
  });

  it('--help exits 0 and lists the commands', async () => {
    const r = await runCaptured(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/validate/);
    expect(r.stdout).toMatch(/fill/);
    expect(r.stdout).toMatch(/template/);
  });
});

describe('parseRows', () => {
  it.each([
    ['11-13', [11, 12, 13]],
    ['11,12,15', [11, 12, 15]],
    ['11-13, 15', [11, 12, 13, 15]],
    ['7', [7]],
    ['13,11,11', [11, 13]],
  ])('%s', (text, rows) => {
    expect(parseRows(text)).toEqual(rows);
  });
  it.each(['', 'a', '0', '5-', '3-1', '1;2'])('rejects %j', (text) => {
    expect(() => parseRows(text)).toThrow();
  });
});

describe('readers', () => {
  it('cellValueOf flattens ExcelJS values', () => {
    expect(cellValueOf({ richText: [{ text: 'Mana' }, { text: 'jemen' }] })).toBe('Manajemen');
    expect(cellValueOf({ formula: 'A1+1', result: 3 })).toBe(3);
    expect(cellValueOf({ formula: 'A1', result: { error: '#REF!' } })).toBe('#REF!');
    expect(cellValueOf({ sharedFormula: 'B2', result: '√' })).toBe('√');
    expect(cellValueOf({ formula: 'NOW()' })).toBeNull();
    expect(cellValueOf({ error: '#N/A' })).toBe('#N/A');
    expect(cellValueOf(new Date(Date.UTC(2025, 2, 31)))).toBe('2025-03-31');
    expect(cellValueOf({ text: 'JDIH', hyperlink: 'https://example.org' })).toBe('JDIH');
    expect(cellValueOf(true)).toBe(true);
    expect(cellValueOf(12.5)).toBe(12.5);
    expect(cellValueOf(null)).toBeNull();
  });

  it('reads a paste: line N is row N, tabs split columns, CR stripped', () => {
    const s = readPastedText('\ufeffjudul\r\n\r\nA\tB\t\tD\r\n', 'x');
    expect(s.values).toEqual([['judul'], [null], ['A', 'B', null, 'D']]);
  });

  it.each([
    [
      'semicolon with commas inside text',
      'NO;KEGIATAN;KET\r\n1;"Rapat, koordinasi";triwulanan\r\n2;Evaluasi, reviu;semester\r\n',
      ';',
    ],
    ['comma with semicolons inside text', 'NO,KEGIATAN,KET\n1,"a; b",x\n2,c;d,y\n', ','],
  ])('detects the delimiter: %s', (_name, text, d) => {
    expect(detectDelimiter(text)).toBe(d);
  });

  it('reads a semicolon CSV with BOM, CRLF and a quoted line break', () => {
    const { sheet, delimiter } = readCsvText(
      '\ufeffNO;KEGIATAN;KET\r\n1;"Rapat\r\nkoordinasi";triwulanan\r\n',
      'x',
    );
    expect(delimiter).toBe(';');
    expect(sheet.values).toEqual([
      ['NO', 'KEGIATAN', 'KET'],
      ['1', 'Rapat\r\nkoordinasi', 'triwulanan'],
    ]);
  });
});

describe('reports', () => {
  it('the sample: exit 1 (planted errors) and every planted defect found', async () => {
    const r = await runCaptured(['validate', SAMPLE, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const rules = new Set(report.findings.map((f: { rule: string }) => f.rule));
    for (const rule of [
      'missing-indicator',
      'unscheduled',
      'mark-in-ket',
      'unknown-area',
      'markup',
      'numbering',
      'repeated-header',
    ]) {
      expect(rules).toContain(rule);
    }
    expect(report.grid.kind).toBe('rb');
    expect(report.grid.year).toBe(2025);
    // No finding on the title rows or the signature block.
    for (const f of report.findings)
      if (f.row !== null) expect(f.row).toBeGreaterThanOrEqual(report.grid.headerRow);
  });

  it('the semicolon CSV twin (BOM, CRLF) gives the same findings as the .xlsx', async () => {
    const raw = await fs.readFile(SAMPLE_CSV, 'utf8');
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    expect(raw).toContain('\r\n');
    const a = JSON.parse((await runCaptured(['validate', SAMPLE, '--format', 'json'])).stdout);
    const b = JSON.parse((await runCaptured(['validate', SAMPLE_CSV, '--format', 'json'])).stdout);
    const pairs = (r: { findings: { rule: string; cell: string | null }[] }) =>
      r.findings.map((f) => `${f.rule}@${f.cell}`).sort();
    expect(pairs(b)).toEqual(pairs(a));
  });

  it('a clean grid exits 0', async () => {
    await fs.writeFile(tmp('clean.txt'), cleanGridText());
    const r = await runCaptured(['validate', tmp('clean.txt'), '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.summary.errors).toBe(0);
    expect(r.code).toBe(0);
  });

  it.each([
    ['text', (s: string) => expect(s).toMatch(/^Laporan Validasi Lampiran/)],
    ['json', (s: string) => expect(JSON.parse(s).version).toBe(1)],
    ['md', (s: string) => expect(s).toMatch(/\|.*\|/)],
    ['csv', (s: string) => expect(s.split(/\r?\n/)[0]).toMatch(/,/)],
  ] as const)('--format %s', async (format, check) => {
    const r = await runCaptured(['validate', SAMPLE, '--format', format]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    check(r.stdout);
  });

  it('--lang en renders the report in English', async () => {
    const r = await runCaptured(['validate', SAMPLE, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Summary|Errors|Warnings/);
    expect(r.stdout).not.toMatch(/Kesalahan/);
  });

  it.each(FIXTURES)('corpus fixture %s via .txt', async (name) => {
    const r = await runCaptured(['validate', path.join(ROOT, 'test', 'fixtures', name), '--format', 'json']);
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.grid).not.toBeNull();
    expect(report.grid.kind).toBe(name.includes('-zi') ? 'zi' : 'rb');
    expect(r.code).toBe(report.summary.errors > 0 ? 1 : 0);
  });

  it('a sheet of numbers, booleans, #REF! and very long text: a clean report', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Angka');
    for (let r = 1; r <= 30; r++) {
      ws.getRow(r).values = [
        r,
        r * 1.5,
        r % 2 === 0,
        { formula: 'A1/0', result: { error: '#REF!' } },
        'x'.repeat(40_000),
        new Date(Date.UTC(2025, 0, r)),
      ];
    }
    await wb.xlsx.writeFile(tmp('numbers.xlsx'));
    const r = await runCaptured(['validate', tmp('numbers.xlsx'), '--format', 'json']);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.grid).toBeNull();
    expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual(['no-grid']);
    expect(r.code).toBe(1);
  });

  it('a grid holding numbers, booleans, #REF! and long text in its cells: a clean report', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Lampiran');
    ws.addRow(HEADER);
    ws.addRow(MONTHS.map((m) => (m === '' ? null : Number(m))));
    ws.addRow([
      1,
      'Manajemen Perubahan',
      12345,
      true,
      { formula: 'Z1', result: { error: '#REF!' } },
      true,
      false,
      1,
      ...new Array(9).fill(null),
      'y'.repeat(50_000),
    ]);
    ws.addRow([null, null, null, { error: '#DIV/0!' }, 3.14, '#REF!', new Date(Date.UTC(2025, 4, 1))]);
    await wb.xlsx.writeFile(tmp('odd-cells.xlsx'));
    for (const format of ['text', 'json', 'md', 'csv']) {
      const r = await runCaptured(['validate', tmp('odd-cells.xlsx'), '--format', format]);
      expect(r.stderr).toBe('');
      expect([0, 1]).toContain(r.code);
      expect(r.stdout.length).toBeGreaterThan(0);
      // Cell text is truncated by the rules: no 50,000-character line reaches the report.
      expect(Math.max(...r.stdout.split('\n').map((l) => l.length))).toBeLessThan(5_000);
    }
  });

  it('picks the first sheet holding a grid, and --sheet picks another', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sampul').getCell('A1').value = 'KEPUTUSAN KPU KABUPATEN CONTOH';
    const ws = wb.addWorksheet('Lampiran');
    cleanGridText()
      .trimEnd()
      .split('\n')
      .forEach((line) => ws.addRow(line.split('\t').map((v) => (v === '' ? null : v))));
    await wb.xlsx.writeFile(tmp('two-sheets.xlsx'));
    const auto = JSON.parse(
      (await runCaptured(['validate', tmp('two-sheets.xlsx'), '--format', 'json'])).stdout,
    );
    expect(auto.sheet).toBe('Lampiran');
    expect(auto.grid).not.toBeNull();
    const forced = await runCaptured([
      'validate',
      tmp('two-sheets.xlsx'),
      '--sheet',
      'Sampul',
      '--format',
      'json',
    ]);
    expect(JSON.parse(forced.stdout).sheet).toBe('Sampul');
    expect(forced.code).toBe(1);
  });

  it('a 50,000-row file validates in one go', async () => {
    const text = cleanGridText();
    const lines = text.trimEnd().split('\n');
    const body = lines.slice(4);
    const rows: string[] = lines.slice(0, 4);
    for (let i = 0; rows.length < 50_004; i++) {
      const cells = body[i % body.length]!.split('\t');
      cells[0] = i < body.length ? cells[0]! : '';
      cells[1] = i < body.length ? cells[1]! : '';
      cells[3] = `${(i % 9) + 1}) Sub kegiatan ${i}`;
      rows.push(cells.join('\t'));
    }
    await fs.writeFile(tmp('big-50k.txt'), `${rows.join('\n')}\n`);
    const started = performance.now();
    const r = await runCaptured(['validate', tmp('big-50k.txt'), '--format', 'json']);
    const ms = performance.now() - started;
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.grid.lastDataRow).toBe(50_004);
    expect(report.summary.activities).toBeGreaterThan(40_000);
    expect(ms).toBeLessThan(30_000);
  });
});

describe('Google options', () => {
  it('the file commands never load the Google modules (only a dynamic import in main.ts)', async () => {
    const src = await fs.readFile(path.join(ROOT, 'cli', 'src', 'main.ts'), 'utf8');
    expect(src).not.toMatch(/^import[^;]*['"]\.\/google\//m);
    expect(src).toMatch(/await import\('\.\/google\/index\.js'\)/);
    for (const f of await fs.readdir(path.join(ROOT, 'cli', 'src'))) {
      if (!f.endsWith('.ts') || f === 'main.ts') continue;
      expect(await fs.readFile(path.join(ROOT, 'cli', 'src', f), 'utf8')).not.toMatch(
        /googleapis|\.\/google\//,
      );
    }
  });
});

describe('the real binary', () => {
  const run = promisify(execFile);
  const bin = path.join(ROOT, 'bin', 'lampiran.js');
  const node = async (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
    try {
      const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: '1' },
      });
      return { code: 0, stdout, stderr };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { code: err.code, stdout: err.stdout, stderr: err.stderr };
    }
  };

  it('exit 2 and one line for a corrupt file, no stack trace', async () => {
    await fs.writeFile(tmp('proc-corrupt.xlsx'), 'not a zip at all');
    const r = await node(['validate', tmp('proc-corrupt.xlsx')]);
    expect(r.code).toBe(2);
    expectOneLineError(r.stderr);
  });

  it('exit 1 on the sample, exit 0 with --help', async () => {
    const sample = await node(['validate', 'examples/lampiran-contoh.xlsx']);
    expect(sample.code).toBe(1);
    expect(sample.stdout).toMatch(/Laporan Validasi Lampiran/);
    const help = await node(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: lampiran/);
  });
});
