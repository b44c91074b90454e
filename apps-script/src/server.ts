// What the menu and the sidebar do, in terms of the core and the Sheets adapter. No host globals
// here: sheets.ts is the only file that talks to Apps Script services.
import { a1, parseA1Range } from '../../shared/src/a1.js';
import { planFill } from '../../shared/src/fill/plan-fill.js';
import { findGrid } from '../../shared/src/grid/find-grid.js';
import { sheetViewOf } from '../../shared/src/sheet-view.js';
import { highlightsOf } from '../../shared/src/report/highlights.js';
import { buildTemplate } from '../../shared/src/template/build-template.js';
import type { Finding, Lang, Summary } from '../../shared/src/types.js';
import { validate } from '../../shared/src/validate.js';
import type {
  FillDone,
  FillPreview,
  FillRequest,
  Reply,
  Settings,
  TemplateRequest,
  UndoInfo,
  ValidateReply,
} from './api.js';
import { label } from './i18n.js';
import {
  HostError,
  activateRange,
  activeSheet,
  hostErrorOf,
  paintHighlights,
  readActiveSheet,
  readEntry,
  removeHighlights,
  resetCells,
  selectedRows,
  sheetByName,
  STORE_BYTES,
  withDocumentLock,
  writeCells,
  writeEntries,
  writeTemplate,
} from './sheets.js';
import { decodeCells, encodeCells, utf8Length, type CellRef } from './undo-codec.js';

export const IGNORED_ENTRY = 'lampiran.ignored';
export const UNDO_ENTRY = 'lampiran.undo';

/** The one-line message for a failure, in the user's language. */
export function messageOf(error: unknown, lang: Lang): string {
  const e = hostErrorOf(error);
  switch (e.code) {
    case 'lock':
      return label('error.lockNotAcquired', lang);
    case 'protected':
      return label('error.sheetProtected', lang);
    case 'quota':
      return label('error.quotaExceeded', lang);
    case 'sheetMissing':
      return label('gas.sheetMissing', lang, e.data);
    case 'noSelection':
      return label('gas.noSelection', lang);
    case 'otherSheet':
      return label('gas.otherSheet', lang, e.data);
    case 'undoTooLarge':
      return label('gas.undoTooLarge', lang, {
        cells: e.data.cells ?? '?',
        limit: Math.round(STORE_BYTES / 1000),
      });
    case 'undoNotSaved':
      return label('gas.undoNotSaved', lang, e.data);
    case 'nothingToUndo':
      return label('error.nothingToUndo', lang);
    case 'templateFailed':
      return label('gas.templateFailed', lang, e.data);
    default:
      return label('error.unexpected', lang, { code: e.data.code ?? 'GS' });
  }
}

/** Runs a server action for the sidebar: a value, or a clear message — never a stack trace. */
export function reply<T>(lang: Lang, action: () => T): Reply<T> {
  try {
    return { ok: true, value: action() };
  } catch (error) {
    const e = hostErrorOf(error);
    // The user gets one line; the detail goes to the execution log for support.
    if (e.code === 'unexpected')
      console.error(`lampiran ${String(e.data.code)}: ${String(e.data.detail ?? '')}`);
    return { ok: false, message: messageOf(e, lang) };
  }
}

// ---------------------------------------------------------------------------------------------
// Ignored findings, remembered per document and sheet

function readIgnored(): string[] {
  const text = readEntry(IGNORED_ENTRY);
  if (!text) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

// The core's key is sheet-agnostic ("missing-indicator@E10"); the sheet name keeps an ignore on
// one tab from hiding the same cell's finding on another.
const scoped = (sheet: string, key: string): string => `${sheet}!${key}`;

function ignoredKeysOf(sheet: string, all: readonly string[]): string[] {
  const prefix = `${sheet}!`;
  return all.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
}

function summaryWithout(
  summary: Summary,
  findings: readonly Finding[],
  ignored: ReadonlySet<string>,
): Summary {
  let errors = 0,
    warnings = 0,
    infos = 0;
  for (const f of findings) {
    if (ignored.has(f.key)) continue;
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { ...summary, errors, warnings, infos };
}

// ---------------------------------------------------------------------------------------------
// Validate

export function runValidate(settings: Settings): ValidateReply {
  const read = readActiveSheet();
  const result = validate(read.input, {
    lang: settings.lang,
    infer: settings.infer,
    anchor: settings.anchor,
  });
  const ignored = ignoredKeysOf(read.name, readIgnored());
  const ignoredSet = new Set(ignored);
  const visible = result.findings.filter((f) => !ignoredSet.has(f.key));
  let highlighted = 0;
  let highlightError: string | null = null;
  try {
    highlighted = withDocumentLock(() => paintHighlights(read.sheet, highlightsOf(visible)));
  } catch (error) {
    // The findings are still worth showing; the sheet was left as it was.
    highlightError = label('gas.highlightFailed', settings.lang, { reason: messageOf(error, settings.lang) });
  }
  const grid = result.grid
    ? { range: result.grid.range, kind: result.grid.kind, year: result.grid.year }
    : null;
  return {
    sheet: read.name,
    grid,
    findings: result.findings,
    ignored,
    summary: summaryWithout(result.summary, result.findings, ignoredSet),
    highlighted,
    highlightError,
  };
}

export function setIgnored(sheet: string, key: string, ignore: boolean, settings: Settings): ValidateReply {
  withDocumentLock(() => {
    const all = readIgnored().filter((k) => k !== scoped(sheet, key));
    if (ignore) all.push(scoped(sheet, key));
    writeEntries({ [IGNORED_ENTRY]: all.length > 0 ? JSON.stringify(all) : null });
  });
  return runValidate(settings);
}

export function runClearHighlights(): number {
  const sheet = activeSheet();
  return withDocumentLock(() => removeHighlights(sheet));
}

export function runActivate(sheet: string, range: string): string {
  if (!parseA1Range(range)) throw new HostError('unexpected', { code: 'GS-RANGE' });
  return activateRange(sheet, range);
}

// ---------------------------------------------------------------------------------------------
// Fill, with preview and undo

function planOf(request: FillRequest) {
  const read = readActiveSheet();
  const rule = request.rule.trim();
  const rows = rule ? selectedRows(read.sheet) : [];
  if (rule && rows.length === 0) throw new HostError('noSelection');
  const plan = planFill(read.input, {
    infer: request.infer,
    anchor: request.anchor,
    ...(rule ? { rule, rows } : {}),
  });
  return { read, plan, rows };
}

export function previewFill(request: FillRequest): FillPreview {
  const { read, plan, rows } = planOf(request);
  // Month numbers for the preview text; the plan itself speaks in cells.
  const monthColumns =
    plan.writes.length > 0
      ? (findGrid(sheetViewOf(read.input), { currentYear: new Date().getFullYear() }).grid?.cols.months ?? [])
      : [];
  const byRow = new Map<number, { row: number; months: number[]; rule: string }>();
  for (const w of plan.writes) {
    let d = byRow.get(w.row);
    if (!d) byRow.set(w.row, (d = { row: w.row, months: [], rule: w.rule }));
    const month = monthColumns.indexOf(w.column) + 1;
    if (month > 0) d.months.push(month);
  }
  const details = [...byRow.values()].sort((a, b) => a.row - b.row);
  details.forEach((d) => d.months.sort((a, b) => a - b));
  return {
    sheet: read.name,
    writes: plan.writes,
    skipped: plan.skipped,
    rows: details.map((d) => d.row),
    details,
    selectedRows: rows,
  };
}

interface StoredUndo {
  v: 1;
  sheet: string;
  sheetId: number;
  groups: { value: string | boolean; cells: string }[];
}

function readUndo(): StoredUndo | null {
  const text = readEntry(UNDO_ENTRY);
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as StoredUndo;
    return parsed && parsed.v === 1 && Array.isArray(parsed.groups) ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * Writes the previewed cells that are still planned (the plan is recomputed under the lock, so a
 * cell filled meanwhile is never overwritten), then stores the undo data. If the undo data cannot
 * be stored, the write is reverted: a fill is never left without its undo.
 */
export function applyFill(request: FillRequest, sheetName: string, cells: readonly string[]): FillDone {
  return withDocumentLock(() => {
    const { read, plan } = planOf(request);
    if (read.name !== sheetName) throw new HostError('otherSheet', { sheet: sheetName });
    const wanted = new Set(cells);
    const writes = plan.writes.filter((w) => wanted.has(w.cell));
    const stale = writes.length !== wanted.size;
    const byValue = new Map<string | boolean, CellRef[]>();
    for (const w of writes) {
      const list = byValue.get(w.value);
      if (list) list.push({ row: w.row, column: w.column });
      else byValue.set(w.value, [{ row: w.row, column: w.column }]);
    }
    const record: StoredUndo = {
      v: 1,
      sheet: read.name,
      sheetId: read.sheet.getSheetId(),
      groups: [...byValue].map(([value, refs]) => ({ value, cells: encodeCells(refs) })),
    };
    const text = JSON.stringify(record);
    // Refuse before writing anything when the undo data cannot be kept.
    if (utf8Length(text) > STORE_BYTES - 20_000)
      throw new HostError('undoTooLarge', { cells: writes.length });
    if (writes.length === 0) return { sheet: read.name, cells: 0, rows: 0, stale };
    for (const [value, refs] of byValue)
      writeCells(
        read.sheet,
        refs.map((c) => a1(c.row, c.column)),
        value,
      );
    try {
      writeEntries({ [UNDO_ENTRY]: text });
    } catch (error) {
      for (const [value, refs] of byValue) resetCells(read.sheet, refs, value);
      const e = hostErrorOf(error);
      if (e.code === 'undoTooLarge') throw new HostError('undoTooLarge', { cells: writes.length });
      throw new HostError('undoNotSaved', { reason: messageOf(e, request.lang) });
    }
    return { sheet: read.name, cells: writes.length, rows: new Set(writes.map((w) => w.row)).size, stale };
  });
}

export function undoInfo(): UndoInfo | null {
  const undo = readUndo();
  if (!undo) return null;
  const cells = undo.groups.reduce((n, g) => n + decodeCells(g.cells).length, 0);
  return cells > 0 ? { sheet: undo.sheet, cells } : null;
}

export function undoFill(): number {
  return withDocumentLock(() => {
    const undo = readUndo();
    if (!undo) throw new HostError('nothingToUndo');
    const sheet = sheetByName(undo.sheet);
    if (sheet.getSheetId() !== undo.sheetId) throw new HostError('sheetMissing', { sheet: undo.sheet });
    let reset = 0;
    for (const g of undo.groups) reset += resetCells(sheet, decodeCells(g.cells), g.value);
    writeEntries({ [UNDO_ENTRY]: null });
    return reset;
  });
}

// ---------------------------------------------------------------------------------------------
// Template

export function runInsertTemplate(request: TemplateRequest): string {
  const year =
    Number.isInteger(request.year) && request.year >= 2000 && request.year <= 2100
      ? request.year
      : new Date().getFullYear();
  const template = buildTemplate({ kind: request.kind === 'zi' ? 'zi' : 'rb', year, lang: request.lang });
  return withDocumentLock(() => {
    try {
      return writeTemplate(template);
    } catch (error) {
      const e = hostErrorOf(error);
      if (e.code === 'lock') throw e;
      throw new HostError('templateFailed', { reason: messageOf(e, request.lang) });
    }
  });
}
