/// <reference types="office-js" />
// The only file that touches `Excel` and `Office`. Every action is one Excel.run with a fixed
// number of context.sync() calls (reads of more than CHUNK_CELLS cells add one sync per chunk),
// checks protection before it queues any write, and turns host errors into a message key so
// the pane shows one clear line and nothing is half-written.
import {
  buildReport,
  buildTemplate,
  findGrid,
  highlightsOf,
  planFill,
  sheetViewOf,
  t,
  validate,
} from '../../shared/src/index.js';
import { reportSheetOf } from '../../shared/src/report/report-sheet.js';
import type {
  Anchor,
  CellValue,
  FillPlan,
  FillWrite,
  Highlight,
  Lang,
  MergeArea,
  PlanKind,
  Severity,
  SheetInput,
  ValidationResult,
} from '../../shared/src/index.js';
import type { UiKey } from '../../shared/src/i18n/index.js';

/** Oldest ExcelApi the add-in runs on (ranges, settings, conditional formats, RangeAreas, page layout). */
export const MIN_EXCEL_API = '1.9';
/** Merged areas of a range need ExcelApi 1.13; older hosts read without them (values are still right). */
export const MERGES_API = '1.13';
/** Reads above this many cells (~20,000 rows of 18 columns) are split, one sync per chunk. */
export const CHUNK_CELLS = 20_000 * 18;
/** Distinctive, always-true formula of our conditional formats: how we find our own later. */
export const HIGHLIGHT_MARKER = 'lampiran-checker';
export const HIGHLIGHT_FORMULA = `=ISTEXT("${HIGHLIGHT_MARKER}")`;
/** Workbook setting holding the ignored finding keys, per sheet name. */
export const IGNORED_SETTING = 'lampiranChecker.ignored';
/**
 * One conditional format covers at most this many areas and this long an address: getRanges
 * fails on long multi-area addresses at lengths Excel does not document (OfficeDev/office-js#5198).
 */
const AREAS_PER_FORMAT = 100;
const ADDRESS_CHARS_PER_FORMAT = 1_000;

export interface HostError {
  key: UiKey;
  data?: Record<string, string | number>;
}
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: HostError };

/** Finding keys the user ignored, per sheet name (the workbook setting's value). */
export type IgnoredMap = Record<string, string[]>;

export interface ValidateOptions {
  lang: Lang;
  infer: boolean;
  anchor: Anchor;
}

export interface ValidateOutcome {
  sheetName: string;
  result: ValidationResult;
  /** Ignored keys of this sheet, read from the workbook. */
  ignored: string[];
  /** Rectangles painted (0 when the sheet is protected). */
  highlighted: number;
  /** Set when validation worked but something could not be written (protected sheet). */
  notice: HostError | null;
}

export interface FillRequest {
  infer: boolean;
  anchor: Anchor;
  /** Explicit rule for the selected rows ("triwulanan", "RRULE:…"); empty = rules from KET / text. */
  rule: string;
}

export interface FillPreview {
  sheetName: string;
  plan: FillPlan;
  /** Selected sheet rows the explicit rule applies to (empty when no rule was given). */
  rows: number[];
  /** Sheet columns of January..December (empty when no grid), to name the months of a write. */
  monthColumns: number[];
}

/** What undo needs: the cells the fill wrote, what it wrote, and what they held before. */
export interface UndoRecord {
  sheetName: string;
  cells: { cell: string; row: number; column: number; written: string | boolean; before: CellValue }[];
}

export interface FillOutcome extends FillPreview {
  undo: UndoRecord;
}

function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}
function fail<T>(key: UiKey, data?: Record<string, string | number>): Outcome<T> {
  return { ok: false, error: data ? { key, data } : { key } };
}

/** The host error as a message key; the code travels for the "unexpected" line only. */
export function hostErrorOf(e: unknown): HostError {
  const code =
    typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string'
      ? (e as { code: string }).code
      : '';
  switch (code) {
    case 'AccessDenied':
      return { key: 'error.sheetProtected' };
    case 'InvalidOperationInCellEditMode':
      return { key: 'error.cellEditMode' };
    case 'ResponsePayloadSizeLimitExceeded':
    case 'RequestPayloadSizeLimitExceeded':
    case 'PayloadTooLarge':
      return { key: 'error.payloadTooLarge' };
    case 'ApiNotFound':
    case 'NotImplemented':
    case 'UnsupportedFeature':
      return { key: 'error.requirementSet', data: { set: `ExcelApi ${MIN_EXCEL_API}` } };
    default:
      return { key: 'error.unexpected', data: { code: code || (e instanceof Error ? e.name : 'unknown') } };
  }
}

export function supports(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}

/** Runs a batch with the requirement check in front and host errors turned into messages. */
async function guarded<T>(
  batch: (context: Excel.RequestContext) => Promise<Outcome<T>>,
): Promise<Outcome<T>> {
  if (!supports(MIN_EXCEL_API)) return fail('error.requirementSet', { set: `ExcelApi ${MIN_EXCEL_API}` });
  try {
    return await Excel.run(batch);
  } catch (e) {
    return { ok: false, error: hostErrorOf(e) };
  }
}

/** "Sheet1!A1:B2, 'My, sheet'!C3" -> merge rectangles (sheet names dropped). */
export function mergesOfAddress(address: string): MergeArea[] {
  const out: MergeArea[] = [];
  const re = /(?:'(?:[^']|'')*'|[^!,\s][^!,]*)!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g;
  for (const m of address.matchAll(re)) {
    const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const top = Number(m[2]);
    const left = col(m[1]!);
    const bottom = m[4] ? Number(m[4]) : top;
    const right = m[3] ? col(m[3]) : left;
    out.push({
      top: Math.min(top, bottom),
      left: Math.min(left, right),
      bottom: Math.max(top, bottom),
      right: Math.max(left, right),
    });
  }
  return out;
}

function cellValueOf(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

interface SheetHandles {
  ws: Excel.Worksheet;
  used: Excel.Range;
}

/** Queues the first read: sheet name, protection and the used range's size (no cell data yet). */
function queueSheetMeta(context: Excel.RequestContext, sheetName?: string): SheetHandles {
  const ws =
    sheetName === undefined
      ? context.workbook.worksheets.getActiveWorksheet()
      : context.workbook.worksheets.getItem(sheetName);
  ws.load('name');
  ws.protection.load('protected');
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  return { ws, used };
}

function isPayloadError(e: unknown): boolean {
  return hostErrorOf(e).key === 'error.payloadTooLarge';
}

/**
 * Reads the cells once the size is known: one sync for up to CHUNK_CELLS cells (values and,
 * where the host has them, merged areas), one more per further chunk. A chunk whose response is
 * still too large (long texts; Excel on the web caps responses at 5 MB) is read again in halves,
 * which is safe because nothing has been written yet.
 */
async function readCells(context: Excel.RequestContext, { ws, used }: SheetHandles): Promise<SheetInput> {
  const name = ws.name;
  if (used.isNullObject) return { values: [], name };
  const rows = used.rowCount;
  const columns = used.columnCount;
  const rowsPerChunk = Math.max(1, Math.floor(CHUNK_CELLS / columns));
  const values: CellValue[][] = [];
  let merges: Excel.RangeAreas | null = null;
  if (supports(MERGES_API)) {
    merges = used.getMergedAreasOrNullObject();
    merges.load('address');
  }
  const read = async (start: number, count: number): Promise<void> => {
    const part = ws.getRangeByIndexes(used.rowIndex + start, used.columnIndex, count, columns);
    part.load('values');
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadError(e) || count <= 1) throw e;
      const half = Math.ceil(count / 2);
      // The failed batch may have carried the merged-area load too; queue it again.
      if (merges) merges.load('address');
      await read(start, half);
      await read(start + half, count - half);
      return;
    }
    for (const row of part.values) values.push(row.map(cellValueOf));
  };
  for (let start = 0; start < rows; start += rowsPerChunk)
    await read(start, Math.min(rowsPerChunk, rows - start));
  const sheet: SheetInput = {
    values,
    originRow: used.rowIndex + 1,
    originColumn: used.columnIndex + 1,
    name,
  };
  if (merges && !merges.isNullObject) sheet.merges = mergesOfAddress(merges.address);
  return sheet;
}

/** Queues a load of the sheet's conditional formats with what identifies ours. */
function queueHighlightScan(ws: Excel.Worksheet): Excel.ConditionalFormatCollection {
  const formats = ws.getRange().conditionalFormats;
  formats.load('items/id,items/type,items/customOrNullObject/rule/formula');
  return formats;
}

/** After the sync: our conditional formats only (a user's custom format never carries the marker). */
function oursOf(formats: Excel.ConditionalFormatCollection): Excel.ConditionalFormat[] {
  return formats.items.filter((cf) => {
    if (cf.type !== 'Custom') return false;
    const custom = cf.customOrNullObject;
    return !custom.isNullObject && custom.rule.formula.toLowerCase().includes(HIGHLIGHT_MARKER);
  });
}

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * Queues the highlights as conditional formats over RangeAreas, a few per severity. Each is moved
 * to priority 0 so it shows over the user's own formats (their order among themselves is kept,
 * and removing ours gives them back their exact places); errors go last, so they end on top.
 */
function queuePaint(ws: Excel.Worksheet, highlights: readonly Highlight[]): number {
  for (const severity of [...SEVERITY_ORDER].reverse()) {
    const mine = highlights.filter((h) => h.severity === severity);
    let batch: Highlight[] = [];
    let chars = 0;
    const flush = () => {
      if (batch.length === 0) return;
      const cf = ws.getRanges(batch.map((h) => h.range).join(', ')).conditionalFormats.add('Custom');
      cf.custom.rule.formula = HIGHLIGHT_FORMULA;
      cf.custom.format.fill.color = batch[0]!.color;
      cf.priority = 0;
      batch = [];
      chars = 0;
    };
    for (const h of mine) {
      if (batch.length >= AREAS_PER_FORMAT || chars + h.range.length + 2 > ADDRESS_CHARS_PER_FORMAT) flush();
      batch.push(h);
      chars += h.range.length + 2;
    }
    flush();
  }
  return highlights.length;
}

function ignoredOf(setting: Excel.Setting, sheetName: string): { map: IgnoredMap; keys: string[] } {
  if (setting.isNullObject) return { map: {}, keys: [] };
  const raw: unknown = setting.value;
  const map: IgnoredMap = {};
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [sheet, keys] of Object.entries(raw as Record<string, unknown>)) {
      if (Array.isArray(keys)) map[sheet] = keys.filter((k): k is string => typeof k === 'string');
    }
  }
  return { map, keys: map[sheetName] ?? [] };
}

/**
 * Validate the active sheet and replace our previous highlights with new ones:
 * sync 1 size + protection + our old formats + ignored keys, sync 2 cells, sync 3 writes.
 */
export function validateActiveSheet(options: ValidateOptions): Promise<Outcome<ValidateOutcome>> {
  return guarded<ValidateOutcome>(async (context) => {
    const handles = queueSheetMeta(context);
    const formats = queueHighlightScan(handles.ws);
    const setting = context.workbook.settings.getItemOrNullObject(IGNORED_SETTING);
    setting.load('value');
    await context.sync();
    const sheet = await readCells(context, handles);
    const sheetName = handles.ws.name;
    const { keys } = ignoredOf(setting, sheetName);
    const result = validate(sheet, {
      lang: options.lang,
      infer: options.infer,
      anchor: options.anchor,
      ignored: keys,
    });
    if (handles.ws.protection.protected) {
      return ok({
        sheetName,
        result,
        ignored: keys,
        highlighted: 0,
        notice: { key: 'error.sheetProtected' },
      });
    }
    const old = oursOf(formats);
    for (const cf of old) cf.delete();
    const highlighted = queuePaint(handles.ws, highlightsOf(result.findings));
    if (old.length > 0 || highlighted > 0) await context.sync();
    return ok({ sheetName, result, ignored: keys, highlighted, notice: null });
  });
}

/** Removes our highlights from a sheet (the active one by default); nothing else is touched. */
export function clearHighlights(sheetName?: string): Promise<Outcome<{ removed: number }>> {
  return guarded(async (context) => {
    const ws =
      sheetName === undefined
        ? context.workbook.worksheets.getActiveWorksheet()
        : context.workbook.worksheets.getItem(sheetName);
    ws.protection.load('protected');
    const formats = queueHighlightScan(ws);
    await context.sync();
    if (ws.protection.protected) return fail('error.sheetProtected');
    const ours = oursOf(formats);
    for (const cf of ours) cf.delete();
    if (ours.length > 0) await context.sync();
    return ok({ removed: ours.length });
  });
}

/** Activates the sheet and selects the finding's cell or range. */
export function selectRange(sheetName: string, range: string): Promise<Outcome<null>> {
  return guarded(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheetName);
    ws.activate();
    ws.getRange(range).select();
    await context.sync();
    return ok(null);
  });
}

/** Stores the ignored keys of one sheet in the workbook (saved with the file). */
export function saveIgnored(sheetName: string, keys: readonly string[]): Promise<Outcome<IgnoredMap>> {
  return guarded(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(IGNORED_SETTING);
    setting.load('value');
    await context.sync();
    const { map } = ignoredOf(setting, sheetName);
    const next: IgnoredMap = { ...map };
    if (keys.length > 0) next[sheetName] = [...new Set(keys)];
    else delete next[sheetName];
    context.workbook.settings.add(IGNORED_SETTING, next);
    await context.sync();
    return ok(next);
  });
}

function selectedRowsOf(range: Excel.Range): number[] {
  const rows: number[] = [];
  for (let i = 0; i < range.rowCount; i++) rows.push(range.rowIndex + 1 + i);
  return rows;
}

async function planFor(
  context: Excel.RequestContext,
  request: FillRequest,
): Promise<{ handles: SheetHandles; preview: FillPreview; sheet: SheetInput }> {
  const handles = queueSheetMeta(context);
  const rule = request.rule.trim();
  const selection = rule ? context.workbook.getSelectedRange() : null;
  selection?.load('rowIndex,rowCount');
  await context.sync();
  const sheet = await readCells(context, handles);
  const rows = selection ? selectedRowsOf(selection) : [];
  const plan = planFill(
    sheet,
    rule
      ? { infer: request.infer, anchor: request.anchor, rule, rows }
      : { infer: request.infer, anchor: request.anchor },
  );
  const grid = findGrid(sheetViewOf(sheet), { currentYear: new Date().getFullYear() }).grid;
  return {
    handles,
    sheet,
    preview: { sheetName: handles.ws.name, plan, rows, monthColumns: grid ? [...grid.cols.months] : [] },
  };
}

/** What a fill would write, without writing: 2 syncs. */
export function previewFill(request: FillRequest): Promise<Outcome<FillPreview>> {
  return guarded(async (context) => ok((await planFor(context, request)).preview));
}

function valueAt(sheet: SheetInput, row: number, column: number): CellValue {
  return sheet.values[row - (sheet.originRow ?? 1)]?.[column - (sheet.originColumn ?? 1)] ?? null;
}

/**
 * Plans again on fresh cells and writes only the planned (empty) month cells: 3 syncs.
 * Returns what undo needs.
 */
export function applyFill(request: FillRequest): Promise<Outcome<FillOutcome>> {
  return guarded(async (context) => {
    const { handles, preview, sheet } = await planFor(context, request);
    if (handles.ws.protection.protected) return fail('error.sheetProtected');
    const writes: FillWrite[] = preview.plan.writes.filter((w) => valueAt(sheet, w.row, w.column) === null);
    for (const w of writes) handles.ws.getRange(w.cell).values = [[w.value]];
    if (writes.length > 0) await context.sync();
    const undo: UndoRecord = {
      sheetName: preview.sheetName,
      cells: writes.map((w) => ({
        cell: w.cell,
        row: w.row,
        column: w.column,
        written: w.value,
        before: null,
      })),
    };
    return ok({ ...preview, plan: { ...preview.plan, writes }, undo });
  });
}

/**
 * Undoes a fill: cells still holding what the fill wrote go back to empty; a cell the user
 * changed since is left alone. 2 syncs.
 */
export function undoFill(record: UndoRecord): Promise<Outcome<{ restored: number; kept: number }>> {
  return guarded(async (context) => {
    if (record.cells.length === 0) return fail('error.nothingToUndo');
    const ws = context.workbook.worksheets.getItem(record.sheetName);
    ws.protection.load('protected');
    const top = Math.min(...record.cells.map((c) => c.row));
    const bottom = Math.max(...record.cells.map((c) => c.row));
    const left = Math.min(...record.cells.map((c) => c.column));
    const right = Math.max(...record.cells.map((c) => c.column));
    const box = ws.getRangeByIndexes(top - 1, left - 1, bottom - top + 1, right - left + 1);
    box.load('values');
    await context.sync();
    if (ws.protection.protected) return fail('error.sheetProtected');
    let restored = 0;
    for (const c of record.cells) {
      const now = box.values[c.row - top]?.[c.column - left];
      if (now !== c.written) continue;
      ws.getRange(c.cell).values = [[c.before === null ? '' : c.before]];
      restored++;
    }
    if (restored > 0) await context.sync();
    return ok({ restored, kept: record.cells.length - restored });
  });
}

function rectAddress(top: number, left: number, bottom: number, right: number): string {
  const col = (n: number): string => {
    let s = '';
    for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
    return s;
  };
  const a = `${col(left)}${top}`;
  const b = `${col(right)}${bottom}`;
  return a === b ? a : `${a}:${b}`;
}

function uniqueName(wanted: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const name = `${wanted.slice(0, 31 - ` (${i})`.length)} (${i})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

const BORDER_EDGES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
] as const;
/** Excel column width is in points; one character of the default font is about 7 points wide. */
const POINTS_PER_CHAR = 7;

/** Adds a new lampiran sheet from the core's template: 2 syncs. */
export function insertTemplate(options: {
  kind: PlanKind;
  year: number;
  lang: Lang;
}): Promise<Outcome<{ sheetName: string }>> {
  return guarded(async (context) => {
    const tpl = buildTemplate(options);
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const name = uniqueName(
      tpl.name,
      sheets.items.map((s) => s.name),
    );
    const ws = sheets.add(name);
    const rows = tpl.values.length;
    const columns = Math.max(...tpl.values.map((r) => r.length));
    const values = tpl.values.map((r) => Array.from({ length: columns }, (_, j) => r[j] ?? ''));
    ws.getRange(rectAddress(1, 1, rows, columns)).values = values;
    for (const m of tpl.merges) ws.getRange(rectAddress(m.top, m.left, m.bottom, m.right)).merge(false);
    tpl.columnWidths.forEach((w, i) => {
      ws.getRange(rectAddress(1, i + 1, 1, i + 1)).format.columnWidth = w * POINTS_PER_CHAR;
    });
    const firstHeader = Math.min(...tpl.headerRows);
    const lastHeader = Math.max(...tpl.headerRows);
    const header = ws.getRange(rectAddress(firstHeader, 1, lastHeader, columns)).format;
    header.font.bold = true;
    header.horizontalAlignment = 'Center';
    header.verticalAlignment = 'Center';
    header.wrapText = true;
    const table = ws.getRange(rectAddress(firstHeader, 1, tpl.lastDataRow, columns)).format;
    for (const edge of BORDER_EDGES) table.borders.getItem(edge).style = 'Continuous';
    ws.getRange(tpl.monthRange).dataValidation.rule = {
      list: { inCellDropDown: true, source: tpl.marks.join(',') },
    };
    ws.pageLayout.orientation = 'Landscape';
    // Excel has no "F4"; Folio (8.5 × 13 in) is the same sheet.
    ws.pageLayout.paperSize = tpl.paperSize === 'F4' ? 'Folio' : 'A4';
    ws.pageLayout.setPrintTitleRows(`$${tpl.printTitleRows.first}:$${tpl.printTitleRows.last}`);
    ws.activate();
    await context.sync();
    return ok({ sheetName: name });
  });
}

/** `=HYPERLINK("#'Sheet'!E10","E10")`: a link any Excel follows, no newer API needed. */
export function cellLinkFormula(sheetName: string, cell: string): string {
  const target = `#'${sheetName.replace(/'/g, "''")}'!${cell}`;
  return `=HYPERLINK("${target.replace(/"/g, '""')}","${cell}")`;
}

/** A1 of a sheet we wrote: the report title in either language. */
function isOurReport(a1: unknown): boolean {
  return a1 === t('report.title', 'id') || a1 === t('report.title', 'en');
}

/**
 * Writes the "Laporan Validasi" sheet with a link to every finding's cell. An earlier report
 * (recognised by its title in A1) is replaced; a user's own sheet of that name is never touched —
 * the report then gets the next free name. 2 syncs, 3 when a sheet of that name exists.
 */
export function writeReport(
  outcome: Pick<ValidateOutcome, 'sheetName' | 'result'>,
  lang: Lang,
): Promise<Outcome<{ sheetName: string }>> {
  return guarded(async (context) => {
    const wanted = t('report.sheetName', lang);
    context.workbook.load('name');
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const taken = sheets.items.map((s) => s.name);
    const pattern = new RegExp(`^${wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(\\d+\\))?$`, 'i');
    const candidates = taken.filter((n) => pattern.test(n));
    let name = uniqueName(wanted, taken);
    let replace: Excel.Worksheet | null = null;
    if (candidates.length > 0) {
      const heads = candidates.map((n) => {
        const ws = sheets.getItem(n);
        ws.protection.load('protected');
        const head = ws.getRange('A1');
        head.load('values');
        return { n, ws, head };
      });
      await context.sync();
      const ours = heads.find((h) => isOurReport(h.head.values[0]?.[0]));
      if (ours) {
        if (ours.ws.protection.protected) return fail('error.sheetProtected');
        replace = ours.ws;
        name = ours.n;
      }
    }
    const report = buildReport(outcome.result, {
      source: context.workbook.name,
      sheet: outcome.sheetName,
      lang,
    });
    const rs = reportSheetOf(report, lang);
    replace?.delete();
    const ws = context.workbook.worksheets.add(name);
    const values = rs.values.map((r) => Array.from({ length: rs.columns }, (_, j) => r[j] ?? ''));
    ws.getRange(rectAddress(1, 1, values.length, rs.columns)).values = values;
    if (report.findings.length > 0) {
      const links = report.findings.map((f) => [
        f.cell === null ? null : cellLinkFormula(outcome.sheetName, f.cell),
      ]);
      const last = rs.firstFindingRow + links.length - 1;
      ws.getRange(rectAddress(rs.firstFindingRow, rs.cellColumn, last, rs.cellColumn)).formulas =
        links as string[][];
    }
    ws.getRange(rectAddress(1, 1, 1, 1)).format.font.bold = true;
    ws.getRange(rectAddress(rs.headerRow, 1, rs.headerRow, rs.columns)).format.font.bold = true;
    [14, 10, 20, 80, 30].forEach((w, i) => {
      ws.getRange(rectAddress(1, i + 1, 1, i + 1)).format.columnWidth = w * POINTS_PER_CHAR;
    });
    ws.activate();
    await context.sync();
    return ok({ sheetName: name });
  });
}

/** Office's display language mapped to the two the add-in speaks: English for en-*, else Indonesian. */
export function officeLang(): Lang {
  try {
    return /^en\b/i.test(Office.context.displayLanguage ?? '') ? 'en' : 'id';
  } catch {
    return 'id';
  }
}
