/// <reference types="google-apps-script" />
// The Google Sheets adapter: the only file that touches SpreadsheetApp, LockService,
// PropertiesService, HtmlService, Session and ScriptApp. Everything else receives data.
//
// Every function here costs a constant number of Spreadsheet service calls whatever the number
// of rows: one getValues/getMergedRanges read, one RangeList write, one get/set of the
// conditional-format rules.
import { a1, columnLetter, parseA1Range } from '../../shared/src/a1.js';
import type { CellValue, Highlight, MergeArea, SheetInput, TemplateSheet } from '../../shared/src/types.js';
import { chunksOf, utf8Length } from './undo-codec.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

export type HostErrorCode =
  | 'lock'
  | 'protected'
  | 'quota'
  | 'sheetMissing'
  | 'noSelection'
  | 'otherSheet'
  | 'undoTooLarge'
  | 'undoNotSaved'
  | 'nothingToUndo'
  | 'templateFailed'
  | 'unexpected';

/** A failure the user can act on; rendered as one line in their language by the caller. */
export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    readonly data: Record<string, string | number> = {},
  ) {
    super(code);
  }
}

const PROTECTED =
  /protected cell|protected range|protected sheet|trying to edit a protected|dilindungi|diproteksi/i;
const QUOTA = /too many times|service invoked|quota|rate limit|terlalu sering|kuota/i;

/** Sorts an exception thrown by an Apps Script service into something we can explain. */
export function hostErrorOf(error: unknown): HostError {
  if (error instanceof HostError) return error;
  // Not instanceof Error: an exception may come from another realm (a test harness).
  const raw =
    typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  const message = typeof raw === 'string' ? raw : String(error);
  if (PROTECTED.test(message)) return new HostError('protected');
  if (QUOTA.test(message)) return new HostError('quota');
  // A short, stable code lets support match the report without showing a stack trace.
  let hash = 0;
  for (let i = 0; i < message.length; i++) hash = (hash * 31 + message.charCodeAt(i)) >>> 0;
  return new HostError('unexpected', {
    code: `GS-${hash.toString(36).toUpperCase()}`,
    detail: message.slice(0, 200),
  });
}

// ---------------------------------------------------------------------------------------------
// Menu, sidebar, locale

export interface MenuItem {
  label: string;
  functionName: string;
}

/**
 * Adds the Lampiran menu. Touches nothing but the Ui service (and the AuthMode enum), so it works
 * in AuthMode.NONE. An add-on (installed, or running with no authorisation yet) uses the add-on
 * menu under Extensions; a bound script gets a top-level menu.
 */
export function addMenu(title: string, items: readonly MenuItem[], addon: boolean): void {
  const ui = SpreadsheetApp.getUi();
  const menu = addon ? ui.createAddonMenu() : ui.createMenu(title);
  for (const item of items) menu.addItem(item.label, item.functionName);
  menu.addToUi();
}

/** True when onOpen runs for an add-on that the user has not enabled in this document. */
export function isAuthModeNone(e: { authMode?: unknown } | undefined): boolean {
  return !!e && e.authMode === ScriptApp.AuthMode.NONE;
}

export function userLocale(): string {
  try {
    return Session.getActiveUserLocale() || '';
  } catch {
    // Not available in some authorisation modes; the caller falls back to Indonesian.
    return '';
  }
}

export const BOOT_MARKER = '<!--LAMPIRAN_BOOT-->';

/** Opens Sidebar.html with the boot data inlined as JSON (never as markup). */
export function showSidebarHtml(title: string, boot: unknown): void {
  const output = HtmlService.createHtmlOutputFromFile('Sidebar');
  // "<" escaped so cell text inside the JSON can never close the script element.
  const json = JSON.stringify(boot)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  const tag = `<script type="application/json" id="lampiran-boot">${json}</script>`;
  output.setContent(output.getContent().replace(BOOT_MARKER, () => tag));
  output.setTitle(title);
  SpreadsheetApp.getUi().showSidebar(output);
}

export function alertUser(message: string): void {
  SpreadsheetApp.getUi().alert(message);
}

export function toast(message: string, title: string): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, title, 5);
}

// ---------------------------------------------------------------------------------------------
// Reading

export interface SheetRead {
  sheet: Sheet;
  name: string;
  input: SheetInput;
}

function isDate(v: unknown): v is Date {
  // Dates may come from another realm (the test harness), so no instanceof.
  return Object.prototype.toString.call(v) === '[object Date]';
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A cell as the core expects it: dates as ISO text, everything else as read. */
function cellOf(v: unknown): CellValue {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (isDate(v)) {
    const d = v as Date;
    if (Number.isNaN(d.getTime())) return null;
    return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
  }
  return String(v);
}

function mergeOf(r: GoogleAppsScript.Spreadsheet.Range): MergeArea {
  const top = r.getRow();
  const left = r.getColumn();
  return { top, left, bottom: top + r.getNumRows() - 1, right: left + r.getNumColumns() - 1 };
}

/** Reads the active sheet once: one getValues and one getMergedRanges on the data range. */
export function readActiveSheet(): SheetRead {
  const sheet = SpreadsheetApp.getActiveSheet();
  return readSheet(sheet);
}

function readSheet(sheet: Sheet): SheetRead {
  const range = sheet.getDataRange();
  const raw = range.getValues();
  const merges = range.getMergedRanges().map(mergeOf);
  const values: CellValue[][] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const row = raw[i] ?? [];
    const out: CellValue[] = new Array(row.length);
    for (let j = 0; j < row.length; j++) out[j] = cellOf(row[j]);
    values[i] = out;
  }
  const name = sheet.getName();
  return { sheet, name, input: { values, originRow: 1, originColumn: 1, merges, name } };
}

/** Sheet rows covered by the user's selection on `sheet` (empty when nothing is selected). */
export function selectedRows(sheet: Sheet): number[] {
  const list = sheet.getActiveRangeList();
  const rows = new Set<number>();
  for (const r of list ? list.getRanges() : []) {
    const top = r.getRow();
    const n = r.getNumRows();
    for (let i = 0; i < n; i++) rows.add(top + i);
  }
  return [...rows].sort((a, b) => a - b);
}

export function sheetByName(name: string): Sheet {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  if (!sheet) throw new HostError('sheetMissing', { sheet: name });
  return sheet;
}

/** Selects a cell or range so the user sees it (the sidebar's click-through). */
export function activateRange(sheetName: string, range: string): string {
  const sheet = sheetByName(sheetName);
  const r = sheet.getRange(range);
  r.activate();
  return range;
}

// ---------------------------------------------------------------------------------------------
// Locking

/** Runs `write` under the document lock; a busy document is a clear message, never a wait forever. */
export function withDocumentLock<T>(write: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(10000)) throw new HostError('lock');
  try {
    return write();
  } finally {
    lock.releaseLock();
  }
}

// ---------------------------------------------------------------------------------------------
// Highlights as conditional-format rules

// A constant custom formula that is always TRUE and carries our name, so our rules are told apart
// from the user's without remembering anything elsewhere.
const MARK = 'lampiran-checker';
export function markerFormula(severity: string): string {
  return `=AND(TRUE,"${MARK}:${severity}"<>"")`;
}

function isOurRule(rule: Rule): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition) return false;
  if (condition.getCriteriaType() !== SpreadsheetApp.BooleanCriteria.CUSTOM_FORMULA) return false;
  const values = condition.getCriteriaValues();
  return typeof values[0] === 'string' && values[0].indexOf(`"${MARK}:`) !== -1;
}

/**
 * Replaces our previous highlights with `highlights`, keeping the user's rules in their order.
 * Ours go first so a flagged cell shows the flag even under a user's own rule. Returns the number
 * of rectangles painted.
 */
export function paintHighlights(sheet: Sheet, highlights: readonly Highlight[]): number {
  const existing = sheet.getConditionalFormatRules();
  const user = existing.filter((r) => !isOurRule(r));
  const ours: Rule[] = [];
  if (highlights.length > 0) {
    // One RangeList for every rectangle, then one rule per severity: a constant number of calls.
    const ranges = sheet.getRangeList(highlights.map((h) => h.range)).getRanges();
    const bySeverity = new Map<string, { color: string; ranges: GoogleAppsScript.Spreadsheet.Range[] }>();
    highlights.forEach((h, i) => {
      const range = ranges[i];
      if (!range) return;
      let group = bySeverity.get(h.severity);
      if (!group) bySeverity.set(h.severity, (group = { color: h.color, ranges: [] }));
      group.ranges.push(range);
    });
    for (const severity of ['error', 'warning', 'info']) {
      const group = bySeverity.get(severity);
      if (!group) continue;
      ours.push(
        SpreadsheetApp.newConditionalFormatRule()
          .whenFormulaSatisfied(markerFormula(severity))
          .setBackground(group.color)
          .setRanges(group.ranges)
          .build(),
      );
    }
  }
  if (ours.length === 0 && user.length === existing.length) return 0;
  sheet.setConditionalFormatRules([...ours, ...user]);
  return highlights.length;
}

/** Removes our rules only; the user's rules are written back unchanged and in order. */
export function removeHighlights(sheet: Sheet): number {
  const existing = sheet.getConditionalFormatRules();
  const user = existing.filter((r) => !isOurRule(r));
  const removed = existing.length - user.length;
  if (removed > 0) sheet.setConditionalFormatRules(user);
  return removed;
}

export function activeSheet(): Sheet {
  return SpreadsheetApp.getActiveSheet();
}

// ---------------------------------------------------------------------------------------------
// Cell writes (fill and undo)

/** Writes `value` into exactly these cells with one RangeList call; other cells are untouched. */
export function writeCells(sheet: Sheet, cells: readonly string[], value: string | boolean): void {
  if (cells.length === 0) return;
  sheet.getRangeList([...cells]).setValue(value);
}

/**
 * Undoes a fill: reads the cells' bounding box once and resets only cells still holding `value`,
 * so an edit the user made since the fill is never lost. Returns the cells reset.
 */
export function resetCells(
  sheet: Sheet,
  cells: readonly { row: number; column: number }[],
  value: string | boolean,
): number {
  if (cells.length === 0) return 0;
  let top = Infinity,
    left = Infinity,
    bottom = 0,
    right = 0;
  for (const c of cells) {
    top = Math.min(top, c.row);
    left = Math.min(left, c.column);
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.column);
  }
  const current = sheet.getRange(top, left, bottom - top + 1, right - left + 1).getValues();
  const still = cells
    .filter((c) => current[c.row - top]?.[c.column - left] === value)
    .map((c) => a1(c.row, c.column));
  if (still.length === 0) return 0;
  const list = sheet.getRangeList(still);
  // A checkbox goes back to unticked; a text mark back to empty.
  if (typeof value === 'boolean') list.setValue(false);
  else list.clearContent();
  return still.length;
}

// ---------------------------------------------------------------------------------------------
// Document properties: small entries, chunked so one entry may exceed the 9 KB per value limit.

/** Bytes per stored value; Apps Script's documented limit is 9 KB, measured nearer 8 KB. */
export const CHUNK_BYTES = 8000;
/** What we allow ourselves of the 500 KB per store, leaving room for anything else. */
export const STORE_BYTES = 450_000;

function properties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

function assemble(all: Record<string, string>, name: string): string | null {
  const count = Number(all[name]);
  if (!Number.isInteger(count) || count < 1) return null;
  let text = '';
  for (let i = 0; i < count; i++) {
    const part = all[`${name}.${i}`];
    if (part === undefined) return null;
    text += part;
  }
  return text;
}

/** One entry, or null when absent or damaged. */
export function readEntry(name: string): string | null {
  return assemble(properties().getProperties(), name);
}

function byteChunks(text: string): string[] {
  // Split on characters but measure bytes, so a non-ASCII sheet name never overflows a value.
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of text) {
    const b = utf8Length(ch);
    if (bytes + b > CHUNK_BYTES) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += b;
  }
  out.push(current);
  return out;
}

/**
 * Replaces (or deletes, with null) entries in one read and one write of the store. Throws
 * HostError('undoTooLarge') before writing anything when the store would exceed STORE_BYTES.
 */
export function writeEntries(updates: Record<string, string | null>): void {
  const store = properties();
  const all = store.getProperties();
  const next: Record<string, string> = {};
  const touched = Object.keys(updates);
  for (const [k, v] of Object.entries(all)) {
    const ownedBy = touched.find((name) => k === name || k.startsWith(`${name}.`));
    if (!ownedBy) next[k] = v;
  }
  for (const name of touched) {
    const text = updates[name];
    if (text === null || text === undefined) continue;
    // ASCII text (byte length = length) can be cut anywhere; other text is cut by bytes.
    const parts = utf8Length(text) === text.length ? chunksOf(text, CHUNK_BYTES) : byteChunks(text);
    next[name] = String(parts.length);
    parts.forEach((p, i) => (next[`${name}.${i}`] = p));
  }
  let total = 0;
  for (const [k, v] of Object.entries(next)) total += utf8Length(k) + utf8Length(v);
  if (total > STORE_BYTES) throw new HostError('undoTooLarge', { bytes: total });
  store.setProperties(next, true);
}

// ---------------------------------------------------------------------------------------------
// Template

const PX_PER_CHAR = 7;

/** Inserts the template as a new sheet; on any failure the half-built sheet is deleted again. */
export function writeTemplate(template: TemplateSheet): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const existing = new Set(ss.getSheets().map((s) => s.getName()));
  let name = template.name;
  for (let n = 2; existing.has(name); n++) name = `${template.name} (${n})`;
  const sheet = ss.insertSheet(name);
  try {
    const width = template.values.reduce((w, r) => Math.max(w, r.length), 0);
    const height = template.values.length;
    if (height > 0 && width > 0) {
      const rows = template.values.map((r) => {
        const out: (string | number | boolean)[] = new Array(width);
        for (let j = 0; j < width; j++) {
          const v = r[j];
          out[j] = v === null || v === undefined ? '' : v;
        }
        return out;
      });
      sheet.getRange(1, 1, height, width).setValues(rows);
      if (template.merges.length > 0) {
        for (const r of sheet
          .getRangeList(template.merges.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`))
          .getRanges())
          r.merge();
      }
      if (template.headerRows.length > 0) {
        sheet
          .getRangeList(template.headerRows.map((r) => `A${r}:${columnLetter(width)}${r}`))
          .setFontWeight('bold')
          .setHorizontalAlignment('center')
          .setVerticalAlignment('middle')
          .setWrap(true)
          .setBorder(true, true, true, true, true, true);
      }
    }
    template.columnWidths.forEach((chars, i) =>
      sheet.setColumnWidth(i + 1, Math.max(24, Math.round(chars * PX_PER_CHAR + 10))),
    );
    const months = parseA1Range(template.monthRange);
    if (months && template.marks.length > 0) {
      const rule = SpreadsheetApp.newDataValidation()
        .requireValueInList([...template.marks], true)
        .setAllowInvalid(false)
        .build();
      sheet.getRange(template.monthRange).setDataValidation(rule);
    }
    // Google Sheets repeats frozen rows on every printed page: the nearest to Excel's print titles.
    if (template.printTitleRows.last > 0) sheet.setFrozenRows(template.printTitleRows.last);
    sheet.activate();
    return name;
  } catch (error) {
    try {
      ss.deleteSheet(sheet);
    } catch {
      // The original failure is the one worth reporting.
    }
    throw error;
  }
}
