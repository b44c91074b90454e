// `fill --out` changes exactly the planned cells, from empty to the mark; `--dry-run` writes nothing.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCaptured } from '../cli/src/run-captured.js';

const ROOT = path.resolve(__dirname, '..');
const TMP = path.join(__dirname, '.tmp', 'roundtrip-fill');
const SAMPLE = path.join(ROOT, 'examples', 'lampiran-contoh.xlsx');

interface Write {
  cell: string;
  row: number;
  column: number;
  value: string | boolean;
  rule: string;
  source: string;
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every cell of every sheet: value and style, keyed "Sheet!A1". */
function snapshot(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const ws of wb.worksheets) {
    for (let r = 1; r <= ws.rowCount; r++) {
      for (let c = 1; c <= ws.columnCount; c++) {
        const cell = ws.getCell(r, c);
        out.set(
          `${ws.name}!${cell.address}`,
          JSON.stringify({ v: cell.value ?? null, s: cell.style ?? {}, n: cell.note ?? null }),
        );
      }
    }
  }
  return out;
}

function changed(a: Map<string, string>, b: Map<string, string>): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  const empty = JSON.stringify({ v: null, s: {}, n: null });
  return [...keys].filter((k) => (a.get(k) ?? empty) !== (b.get(k) ?? empty)).sort();
}

beforeAll(async () => {
  await fs.rm(TMP, { recursive: true, force: true });
  await fs.mkdir(TMP, { recursive: true });
});

describe('fill', () => {
  it('--dry-run --format json prints the plan and writes nothing', async () => {
    const files = await fs.readdir(TMP);
    const r = await runCaptured(['fill', SAMPLE, '--dry-run', '--format', 'json']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as { writes: Write[]; skipped: unknown[] };
    expect(Object.keys(plan).sort()).toEqual(['skipped', 'writes']);
    expect(plan.writes.length).toBeGreaterThan(0);
    for (const w of plan.writes)
      expect(Object.keys(w).sort()).toEqual(['cell', 'column', 'row', 'rule', 'source', 'value']);
    // The planted unscheduled row (KET "triwulanan") is planned at Mar, Jun, Sep, Des.
    expect(plan.writes.filter((w) => w.source === 'ket').map((w) => w.cell)).toEqual([
      'I23',
      'L23',
      'O23',
      'R23',
    ]);
    expect(await fs.readdir(TMP)).toEqual(files);
  });

  it('--out changes exactly the planned cells, each from empty to the mark', async () => {
    const out = path.join(TMP, 'filled.xlsx');
    const dry = JSON.parse((await runCaptured(['fill', SAMPLE, '--dry-run', '--format', 'json'])).stdout) as {
      writes: Write[];
    };
    const r = await runCaptured(['fill', SAMPLE, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/4 sel bulan diisi/);
    const before = await load(SAMPLE);
    const after = await load(out);
    const diff = changed(snapshot(before), snapshot(after));
    expect(diff).toEqual(dry.writes.map((w) => `Lampiran!${w.cell}`).sort());
    const ws0 = before.getWorksheet('Lampiran')!;
    const ws1 = after.getWorksheet('Lampiran')!;
    for (const w of dry.writes) {
      expect(ws0.getCell(w.cell).value).toBeNull();
      expect(ws1.getCell(w.cell).value).toBe(w.value);
      // The written cell keeps the border and alignment the sheet gave it.
      expect(ws1.getCell(w.cell).style).toEqual(ws0.getCell(w.cell).style);
    }
    expect([...(ws1.model.merges ?? [])].sort()).toEqual([...(ws0.model.merges ?? [])].sort());
    // Once filled, the unscheduled error is gone.
    const v = JSON.parse((await runCaptured(['validate', out, '--format', 'json'])).stdout);
    expect(
      v.findings.some((f: { rule: string; row: number }) => f.rule === 'unscheduled' && f.row === 23),
    ).toBe(false);
  });

  it('--rule with --rows fills the chosen rows from the option', async () => {
    const r = await runCaptured([
      'fill',
      SAMPLE,
      '--dry-run',
      '--format',
      'json',
      '--rule',
      'setiap bulan',
      '--rows',
      '14-15',
    ]);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as { writes: Write[] };
    const fromOption = plan.writes.filter((w) => w.source === 'option');
    expect(fromOption.length).toBe(8);
    expect(new Set(fromOption.map((w) => w.row))).toEqual(new Set([14]));
    expect(fromOption.every((w) => w.rule === 'setiap bulan')).toBe(true);
  });

  it('--anchor start moves the quarterly marks to the start of each quarter', async () => {
    const r = await runCaptured(['fill', SAMPLE, '--dry-run', '--format', 'json', '--anchor', 'start']);
    const plan = JSON.parse(r.stdout) as { writes: Write[] };
    expect(plan.writes.filter((w) => w.row === 23).map((w) => w.cell)).toEqual(['G23', 'J23', 'M23', 'P23']);
  });

  it.each(['csv', 'txt', 'xlsx'])('a .csv input filled into a .%s keeps every other value', async (ext) => {
    const src = path.join(ROOT, 'examples', 'lampiran-contoh.csv');
    const out = path.join(TMP, `filled-from-csv.${ext}`);
    const r = await runCaptured(['fill', src, '--out', out, '--format', 'json']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as { writes: Write[] };
    const a = JSON.parse((await runCaptured(['validate', src, '--format', 'json'])).stdout);
    const b = JSON.parse((await runCaptured(['validate', out, '--format', 'json'])).stdout);
    // Only the unscheduled finding of the filled row disappears.
    const pairs = (rep: { findings: { rule: string; cell: string | null }[] }) =>
      rep.findings.map((f) => `${f.rule}@${f.cell}`);
    const rows = new Set(plan.writes.map((w) => w.row));
    expect(pairs(b)).toEqual(
      pairs(a).filter(
        (p) => !(p.startsWith('unscheduled@') && rows.has(Number(p.replace(/^\D+@[A-Z]+/, '')))),
      ),
    );
  });

  it('a file with no grid: exit 1 and nothing written', async () => {
    const src = path.join(TMP, 'no-grid.txt');
    await fs.writeFile(src, 'hanya teks\nbaris kedua\n');
    const out = path.join(TMP, 'no-grid.xlsx');
    const r = await runCaptured(['fill', src, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/tidak ditemukan/);
    await expect(fs.stat(out)).rejects.toThrow();
  });
});
