// An in-memory Google Sheets for Apps Script code: SpreadsheetApp, LockService,
// PropertiesService, HtmlService, Session and ScriptApp, with the methods the bundle uses.
// It counts every call, and fails the way Apps Script fails (protected cells, a busy lock,
// quota errors, property size limits). It does not model formulas, rendering, or real
// conditional-format evaluation — see docs/apps-script.md for what it does not prove.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { a1, parseA1Range } from '../../shared/src/a1.js';
import type { MergeArea } from '../../shared/src/types.js';

export type Category = 'data' | 'handle' | 'builder' | 'ui' | 'html' | 'lock' | 'properties' | 'session';

export interface CallRecord {
  name: string;
  category: Category;
}

export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
export const QUOTA_MESSAGE = 'Service invoked too many times for one day: spreadsheets.';

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function rectOf(a1Text: string): Rect {
  const r = parseA1Range(a1Text);
  if (!r) throw new Error(`Range not found: ${a1Text}`);
  return { top: r.row, left: r.column, bottom: r.endRow, right: r.endColumn };
}

function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function a1OfRect(r: Rect): string {
  return r.top === r.bottom && r.left === r.right
    ? a1(r.top, r.left)
    : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
}

// ---------------------------------------------------------------------------------------------

export class FakeGas {
  readonly calls: CallRecord[] = [];
  readonly spreadsheet: FakeSpreadsheet;
  readonly properties = new FakeProperties(this);
  readonly menus: {
    title: string | null;
    addon: boolean;
    items: { label: string; functionName: string }[];
  }[] = [];
  readonly sidebars: { title: string; html: string }[] = [];
  readonly alerts: string[] = [];
  readonly toasts: string[] = [];
  locale = 'id';
  /** false makes tryLock time out, as when another user's script holds the document lock. */
  lockAvailable = true;
  lockHeld = false;
  /** Next call whose name matches throws this message (then the failure is consumed). */
  private failures: { name: string; message: string }[] = [];
  htmlDir: string;

  constructor(options: { htmlDir: string }) {
    this.htmlDir = options.htmlDir;
    this.spreadsheet = new FakeSpreadsheet(this);
  }

  record(name: string, category: Category): void {
    this.calls.push({ name, category });
    const i = this.failures.findIndex((f) => f.name === name);
    if (i !== -1) {
      const [f] = this.failures.splice(i, 1);
      throw new Error(f!.message);
    }
  }

  /** Makes the next call to `name` (e.g. "RangeList.setValue") throw like Apps Script. */
  failNext(name: string, message: string = QUOTA_MESSAGE): void {
    this.failures.push({ name, message });
  }

  resetCalls(): void {
    this.calls.length = 0;
  }

  count(category?: Category | Category[]): number {
    if (!category) return this.calls.length;
    const set = new Set(Array.isArray(category) ? category : [category]);
    return this.calls.filter((c) => set.has(c.category)).length;
  }

  /** Calls on Spreadsheet-service objects (SpreadsheetApp, Spreadsheet, Sheet, Range, RangeList, rules). */
  spreadsheetCalls(): { data: number; all: number } {
    const ss = this.calls.filter(
      (c) => c.category === 'data' || c.category === 'handle' || c.category === 'builder',
    );
    return { data: ss.filter((c) => c.category === 'data').length, all: ss.length };
  }

  /** The globals Apps Script gives a script, to put into a vm context. */
  globals(): Record<string, unknown> {
    const ss = this.spreadsheet;
    const SpreadsheetApp = {
      BooleanCriteria: BOOLEAN_CRITERIA,
      getActiveSpreadsheet: () => (this.record('SpreadsheetApp.getActiveSpreadsheet', 'handle'), ss),
      getActiveSheet: () => (this.record('SpreadsheetApp.getActiveSheet', 'data'), ss.active),
      getUi: () => (this.record('SpreadsheetApp.getUi', 'ui'), new FakeUi(this)),
      newConditionalFormatRule: () => (
        this.record('SpreadsheetApp.newConditionalFormatRule', 'builder'),
        new FakeRuleBuilder(this)
      ),
      newDataValidation: () => (
        this.record('SpreadsheetApp.newDataValidation', 'builder'),
        new FakeValidationBuilder(this)
      ),
      flush: () => this.record('SpreadsheetApp.flush', 'data'),
    };
    const LockService = {
      getDocumentLock: () => (this.record('LockService.getDocumentLock', 'lock'), new FakeLock(this)),
    };
    const PropertiesService = {
      getDocumentProperties: () => (
        this.record('PropertiesService.getDocumentProperties', 'properties'),
        this.properties
      ),
    };
    const HtmlService = {
      createHtmlOutputFromFile: (name: string) => {
        this.record('HtmlService.createHtmlOutputFromFile', 'html');
        return new FakeHtmlOutput(this, readFileSync(join(this.htmlDir, `${name}.html`), 'utf8'));
      },
      createHtmlOutput: (html = '') => (
        this.record('HtmlService.createHtmlOutput', 'html'),
        new FakeHtmlOutput(this, html)
      ),
    };
    const Session = {
      getActiveUserLocale: () => (this.record('Session.getActiveUserLocale', 'session'), this.locale),
    };
    const ScriptApp = {
      AuthMode: { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' },
    };
    return { SpreadsheetApp, LockService, PropertiesService, HtmlService, Session, ScriptApp };
  }
}

const BOOLEAN_CRITERIA = {
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  CELL_EMPTY: 'CELL_EMPTY',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
} as const;

// ---------------------------------------------------------------------------------------------

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  active: FakeSheet;
  private nextId = 0;
  constructor(readonly gas: FakeGas) {
    this.active = this.addSheet('Sheet1');
  }

  /** Test helper (not an Apps Script method): adds a sheet without counting a call. */
  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(this.gas, this, name, this.nextId++);
    this.sheets.push(sheet);
    return sheet;
  }

  getActiveSheet(): FakeSheet {
    this.gas.record('Spreadsheet.getActiveSheet', 'data');
    return this.active;
  }
  getSheets(): FakeSheet[] {
    this.gas.record('Spreadsheet.getSheets', 'data');
    return [...this.sheets];
  }
  getSheetByName(name: string): FakeSheet | null {
    this.gas.record('Spreadsheet.getSheetByName', 'data');
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  insertSheet(name: string): FakeSheet {
    this.gas.record('Spreadsheet.insertSheet', 'data');
    if (this.sheets.some((s) => s.name === name))
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const sheet = this.addSheet(name);
    this.active = sheet;
    return sheet;
  }
  deleteSheet(sheet: FakeSheet): void {
    this.gas.record('Spreadsheet.deleteSheet', 'data');
    const i = this.sheets.indexOf(sheet);
    if (i !== -1) this.sheets.splice(i, 1);
    if (this.active === sheet) this.active = this.sheets[0]!;
  }
  toast(msg: string): void {
    this.gas.record('Spreadsheet.toast', 'data');
    this.gas.toasts.push(msg);
  }
}

export interface RuleSpec {
  ranges: Rect[];
  criteria: string;
  values: unknown[];
  background: string | null;
  gradient?: boolean;
}

export class FakeSheet {
  /** Cell values, row-major, 1-based via get/set; missing = empty (''). */
  private values: unknown[][] = [];
  readonly notes = new Map<string, string>();
  readonly backgrounds = new Map<string, string>();
  merges: Rect[] = [];
  rules: RuleSpec[] = [];
  /** Protected rectangles; the user running the script may not edit them. */
  protections: Rect[] = [];
  activeRange: string | null = null;
  frozenRows = 0;
  readonly columnWidths = new Map<number, number>();
  readonly validations: { range: string; values: string[] }[] = [];
  readonly fontWeights = new Map<string, string>();

  constructor(
    readonly gas: FakeGas,
    readonly spreadsheet: FakeSpreadsheet,
    public name: string,
    readonly id: number,
  ) {}

  // --- test helpers (not counted) ---
  load(values: readonly (readonly unknown[])[], merges: readonly MergeArea[] = []): this {
    this.values = values.map((r) => r.map((v) => (v === null || v === undefined ? '' : v)));
    this.merges = merges.map((m) => ({ ...m }));
    return this;
  }
  cell(row: number, column: number): unknown {
    return this.values[row - 1]?.[column - 1] ?? '';
  }
  put(row: number, column: number, value: unknown): void {
    while (this.values.length < row) this.values.push([]);
    const r = this.values[row - 1]!;
    while (r.length < column) r.push('');
    r[column - 1] = value === null || value === undefined ? '' : value;
  }
  protect(a1Range: string): void {
    this.protections.push(rectOf(a1Range));
  }
  addUserRule(spec: Omit<RuleSpec, 'ranges'> & { ranges: string[] }): void {
    this.rules.push({ ...spec, ranges: spec.ranges.map(rectOf) });
  }
  /** A comparable picture of everything the user owns on this sheet. */
  snapshot(): unknown {
    return JSON.parse(
      JSON.stringify({
        values: this.values.map((r) => {
          const copy = [...r];
          while (copy.length > 0 && copy[copy.length - 1] === '') copy.pop();
          return copy;
        }),
        notes: [...this.notes],
        backgrounds: [...this.backgrounds],
        merges: this.merges,
        rules: this.rules,
      }),
    );
  }
  lastRow(): number {
    for (let i = this.values.length - 1; i >= 0; i--) if (this.values[i]!.some((v) => v !== '')) return i + 1;
    return 0;
  }
  lastColumn(): number {
    let last = 0;
    for (const r of this.values)
      for (let j = r.length - 1; j >= last; j--)
        if (r[j] !== '') {
          last = j + 1;
          break;
        }
    return last;
  }
  assertEditable(rects: readonly Rect[]): void {
    for (const r of rects)
      for (const p of this.protections) if (intersects(r, p)) throw new Error(PROTECTED_MESSAGE);
  }

  // --- Apps Script methods ---
  getName(): string {
    this.gas.record('Sheet.getName', 'handle');
    return this.name;
  }
  getSheetId(): number {
    this.gas.record('Sheet.getSheetId', 'handle');
    return this.id;
  }
  getDataRange(): FakeRange {
    this.gas.record('Sheet.getDataRange', 'data');
    const rows = Math.max(1, this.lastRow());
    const cols = Math.max(1, this.lastColumn());
    return new FakeRange(this, { top: 1, left: 1, bottom: rows, right: cols });
  }
  getRange(a: string | number, column?: number, numRows = 1, numColumns = 1): FakeRange {
    this.gas.record('Sheet.getRange', 'handle');
    if (typeof a === 'string') return new FakeRange(this, rectOf(a));
    if (!column || numRows < 1 || numColumns < 1)
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    return new FakeRange(this, {
      top: a,
      left: column,
      bottom: a + numRows - 1,
      right: column + numColumns - 1,
    });
  }
  getRangeList(a1s: string[]): FakeRangeList {
    this.gas.record('Sheet.getRangeList', 'handle');
    if (a1s.length === 0)
      throw new Error("Exception: The parameters (number[]) don't match the method signature");
    return new FakeRangeList(
      this,
      a1s.map((x) => new FakeRange(this, rectOf(x))),
    );
  }
  getActiveRangeList(): FakeRangeList | null {
    this.gas.record('Sheet.getActiveRangeList', 'data');
    if (!this.activeRange) return null;
    return new FakeRangeList(
      this,
      this.activeRange.split(',').map((x) => new FakeRange(this, rectOf(x))),
    );
  }
  getConditionalFormatRules(): FakeRule[] {
    this.gas.record('Sheet.getConditionalFormatRules', 'data');
    return this.rules.map(
      (r) => new FakeRule(this.gas, this, { ...r, ranges: r.ranges.map((x) => ({ ...x })) }),
    );
  }
  setConditionalFormatRules(rules: FakeRule[]): void {
    this.gas.record('Sheet.setConditionalFormatRules', 'data');
    const next = rules.map((r) => r.spec);
    // Changing the formatting of protected cells is an edit of those cells.
    const before = new Set(this.rules.map((r) => JSON.stringify(r)));
    const after = new Set(next.map((r) => JSON.stringify(r)));
    const changed = [
      ...this.rules.filter((r) => !after.has(JSON.stringify(r))),
      ...next.filter((r) => !before.has(JSON.stringify(r))),
    ];
    this.assertEditable(changed.flatMap((r) => r.ranges));
    this.rules = next.map((r) => JSON.parse(JSON.stringify(r)) as RuleSpec);
  }
  setColumnWidth(column: number, width: number): this {
    this.gas.record('Sheet.setColumnWidth', 'data');
    this.columnWidths.set(column, width);
    return this;
  }
  setFrozenRows(rows: number): void {
    this.gas.record('Sheet.setFrozenRows', 'data');
    this.frozenRows = rows;
  }
  activate(): this {
    this.gas.record('Sheet.activate', 'data');
    this.spreadsheet.active = this;
    return this;
  }
}

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly rect: Rect,
  ) {}
  private get gas(): FakeGas {
    return this.sheet.gas;
  }
  getRow(): number {
    this.gas.record('Range.getRow', 'handle');
    return this.rect.top;
  }
  getColumn(): number {
    this.gas.record('Range.getColumn', 'handle');
    return this.rect.left;
  }
  getNumRows(): number {
    this.gas.record('Range.getNumRows', 'handle');
    return this.rect.bottom - this.rect.top + 1;
  }
  getNumColumns(): number {
    this.gas.record('Range.getNumColumns', 'handle');
    return this.rect.right - this.rect.left + 1;
  }
  getLastRow(): number {
    this.gas.record('Range.getLastRow', 'handle');
    return this.rect.bottom;
  }
  getLastColumn(): number {
    this.gas.record('Range.getLastColumn', 'handle');
    return this.rect.right;
  }
  getA1Notation(): string {
    this.gas.record('Range.getA1Notation', 'handle');
    return a1OfRect(this.rect);
  }
  getValues(): unknown[][] {
    this.gas.record('Range.getValues', 'data');
    const out: unknown[][] = [];
    for (let r = this.rect.top; r <= this.rect.bottom; r++) {
      const row: unknown[] = [];
      for (let c = this.rect.left; c <= this.rect.right; c++) row.push(this.sheet.cell(r, c));
      out.push(row);
    }
    return out;
  }
  getMergedRanges(): FakeRange[] {
    this.gas.record('Range.getMergedRanges', 'data');
    return this.sheet.merges
      .filter((m) => intersects(m, this.rect))
      .map((m) => new FakeRange(this.sheet, { ...m }));
  }
  setValues(values: unknown[][]): this {
    this.gas.record('Range.setValues', 'data');
    const rows = this.rect.bottom - this.rect.top + 1;
    const cols = this.rect.right - this.rect.left + 1;
    if (values.length !== rows || values.some((r) => r.length !== cols)) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${rows}.`,
      );
    }
    this.sheet.assertEditable([this.rect]);
    values.forEach((r, i) => r.forEach((v, j) => this.sheet.put(this.rect.top + i, this.rect.left + j, v)));
    return this;
  }
  setValue(value: unknown): this {
    this.gas.record('Range.setValue', 'data');
    this.sheet.assertEditable([this.rect]);
    for (let r = this.rect.top; r <= this.rect.bottom; r++)
      for (let c = this.rect.left; c <= this.rect.right; c++) this.sheet.put(r, c, value);
    return this;
  }
  clearContent(): this {
    this.gas.record('Range.clearContent', 'data');
    this.sheet.assertEditable([this.rect]);
    for (let r = this.rect.top; r <= this.rect.bottom; r++)
      for (let c = this.rect.left; c <= this.rect.right; c++) this.sheet.put(r, c, '');
    return this;
  }
  getNote(): string {
    this.gas.record('Range.getNote', 'data');
    return this.sheet.notes.get(a1(this.rect.top, this.rect.left)) ?? '';
  }
  setNote(note: string): this {
    this.gas.record('Range.setNote', 'data');
    this.sheet.assertEditable([this.rect]);
    this.sheet.notes.set(a1(this.rect.top, this.rect.left), note);
    return this;
  }
  setBackground(color: string): this {
    this.gas.record('Range.setBackground', 'data');
    this.sheet.assertEditable([this.rect]);
    this.sheet.backgrounds.set(a1OfRect(this.rect), color);
    return this;
  }
  merge(): this {
    this.gas.record('Range.merge', 'data');
    this.sheet.assertEditable([this.rect]);
    this.sheet.merges.push({ ...this.rect });
    return this;
  }
  activate(): this {
    this.gas.record('Range.activate', 'data');
    this.sheet.spreadsheet.active = this.sheet;
    this.sheet.activeRange = a1OfRect(this.rect);
    return this;
  }
  setDataValidation(rule: { values: string[] }): this {
    this.gas.record('Range.setDataValidation', 'data');
    this.sheet.assertEditable([this.rect]);
    this.sheet.validations.push({ range: a1OfRect(this.rect), values: rule.values });
    return this;
  }
}

export class FakeRangeList {
  constructor(
    readonly sheet: FakeSheet,
    readonly ranges: FakeRange[],
  ) {}
  private write(name: string, apply: (r: FakeRange) => void): this {
    this.sheet.gas.record(`RangeList.${name}`, 'data');
    // Apps Script applies a RangeList call as one request: a protected cell anywhere fails it all.
    this.sheet.assertEditable(this.ranges.map((r) => r.rect));
    for (const r of this.ranges) apply(r);
    return this;
  }
  getRanges(): FakeRange[] {
    this.sheet.gas.record('RangeList.getRanges', 'handle');
    return [...this.ranges];
  }
  setValue(value: unknown): this {
    return this.write('setValue', (r) => {
      for (let row = r.rect.top; row <= r.rect.bottom; row++)
        for (let c = r.rect.left; c <= r.rect.right; c++) this.sheet.put(row, c, value);
    });
  }
  clearContent(): this {
    return this.write('clearContent', (r) => {
      for (let row = r.rect.top; row <= r.rect.bottom; row++)
        for (let c = r.rect.left; c <= r.rect.right; c++) this.sheet.put(row, c, '');
    });
  }
  setFontWeight(weight: string): this {
    return this.write('setFontWeight', (r) => this.sheet.fontWeights.set(a1OfRect(r.rect), weight));
  }
  setHorizontalAlignment(): this {
    return this.write('setHorizontalAlignment', () => undefined);
  }
  setVerticalAlignment(): this {
    return this.write('setVerticalAlignment', () => undefined);
  }
  setWrap(): this {
    return this.write('setWrap', () => undefined);
  }
  setBorder(): this {
    return this.write('setBorder', () => undefined);
  }
  activate(): this {
    this.sheet.gas.record('RangeList.activate', 'data');
    this.sheet.activeRange = this.ranges.map((r) => a1OfRect(r.rect)).join(',');
    return this;
  }
}

export class FakeRule {
  constructor(
    readonly gas: FakeGas,
    readonly sheet: FakeSheet | null,
    readonly spec: RuleSpec,
  ) {}
  getBooleanCondition() {
    this.gas.record('ConditionalFormatRule.getBooleanCondition', 'builder');
    if (this.spec.gradient) return null;
    const spec = this.spec;
    const gas = this.gas;
    return {
      getCriteriaType: () => (gas.record('BooleanCondition.getCriteriaType', 'builder'), spec.criteria),
      getCriteriaValues: () => (
        gas.record('BooleanCondition.getCriteriaValues', 'builder'),
        [...spec.values]
      ),
      getBackground: () => (gas.record('BooleanCondition.getBackground', 'builder'), spec.background),
    };
  }
  getGradientCondition() {
    this.gas.record('ConditionalFormatRule.getGradientCondition', 'builder');
    return this.spec.gradient ? {} : null;
  }
  getRanges(): FakeRange[] {
    this.gas.record('ConditionalFormatRule.getRanges', 'builder');
    if (!this.sheet) return [];
    return this.spec.ranges.map((r) => new FakeRange(this.sheet!, { ...r }));
  }
}

class FakeRuleBuilder {
  private spec: RuleSpec = { ranges: [], criteria: '', values: [], background: null };
  private sheet: FakeSheet | null = null;
  constructor(readonly gas: FakeGas) {}
  whenFormulaSatisfied(formula: string): this {
    this.gas.record('ConditionalFormatRuleBuilder.whenFormulaSatisfied', 'builder');
    this.spec.criteria = BOOLEAN_CRITERIA.CUSTOM_FORMULA;
    this.spec.values = [formula];
    return this;
  }
  whenTextContains(text: string): this {
    this.gas.record('ConditionalFormatRuleBuilder.whenTextContains', 'builder');
    this.spec.criteria = BOOLEAN_CRITERIA.TEXT_CONTAINS;
    this.spec.values = [text];
    return this;
  }
  setBackground(color: string): this {
    this.gas.record('ConditionalFormatRuleBuilder.setBackground', 'builder');
    this.spec.background = color;
    return this;
  }
  setRanges(ranges: FakeRange[]): this {
    this.gas.record('ConditionalFormatRuleBuilder.setRanges', 'builder');
    this.spec.ranges = ranges.map((r) => ({ ...r.rect }));
    this.sheet = ranges[0]?.sheet ?? null;
    return this;
  }
  build(): FakeRule {
    this.gas.record('ConditionalFormatRuleBuilder.build', 'builder');
    if (!this.spec.criteria) throw new Error('Conditional format rule must have a condition.');
    return new FakeRule(this.gas, this.sheet, JSON.parse(JSON.stringify(this.spec)) as RuleSpec);
  }
}

class FakeValidationBuilder {
  private values: string[] = [];
  constructor(readonly gas: FakeGas) {}
  requireValueInList(values: string[]): this {
    this.gas.record('DataValidationBuilder.requireValueInList', 'builder');
    this.values = [...values];
    return this;
  }
  setAllowInvalid(): this {
    this.gas.record('DataValidationBuilder.setAllowInvalid', 'builder');
    return this;
  }
  build(): { values: string[] } {
    this.gas.record('DataValidationBuilder.build', 'builder');
    return { values: this.values };
  }
}

class FakeUi {
  constructor(readonly gas: FakeGas) {}
  createMenu(title: string): FakeMenu {
    this.gas.record('Ui.createMenu', 'ui');
    return new FakeMenu(this.gas, title, false);
  }
  createAddonMenu(): FakeMenu {
    this.gas.record('Ui.createAddonMenu', 'ui');
    return new FakeMenu(this.gas, null, true);
  }
  showSidebar(output: FakeHtmlOutput): void {
    this.gas.record('Ui.showSidebar', 'ui');
    this.gas.sidebars.push({ title: output.title, html: output.getContentUncounted() });
  }
  alert(message: string): string {
    this.gas.record('Ui.alert', 'ui');
    this.gas.alerts.push(message);
    return 'OK';
  }
}

class FakeMenu {
  private items: { label: string; functionName: string }[] = [];
  constructor(
    readonly gas: FakeGas,
    readonly title: string | null,
    readonly addon: boolean,
  ) {}
  addItem(label: string, functionName: string): this {
    this.gas.record('Menu.addItem', 'ui');
    this.items.push({ label, functionName });
    return this;
  }
  addSeparator(): this {
    this.gas.record('Menu.addSeparator', 'ui');
    return this;
  }
  addToUi(): void {
    this.gas.record('Menu.addToUi', 'ui');
    this.gas.menus.push({ title: this.title, addon: this.addon, items: [...this.items] });
  }
}

class FakeHtmlOutput {
  title = '';
  constructor(
    readonly gas: FakeGas,
    private content: string,
  ) {}
  getContent(): string {
    this.gas.record('HtmlOutput.getContent', 'html');
    return this.content;
  }
  getContentUncounted(): string {
    return this.content;
  }
  setContent(content: string): this {
    this.gas.record('HtmlOutput.setContent', 'html');
    this.content = content;
    return this;
  }
  setTitle(title: string): this {
    this.gas.record('HtmlOutput.setTitle', 'html');
    this.title = title;
    return this;
  }
}

class FakeLock {
  private mine = false;
  constructor(readonly gas: FakeGas) {}
  tryLock(_timeoutMs: number): boolean {
    this.gas.record('Lock.tryLock', 'lock');
    if (!this.gas.lockAvailable || this.gas.lockHeld) return false;
    this.gas.lockHeld = true;
    this.mine = true;
    return true;
  }
  hasLock(): boolean {
    this.gas.record('Lock.hasLock', 'lock');
    return this.mine;
  }
  releaseLock(): void {
    this.gas.record('Lock.releaseLock', 'lock');
    if (this.mine) this.gas.lockHeld = false;
    this.mine = false;
  }
}

/** PropertiesService limits as documented: 9 KB per value, 500 KB per store. */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

export class FakeProperties {
  readonly data = new Map<string, string>();
  constructor(readonly gas: FakeGas) {}
  private check(next: Map<string, string>): void {
    let total = 0;
    for (const [k, v] of next) {
      const bytes = Buffer.byteLength(v);
      if (bytes > PROPERTY_VALUE_LIMIT) throw new Error('Argument too large: value');
      total += Buffer.byteLength(k) + bytes;
    }
    if (total > PROPERTY_STORE_LIMIT)
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
  }
  getProperty(key: string): string | null {
    this.gas.record('Properties.getProperty', 'properties');
    return this.data.get(key) ?? null;
  }
  getProperties(): Record<string, string> {
    this.gas.record('Properties.getProperties', 'properties');
    return Object.fromEntries(this.data);
  }
  getKeys(): string[] {
    this.gas.record('Properties.getKeys', 'properties');
    return [...this.data.keys()];
  }
  setProperty(key: string, value: string): this {
    this.gas.record('Properties.setProperty', 'properties');
    const next = new Map(this.data).set(key, String(value));
    this.check(next);
    this.data.set(key, String(value));
    return this;
  }
  setProperties(props: Record<string, string>, deleteAllOthers = false): this {
    this.gas.record('Properties.setProperties', 'properties');
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.data);
    for (const [k, v] of Object.entries(props)) next.set(k, String(v));
    this.check(next);
    this.data.clear();
    for (const [k, v] of next) this.data.set(k, v);
    return this;
  }
  deleteProperty(key: string): this {
    this.gas.record('Properties.deleteProperty', 'properties');
    this.data.delete(key);
    return this;
  }
}
