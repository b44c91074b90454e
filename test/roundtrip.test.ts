// `validate --out` keeps everything of the workbook: every value, style and note, the merges,
// the user's own conditional formats, the other sheets. Highlights are added as new
// conditional-format rules and the findings as a "Laporan Validasi" sheet.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEVERITY_COLORS } from '../shared/src/index.js';
import { runCaptured } from '../cli/src/run-captured.js';

const TMP = path.join(__dirname, '.tmp', 'roundtrip');
const INPUT = path.join(TMP, 'input.xlsx');
const OUTPUT = path.join(TMP, 'input.diperiksa.xlsx');

type Cf = {
  ref: string;
  rules: {
    type: string;
    formulae?: string[];
    priority?: number;
    style?: { fill?: { bgColor?: { argb?: string } } };
  }[];
};
const cfsOf = (ws: ExcelJS.Worksheet): Cf[] =>
  (ws as unknown as { conditionalFormattings: Cf[] }).conditionalFormattings ?? [];

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thick', color: { argb: 'FF00B050' } },
};

async function buildInput(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const cover = wb.addWorksheet('Sampul');
  cover.getCell('B2').value = 'KEPUTUSAN KPU KABUPATEN CONTOH';
  cover.getCell('B2').font = { name: 'Times New Roman', size: 16, bold: true, color: { argb: 'FF1F3864' } };
  cover.getCell('B3').value = new Date(Date.UTC(2025, 0, 6));
  cover.getCell('B3').numFmt = 'dd mmmm yyyy';

  const ws = wb.addWorksheet('Lampiran');
  ws.getCell('A1').value = 'RENCANA AKSI REFORMASI BIROKRASI TAHUN 2025';
  ws.mergeCells('A1:R1');
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  const header = [
    'NO',
    'AREA PERUBAHAN',
    'KEGIATAN',
    'SUB KEGIATAN',
    'INDIKATOR KEBERHASILAN',
    'PELAKSANAAN (BULAN)',
  ];
  header.forEach((h, i) => (ws.getCell(3, i + 1).value = h));
  ws.getCell(3, 18).value = 'KET.';
  ws.mergeCells(3, 6, 3, 17);
  for (let m = 1; m <= 12; m++) ws.getCell(4, 5 + m).value = m;
  for (let c = 1; c <= 18; c++) {
    for (const r of [3, 4]) {
      const cell = ws.getCell(r, c);
      cell.font = { bold: true, name: 'Arial' };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
      cell.border = THIN;
    }
  }
  const areas = [
    'Manajemen Perubahan',
    'Deregulasi Kebijakan',
    'Penataan Tatalaksna',
    'Penguatan Pengawasan',
  ];
  let r = 5;
  areas.forEach((a, i) => {
    ws.getCell(r, 1).value = i + 1;
    ws.getCell(r, 2).value = a;
    ws.getCell(r, 3).value = '1. Kegiatan';
    ws.getCell(r, 4).value = {
      richText: [
        { text: '1) Sosialisasi ', font: { bold: true } },
        { text: 'RB', font: { italic: true } },
      ],
    };
    ws.getCell(r, 5).value = i === 1 ? null : 'Laporan kegiatan'; // missing-indicator on the second area
    if (i !== 2) for (const m of [3, 6, 9, 12]) ws.getCell(r, 5 + m).value = i === 3 ? true : '√';
    ws.getCell(r, 18).value = i === 0 ? 'triwulanan' : null;
    ws.getCell(r + 1, 4).value = '2) Rapat koordinasi';
    ws.getCell(r + 1, 5).value = 'Notulen';
    ws.getCell(r + 1, 6).value = '√';
    ws.getCell(r + 1, 18).value = 1234.5;
    ws.getCell(r + 1, 18).numFmt = '#,##0.00';
    ws.mergeCells(r, 2, r + 1, 2); // vertical merge of the area cell
    for (let c = 1; c <= 18; c++) {
      ws.getCell(r, c).border = THIN;
      ws.getCell(r + 1, c).border = THIN;
    }
    r += 2;
  });
  // The user's own formatting, to be kept exactly.
  ws.getCell('E5').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  ws.getCell('E5').note = 'Periksa lagi dengan Sekretaris';
  ws.getCell('B7').note = {
    texts: [{ text: 'Nama area ', font: { bold: true } }, { text: 'dari Road Map' }],
  };
  ws.getCell('D5').alignment = { wrapText: true, vertical: 'top' };
  ws.getCell('C13').value = { formula: 'B5&" (salin)"', result: 'Manajemen Perubahan (salin)' };
  ws.getCell('C14').value = { text: 'JDIH', hyperlink: 'https://jdih.example.org' };
  ws.getCell('C15').value = false;
  ws.getCell('C16').value = new Date(Date.UTC(2025, 11, 31));
  ws.addConditionalFormatting({
    ref: 'F5:Q12',
    rules: [
      {
        type: 'containsText',
        operator: 'containsText',
        text: 'x',
        priority: 1,
        style: { font: { color: { argb: 'FFFF0000' } } },
      },
    ],
  });
  ws.getColumn(2).width = 28;
  ws.getRow(5).height = 32;

  // A stale report sheet (replaced) and a sheet after it (untouched).
  const old = wb.addWorksheet('Laporan Validasi');
  old.getCell('A1').value = 'laporan lama';
  const notes = wb.addWorksheet('Catatan');
  notes.getCell('A1').value = 'catatan tim';
  notes.getCell('A1').note = 'jangan dihapus';

  await wb.xlsx.writeFile(INPUT);
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every cell of a sheet that has anything: value, style or note. */
function cellsOf(ws: ExcelJS.Worksheet): Map<string, { value: unknown; style: unknown; note: unknown }> {
  const out = new Map<string, { value: unknown; style: unknown; note: unknown }>();
  const rows = Math.max(ws.rowCount, 1);
  const cols = Math.max(ws.columnCount, 1);
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= cols; c++) {
      const cell = ws.getCell(r, c);
      out.set(cell.address, {
        value: JSON.parse(JSON.stringify(cell.value ?? null)),
        style: JSON.parse(JSON.stringify(cell.style ?? {})),
        note: JSON.parse(JSON.stringify(cell.note ?? null)),
      });
    }
  }
  return out;
}

let before: ExcelJS.Workbook;
let after: ExcelJS.Workbook;
let run: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  await fs.rm(TMP, { recursive: true, force: true });
  await fs.mkdir(TMP, { recursive: true });
  await buildInput();
  const inputBytes = await fs.readFile(INPUT);
  run = await runCaptured(['validate', INPUT, '--out', OUTPUT, '--format', 'json']);
  // The input file itself is never modified.
  expect((await fs.readFile(INPUT)).equals(inputBytes)).toBe(true);
  before = await load(INPUT);
  after = await load(OUTPUT);
});

describe('validate --out on an .xlsx', () => {
  it('reports the planted errors and writes the copy', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Salinan dengan sorotan ditulis/);
    const report = JSON.parse(run.stdout);
    expect(report.findings.length).toBeGreaterThan(0);
  });

  it('keeps every value, style and note of every original sheet', () => {
    for (const name of ['Sampul', 'Lampiran', 'Catatan']) {
      const a = cellsOf(before.getWorksheet(name)!);
      const b = cellsOf(after.getWorksheet(name)!);
      expect(a.size).toBeGreaterThan(0);
      for (const [address, cell] of a) expect({ address, ...b.get(address) }).toEqual({ address, ...cell });
      for (const [address, cell] of b) expect({ address, ...cell }).toEqual({ address, ...a.get(address) });
    }
    // Spot checks that the comparison above covered what it should.
    const ws = after.getWorksheet('Lampiran')!;
    expect(ws.getCell('E5').note).toBe('Periksa lagi dengan Sekretaris');
    expect(ws.getCell('E5').fill).toEqual({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFFFFF00' },
    });
    expect(ws.getCell('C15').value).toBe(false);
    expect(ws.getCell('R6').value).toBe(1234.5);
    expect(ws.getCell('C16').value).toEqual(new Date(Date.UTC(2025, 11, 31)));
    expect(ws.getCell('C13').value).toEqual({
      formula: 'B5&" (salin)"',
      result: 'Manajemen Perubahan (salin)',
    });
    expect(ws.getCell('R3').border?.right).toEqual({ style: 'thick', color: { argb: 'FF00B050' } });
  });

  it('keeps the merges, column widths and row heights', () => {
    const merges = (wb: ExcelJS.Workbook) => [...(wb.getWorksheet('Lampiran')!.model.merges ?? [])].sort();
    expect(merges(after)).toEqual(merges(before));
    expect(merges(after)).toContain('B5:B6');
    const ws = after.getWorksheet('Lampiran')!;
    expect(ws.getColumn(2).width).toBe(28);
    expect(ws.getRow(5).height).toBe(32);
  });

  it("keeps the user's conditional format and adds one highlight rule per severity", () => {
    const cfs = cfsOf(after.getWorksheet('Lampiran')!);
    const user = cfs.find((cf) => cf.ref === 'F5:Q12');
    // Exactly as ExcelJS reads it from the input: type, operator, formulae, priority and style.
    const original = cfsOf(before.getWorksheet('Lampiran')!);
    expect(original).toHaveLength(1);
    expect(user).toEqual(original[0]);
    expect(user?.rules[0]).toMatchObject({
      type: 'containsText',
      priority: 1,
      style: { font: { color: { argb: 'FFFF0000' } } },
    });
    const ours = cfs.filter((cf) => cf !== user);
    expect(ours.length).toBeGreaterThan(0);
    const colors = new Set(Object.values(SEVERITY_COLORS).map((c) => `FF${c.slice(1)}`));
    const report = JSON.parse(run.stdout) as { findings: { severity: string; range: string | null }[] };
    for (const cf of ours) {
      expect(cf.rules).toHaveLength(1);
      expect(cf.rules[0]!.type).toBe('expression');
      expect(cf.rules[0]!.formulae).toEqual(['TRUE']);
      expect(colors).toContain(cf.rules[0]!.style?.fill?.bgColor?.argb);
      // Ranked after the user's rule so it never overrides the user's own formatting.
      expect(cf.rules[0]!.priority).toBeGreaterThan(1);
    }
    const covered = ours.flatMap((cf) => cf.ref.split(' '));
    for (const f of report.findings) {
      if (f.range) expect(covered).toContain(f.range);
    }
    const errorRule = ours.find(
      (cf) => cf.rules[0]!.style?.fill?.bgColor?.argb === `FF${SEVERITY_COLORS.error.slice(1)}`,
    );
    expect(errorRule?.ref.split(' ')).toContain('E7');
  });

  it('replaces only the report sheet, in its place, with links to the cells', () => {
    expect(after.worksheets.map((w) => w.name)).toEqual([
      'Sampul',
      'Lampiran',
      'Laporan Validasi',
      'Catatan',
    ]);
    const rep = after.getWorksheet('Laporan Validasi')!;
    const all = cellsOf(rep);
    expect([...all.values()].some((c) => c.value === 'laporan lama')).toBe(false);
    const links = [...all.values()]
      .map((c) => c.value as { formula?: string; result?: string } | null)
      .filter((v): v is { formula: string; result: string } => typeof v?.formula === 'string');
    expect(links.length).toBe(
      JSON.parse(run.stdout).findings.filter((f: { cell: string | null }) => f.cell).length,
    );
    expect(links.map((l) => l.formula)).toContain(`HYPERLINK("#'Lampiran'!E7","E7")`);
  });

  it('a second validation of the copy replaces the report sheet again and keeps the rest', async () => {
    const again = path.join(TMP, 'again.xlsx');
    const r = await runCaptured(['validate', OUTPUT, '--out', again, '--lang', 'en']);
    expect(r.code).toBe(1);
    const wb = await load(again);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Sampul',
      'Lampiran',
      'Laporan Validasi',
      'Catatan',
      'Validation Report',
    ]);
    const a = cellsOf(after.getWorksheet('Lampiran')!);
    const b = cellsOf(wb.getWorksheet('Lampiran')!);
    for (const [address, cell] of a) expect({ address, ...b.get(address) }).toEqual({ address, ...cell });
  });
});

describe('validate --out on text inputs', () => {
  it.each(['csv', 'txt'])('writes a new .xlsx of the values with highlights from a .%s', async (ext) => {
    const src = path.join(TMP, `plain.${ext}`);
    const rows = [
      ['RENCANA AKSI RB TAHUN 2025'],
      [
        'NO',
        'AREA PERUBAHAN',
        'KEGIATAN',
        'SUB KEGIATAN',
        'INDIKATOR KEBERHASILAN',
        'PELAKSANAAN (BULAN)',
        ...new Array(11).fill(''),
        'KET.',
      ],
      ['', '', '', '', '', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', ''],
      ['1', 'Manajemen Perubahan', '1. Kegiatan', '1) Sub', '', '√', ...new Array(11).fill(''), ''],
    ];
    const sep = ext === 'csv' ? ';' : '\t';
    await fs.writeFile(
      src,
      `${ext === 'csv' ? '\ufeff' : ''}${rows.map((r) => r.join(sep)).join('\r\n')}\r\n`,
    );
    const out = path.join(TMP, `plain-${ext}.xlsx`);
    const r = await runCaptured(['validate', src, '--out', out]);
    expect(r.code).toBe(1);
    const wb = await load(out);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('B4').value).toBe('Manajemen Perubahan');
    expect(ws.getCell('F4').value).toBe('√');
    expect(ws.getCell('F3').value).toBe('1');
    const refs = cfsOf(ws).flatMap((cf) => cf.ref.split(' '));
    expect(refs).toContain('E4');
    expect(wb.getWorksheet('Laporan Validasi')).toBeDefined();
  });
});
