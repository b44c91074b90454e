// `template` writes a print-ready sheet that reads back as a clean lampiran of its kind.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCaptured } from '../cli/src/run-captured.js';

const TMP = path.join(__dirname, '.tmp', 'cli-template');

beforeAll(async () => {
  await fs.rm(TMP, { recursive: true, force: true });
  await fs.mkdir(TMP, { recursive: true });
});

describe.each(['rb', 'zi'] as const)('template --kind %s', (kind) => {
  const out = path.join(TMP, `templat-${kind}.xlsx`);
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;

  beforeAll(async () => {
    const r = await runCaptured(['template', '--kind', kind, '--year', '2026', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`Templat ${kind.toUpperCase()} tahun 2026 ditulis`));
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    ws = wb.worksheets[0]!;
  });

  it('validates with no error and no missing-area', async () => {
    const r = await runCaptured(['validate', out, '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.grid).not.toBeNull();
    expect(report.grid.kind).toBe(kind);
    expect(report.grid.year).toBe(2026);
    expect(report.findings.filter((f: { rule: string }) => f.rule === 'missing-area')).toEqual([]);
    expect(report.summary.errors).toBe(0);
    expect(r.code).toBe(0);
  });

  it('is set up for printing: landscape A4, fit to width, header rows on every page', () => {
    const ps = ws.pageSetup;
    expect(ps.orientation).toBe('landscape');
    expect(ps.paperSize).toBe(9);
    expect(ps.fitToPage).toBe(true);
    expect(ps.fitToWidth).toBe(1);
    expect(ps.fitToHeight).toBe(0);
    expect(ps.printTitlesRow).toMatch(/^\d+:\d+$/);
  });

  it('restricts the month cells to the mark and draws the grid', async () => {
    const dv = (
      ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }
    ).dataValidations.model;
    const entries = Object.entries(dv).filter(([, v]) => v);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.some(([, v]) => v.type === 'list' && v.formulae[0]!.includes('√'))).toBe(true);
    const report = JSON.parse((await runCaptured(['validate', out, '--format', 'json'])).stdout);
    const headerRow = report.grid.headerRow as number;
    expect(ws.getRow(headerRow).getCell(1).font?.bold).toBe(true);
    expect(ws.getCell(report.grid.lastDataRow, 1).border?.bottom?.style).toBe('thin');
    expect((ws.model.merges ?? []).length).toBeGreaterThan(0);
    expect(ws.getColumn(5).width).toBeGreaterThan(10);
  });
});
