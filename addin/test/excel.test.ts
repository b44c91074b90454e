import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { validate } from '../../shared/src/index.js';
import { sheetFromTsv } from '../../test/helpers/sheet-from-tsv.js';
import {
  applyFill,
  cellLinkFormula,
  clearHighlights,
  HIGHLIGHT_FORMULA,
  hostErrorOf,
  insertTemplate,
  mergesOfAddress,
  officeLang,
  previewFill,
  saveIgnored,
  selectRange,
  undoFill,
  validateActiveSheet,
  writeReport,
  type Outcome,
} from '../src/excel.js';
import { FakeExcelHost, type FakeHostOptions, type FakeValue } from './fake-excel.js';
import { GRID_FIRST_DATA_ROW, planGrid } from './plan-grid.js';

const OPTS = { lang: 'id', infer: false, anchor: 'end' } as const;
const FILL = { infer: false, anchor: 'end', rule: '' } as const;

function hostWith(
  values: readonly (readonly (FakeValue | null)[])[],
  options: FakeHostOptions = {},
): FakeExcelHost {
  const host = new FakeExcelHost(options);
  host.workbook.addSheet('Lampiran', values);
  host.install();
  return host;
}

function value<T>(o: Outcome<T>): T {
  if (!o.ok) throw new Error(`expected success, got ${o.error.key}`);
  return o.value;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

describe('the fake behaves like Office.js where it matters', () => {
  it('throws when a property is read before load and sync, and counts syncs', async () => {
    const host = hostWith([['a', 'b']]);
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('A1:B1');
      expect(() => range.values).toThrow(/not available/);
      range.load('values');
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([['a', 'b']]);
    });
    expect(host.syncs).toBe(1);
  });

  it('applies nothing until sync, and null leaves a cell unchanged', async () => {
    const host = hostWith([['a', 'b']]);
    await host.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('A1:B1').values = [['x', null] as never];
      expect(host.workbook.active().value(1, 1)).toBe('a');
      await context.sync();
    });
    expect(host.workbook.active().value(1, 1)).toBe('x');
    expect(host.workbook.active().value(1, 2)).toBe('b');
  });
});

describe('round trips', () => {
  it('validates a 10-row and a 10,000-row plan in the same number of syncs, at most 3', async () => {
    const small = hostWith(planGrid(10));
    const a = value(await validateActiveSheet(OPTS));
    const large = hostWith(planGrid(10_000));
    const b = value(await validateActiveSheet(OPTS));
    expect(a.result.findings.length).toBeGreaterThan(0);
    expect(b.result.findings.length).toBeGreaterThan(a.result.findings.length);
    expect(small.syncs).toBe(large.syncs);
    expect(small.syncs).toBeLessThanOrEqual(3);
    // A few formats over many areas each, none with an overlong address.
    const ours = large.workbook.active().conditionalFormats;
    expect(ours.length).toBeLessThan(b.result.findings.length / 10);
    for (const cf of ours) expect(cf.rects.length).toBeLessThanOrEqual(100);
  });

  it('reads past ~20,000 rows in chunks, one more sync per chunk, under the payload limit', async () => {
    const host = hostWith(planGrid(25_000));
    host.responseCellLimit = 20_000 * 18 + 1_000;
    const out = value(await validateActiveSheet(OPTS));
    expect(out.result.summary.activities).toBe(25_000);
    expect(host.syncs).toBe(4);
  });

  it('re-reads a chunk in halves when its response is still too large, with the same findings', async () => {
    hostWith(planGrid(2_000));
    const whole = value(await validateActiveSheet(OPTS));
    const host = hostWith(planGrid(2_000));
    host.responseCellLimit = 10_000; // 2,005 rows x 18 columns = 36,090 cells: 4 pieces needed
    const halves = value(await validateActiveSheet(OPTS));
    expect(halves.result.findings).toEqual(whole.result.findings);
    expect(host.syncs).toBeGreaterThan(3);
  });

  it('fills and undoes in a constant number of syncs', async () => {
    const small = hostWith(planGrid(10));
    const a = value(await applyFill(FILL));
    const fillSmall = small.syncs;
    value(await undoFill(a.undo));
    const large = hostWith(planGrid(10_000));
    const b = value(await applyFill(FILL));
    const fillLarge = large.syncs;
    value(await undoFill(b.undo));
    expect(b.plan.writes.length).toBeGreaterThan(a.plan.writes.length);
    expect(fillSmall).toBe(fillLarge);
    expect(fillSmall).toBeLessThanOrEqual(3);
    expect(small.syncs - fillSmall).toBe(large.syncs - fillLarge);
    expect(small.syncs - fillSmall).toBeLessThanOrEqual(2);
  });
});

describe('highlights', () => {
  function decorated(): FakeExcelHost {
    const host = hostWith(planGrid(30));
    const sheet = host.workbook.active();
    // The user's own formatting and conditional format, which must survive untouched.
    sheet.cellForWrite(GRID_FIRST_DATA_ROW + 3, 5).fill = '#00FF00';
    sheet.cellForWrite(GRID_FIRST_DATA_ROW + 3, 5).bold = true;
    sheet.cellForWrite(1, 1).fontColor = '#123456';
    sheet.conditionalFormats.push({
      id: '{USER-1}',
      type: 'Custom',
      rects: [{ top: GRID_FIRST_DATA_ROW, left: 5, bottom: GRID_FIRST_DATA_ROW + 20, right: 5 }],
      formula: '=LEN(E6)>100',
      fill: '#FF00FF',
      fontColor: null,
    });
    sheet.conditionalFormats.push({
      id: '{USER-2}',
      type: 'ColorScale',
      rects: [{ top: 1, left: 1, bottom: 5, right: 5 }],
      formula: null,
      fill: null,
      fontColor: null,
    });
    return host;
  }

  it('shows findings as conditional formats and clear returns every cell to exactly how it was', async () => {
    const host = decorated();
    const sheet = host.workbook.active();
    const before = sheet.snapshot();
    const out = value(await validateActiveSheet(OPTS));
    const missing = out.result.findings.find((f) => f.rule === 'missing-indicator')!;
    expect(missing).toBeDefined();
    expect(sheet.displayedFill(missing.row!, missing.column!)).toBe('#F4CCCC');
    expect(out.highlighted).toBeGreaterThan(0);
    // Cell formats never change: only conditional formats were added.
    expect(sheet.cell(GRID_FIRST_DATA_ROW + 3, 5)?.fill).toBe('#00FF00');
    expect(sheet.conditionalFormats.filter((cf) => cf.formula === HIGHLIGHT_FORMULA).length).toBeGreaterThan(
      0,
    );

    const cleared = value(await clearHighlights());
    expect(cleared.removed).toBeGreaterThan(0);
    expect(sheet.snapshot()).toEqual(before);
  });

  it('re-validation replaces the previous highlights instead of stacking them', async () => {
    const host = decorated();
    const sheet = host.workbook.active();
    value(await validateActiveSheet(OPTS));
    const first = sheet.conditionalFormats.length;
    value(await validateActiveSheet(OPTS));
    expect(sheet.conditionalFormats.length).toBe(first);
    expect(sheet.conditionalFormats.filter((cf) => cf.id.startsWith('{USER')).map((cf) => cf.id)).toEqual([
      '{USER-1}',
      '{USER-2}',
    ]);
  });

  it('paints errors with the highest priority', async () => {
    const host = hostWith(planGrid(30));
    value(await validateActiveSheet(OPTS));
    const ours = host.workbook.active().conditionalFormats;
    expect(ours[0]?.fill).toBe('#F4CCCC');
  });
});

describe('fill and undo', () => {
  it('writes only empty month cells, then undo restores them', async () => {
    const host = hostWith(planGrid(20));
    const sheet = host.workbook.active();
    const before = sheet.snapshot();
    const preview = value(await previewFill(FILL));
    expect(preview.plan.writes.length).toBeGreaterThan(0);
    expect(sheet.snapshot()).toEqual(before);

    const filled = value(await applyFill(FILL));
    expect(filled.plan.writes.length).toBe(preview.plan.writes.length);
    for (const w of filled.plan.writes) {
      expect(before).toBeDefined();
      expect(sheet.value(w.row, w.column)).toBe(w.value);
    }
    // Nothing that held a value before was changed.
    const beforeCells = new Map((before as { cells: [string, { value: FakeValue }][] }).cells);
    for (const [key, cell] of beforeCells) expect(sheet.cells.get(key)?.value).toEqual(cell.value);

    const undone = value(await undoFill(filled.undo));
    expect(undone.restored).toBe(filled.plan.writes.length);
    expect(sheet.snapshot()).toEqual(before);
  });

  it('undo leaves a cell the user changed after the fill', async () => {
    const host = hostWith(planGrid(20));
    const filled = value(await applyFill(FILL));
    const w = filled.plan.writes[0]!;
    host.workbook.active().cellForWrite(w.row, w.column).value = 'x';
    const undone = value(await undoFill(filled.undo));
    expect(undone.kept).toBe(1);
    expect(host.workbook.active().value(w.row, w.column)).toBe('x');
  });

  it('applies an explicit rule to the selected rows only', async () => {
    const grid = planGrid(20);
    for (const row of grid.slice(GRID_FIRST_DATA_ROW - 1)) row[17] = null;
    const host = hostWith(grid);
    const target = GRID_FIRST_DATA_ROW + 2; // an activity with no marks
    host.workbook.selection = { sheet: 'Lampiran', rect: { top: target, left: 3, bottom: target, right: 3 } };
    const out = value(await applyFill({ ...FILL, rule: 'Mar, Jun' }));
    expect(out.rows).toEqual([target]);
    expect(out.plan.writes.map((w) => [w.row, w.column])).toEqual([
      [target, 8],
      [target, 11],
    ]);
    expect(out.plan.writes.every((w) => w.source === 'option')).toBe(true);
  });

  it('undo with nothing recorded says so', async () => {
    hostWith(planGrid(5));
    const out = await undoFill({ sheetName: 'Lampiran', cells: [] });
    expect(out).toEqual({ ok: false, error: { key: 'error.nothingToUndo' } });
  });
});

describe('failures give a message and write nothing', () => {
  const cases: { name: string; arrange: (h: FakeExcelHost) => void; key: string }[] = [
    { name: 'edit mode', arrange: (h) => (h.editMode = true), key: 'error.cellEditMode' },
    // Smaller than one row: even the halved re-reads cannot fit.
    { name: 'response payload', arrange: (h) => (h.responseCellLimit = 10), key: 'error.payloadTooLarge' },
    { name: 'request payload', arrange: (h) => (h.requestCommandLimit = 3), key: 'error.payloadTooLarge' },
    {
      name: 'an unexpected code',
      arrange: (h) => (h.failSync = { at: h.syncs + 1, code: 'GeneralException' }),
      key: 'error.unexpected',
    },
  ];
  for (const c of cases) {
    it(`validate and fill: ${c.name}`, async () => {
      const host = hostWith(planGrid(30));
      const before = host.workbook.active().snapshot();
      c.arrange(host);
      const v = await validateActiveSheet(OPTS);
      c.arrange(host);
      const f = await applyFill(FILL);
      expect(v.ok ? null : v.error.key).toBe(c.key);
      expect(f.ok ? null : f.error.key).toBe(c.key);
      expect(host.workbook.active().snapshot()).toEqual(before);
    });
  }

  it('protected sheet: validation lists findings but paints nothing; fill and clear refuse', async () => {
    const host = hostWith(planGrid(30));
    const sheet = host.workbook.active();
    sheet.protected = true;
    const before = sheet.snapshot();
    const v = value(await validateActiveSheet(OPTS));
    expect(v.result.findings.length).toBeGreaterThan(0);
    expect(v.notice).toEqual({ key: 'error.sheetProtected' });
    expect(v.highlighted).toBe(0);
    expect(await applyFill(FILL)).toEqual({ ok: false, error: { key: 'error.sheetProtected' } });
    expect(await clearHighlights()).toEqual({ ok: false, error: { key: 'error.sheetProtected' } });
    expect(sheet.snapshot()).toEqual(before);
  });

  it('AccessDenied from the host (e.g. protected during the batch) is the protection message', () => {
    expect(hostErrorOf({ code: 'AccessDenied' }).key).toBe('error.sheetProtected');
    expect(hostErrorOf({ code: 'RequestPayloadSizeLimitExceeded' }).key).toBe('error.payloadTooLarge');
    expect(hostErrorOf(new TypeError('x'))).toEqual({ key: 'error.unexpected', data: { code: 'TypeError' } });
  });

  it('an Excel older than ExcelApi 1.9 gets the requirement message and nothing runs', async () => {
    const host = hostWith(planGrid(10), { excelApi: 8 });
    const out = await validateActiveSheet(OPTS);
    expect(out).toEqual({ ok: false, error: { key: 'error.requirementSet', data: { set: 'ExcelApi 1.9' } } });
    expect(host.syncs).toBe(0);
  });

  it('ExcelApi 1.9 works without merged areas (1.13 is only used when supported)', async () => {
    const host = hostWith(planGrid(10), { excelApi: 9 });
    const out = value(await validateActiveSheet(OPTS));
    expect(out.result.grid).not.toBeNull();
    expect(host.syncs).toBeLessThanOrEqual(3);
  });
});

describe('parity with the CLI path', () => {
  for (const name of ['kpu-alor-2023-rb', 'kpu-lumajang-2022-rb', 'kpu-ntt-2023-zi']) {
    it(`${name}: same (rule, cell) pairs as validate(sheetFromTsv(...))`, async () => {
      const text = readFileSync(new URL(`../../test/fixtures/${name}.txt`, import.meta.url), 'utf8');
      const sheet = sheetFromTsv(text);
      const cli = validate(sheet, { currentYear: 2025 });
      hostWith(sheet.values);
      const host = value(await validateActiveSheet(OPTS));
      const pairs = (fs: { rule: string; cell: string | null }[]) =>
        fs.map((f) => `${f.rule}@${f.cell ?? '-'}`);
      expect(host.result.findings.length).toBeGreaterThan(0);
      expect(pairs(host.result.findings)).toEqual(pairs(cli.findings));
    });
  }
});

describe('ignore, select, report, template', () => {
  it('remembers ignored findings in the workbook', async () => {
    const host = hostWith(planGrid(20));
    const first = value(await validateActiveSheet(OPTS));
    const key = first.result.findings[0]!.key;
    value(await saveIgnored('Lampiran', [key]));
    expect(host.workbook.settings.get('lampiranChecker.ignored')).toEqual({ Lampiran: [key] });
    const second = value(await validateActiveSheet(OPTS));
    expect(second.ignored).toEqual([key]);
    expect(second.result.findings.map((f) => f.key)).not.toContain(key);
    value(await saveIgnored('Lampiran', []));
    expect(host.workbook.settings.get('lampiranChecker.ignored')).toEqual({});
  });

  it('selects the cell of a finding, activating its sheet', async () => {
    const host = hostWith(planGrid(5));
    host.workbook.addSheet('Other');
    host.workbook.activeSheet = 'Other';
    value(await selectRange('Lampiran', 'F8:Q8'));
    expect(host.workbook.activeSheet).toBe('Lampiran');
    expect(host.workbook.selection).toEqual({
      sheet: 'Lampiran',
      rect: { top: 8, left: 6, bottom: 8, right: 17 },
    });
  });

  it('writes the report sheet with working cell links, replacing an older one', async () => {
    const grid = planGrid(10);
    grid[GRID_FIRST_DATA_ROW]![3] = '=cmd|calc <img src=x onerror=alert(1)>';
    const host = hostWith(grid);
    const v = value(await validateActiveSheet(OPTS));
    value(await writeReport(v, 'id'));
    value(await writeReport(v, 'id'));
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(['Lampiran', 'Laporan Validasi']);
    const report = host.workbook.sheet('Laporan Validasi')!;
    const formulas = [...report.cells.values()].map((c) => c.formula).filter((f): f is string => f !== null);
    expect(formulas.length).toBe(v.result.findings.filter((f) => f.cell !== null).length);
    expect(formulas).toContain(cellLinkFormula('Lampiran', v.result.findings.find((f) => f.cell)!.cell!));
    expect(formulas.every((f) => f.startsWith("=HYPERLINK(\"#'Lampiran'!"))).toBe(true);
  });

  it("never replaces a user's own sheet that happens to be called Laporan Validasi", async () => {
    const host = hostWith(planGrid(10));
    const mine = host.workbook.addSheet('Laporan Validasi', [['catatan saya'], ['jangan dihapus']]);
    const before = mine.snapshot();
    host.workbook.activeSheet = 'Lampiran';
    const v = value(await validateActiveSheet(OPTS));
    const out = value(await writeReport(v, 'id'));
    expect(out.sheetName).toBe('Laporan Validasi (2)');
    expect(host.workbook.sheet('Laporan Validasi')?.snapshot()).toEqual(before);
    // The add-in's own report is recognised and replaced on the next write.
    host.workbook.activeSheet = 'Lampiran';
    expect(value(await writeReport(v, 'id')).sheetName).toBe('Laporan Validasi (2)');
    expect(host.workbook.sheets.map((s) => s.name)).toEqual([
      'Lampiran',
      'Laporan Validasi',
      'Laporan Validasi (2)',
    ]);
  });

  it('inserts a template sheet that validates as a grid', async () => {
    const host = hostWith(planGrid(5));
    const out = value(await insertTemplate({ kind: 'rb', year: 2026, lang: 'id' }));
    const sheet = host.workbook.sheet(out.sheetName)!;
    expect(host.workbook.activeSheet).toBe(out.sheetName);
    expect(sheet.merges.length).toBeGreaterThan(0);
    expect(sheet.orientation).toBe('Landscape');
    expect(sheet.printTitleRows).toMatch(/^\$\d+:\$\d+$/);
    expect(sheet.validations.length).toBe(1);
    const again = value(await insertTemplate({ kind: 'rb', year: 2026, lang: 'id' }));
    expect(again.sheetName).not.toBe(out.sheetName);
    const v = value(await validateActiveSheet(OPTS));
    expect(v.result.grid?.year).toBe(2026);
  });

  it('parses merged-area addresses, including quoted sheet names', () => {
    expect(mergesOfAddress("Sheet1!A1:R1, 'My, sheet'!$B$4:$B$5, Sheet1!C9")).toEqual([
      { top: 1, left: 1, bottom: 1, right: 18 },
      { top: 4, left: 2, bottom: 5, right: 2 },
      { top: 9, left: 3, bottom: 9, right: 3 },
    ]);
  });

  it('follows Office display language: English for en-*, Indonesian otherwise', () => {
    const table: [string, string][] = [
      ['id-ID', 'id'],
      ['en-US', 'en'],
      ['en-GB', 'en'],
      ['fr-FR', 'id'],
    ];
    for (const [display, lang] of table) {
      hostWith([], { displayLanguage: display });
      expect(officeLang()).toBe(lang);
    }
  });
});
