// A test double of the Office.js Excel API: only what the add-in uses, but with the rules that
// make real add-ins fail. Proxies queue commands; nothing happens until context.sync(); a
// property read before it was loaded *and* synced throws like the real API; every sync is
// counted; a sync can fail with the host's error codes. Browser-safe (no node imports): the
// browser test bundles it in place of office.js.

export type FakeValue = string | number | boolean;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeCell {
  value: FakeValue;
  formula: string | null;
  fill: string | null;
  fontColor: string;
  bold: boolean;
  numberFormat: string;
  horizontalAlignment: string;
  wrapText: boolean;
  border: boolean;
}

export interface FakeConditionalFormat {
  id: string;
  type: 'Custom' | 'CellValue' | 'ColorScale' | 'DataBar';
  rects: Rect[];
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  conditionalFormats: FakeConditionalFormat[] = [];
  merges: Rect[] = [];
  protected = false;
  columnWidths = new Map<number, number>();
  orientation: string | null = null;
  paperSize: string | null = null;
  printTitleRows: string | null = null;
  validations: { rect: Rect; rule: unknown }[] = [];
  constructor(public name: string) {}

  cell(row: number, column: number): FakeCell | undefined {
    return this.cells.get(`${row},${column}`);
  }
  value(row: number, column: number): FakeValue {
    return this.cell(row, column)?.value ?? '';
  }
  /** The cell, created with Excel's defaults on first write. */
  cellForWrite(row: number, column: number): FakeCell {
    const key = `${row},${column}`;
    let c = this.cells.get(key);
    if (!c) {
      c = {
        value: '',
        formula: null,
        fill: null,
        fontColor: '#000000',
        bold: false,
        numberFormat: 'General',
        horizontalAlignment: 'General',
        wrapText: false,
        border: false,
      };
      this.cells.set(key, c);
    }
    return c;
  }
  /** Rows/columns holding a value (valuesOnly used range), or null for an empty sheet. */
  usedRect(valuesOnly: boolean): Rect | null {
    let r: Rect | null = null;
    for (const [key, c] of this.cells) {
      const empty = c.value === '' && c.formula === null;
      const plain = c.fill === null && !c.bold && c.numberFormat === 'General' && !c.border;
      if (empty && (valuesOnly || plain)) continue;
      const [row, column] = key.split(',').map(Number) as [number, number];
      r = r
        ? {
            top: Math.min(r.top, row),
            left: Math.min(r.left, column),
            bottom: Math.max(r.bottom, row),
            right: Math.max(r.right, column),
          }
        : { top: row, left: column, bottom: row, right: column };
    }
    return r;
  }
  /**
   * The fill a user sees: the highest-priority custom format whose formula is true wins over the
   * cell's own fill. The fake evaluates only constant formulas (=TRUE, =ISTEXT("…")); any other
   * formula counts as false.
   */
  displayedFill(row: number, column: number): string | null {
    const alwaysTrue = (f: string | null) => f !== null && /^=(TRUE|ISTEXT\("[^"]*"\))$/i.test(f.trim());
    for (const cf of this.conditionalFormats) {
      if (
        cf.type === 'Custom' &&
        cf.fill &&
        alwaysTrue(cf.formula) &&
        cf.rects.some((r) => inside(r, row, column))
      )
        return cf.fill;
    }
    return this.cell(row, column)?.fill ?? null;
  }
  /** Everything a user could see or lose, for before/after comparisons. */
  snapshot(): unknown {
    return {
      cells: [...this.cells].filter(([, c]) => !isDefault(c)).sort(([a], [b]) => (a < b ? -1 : 1)),
      conditionalFormats: this.conditionalFormats.map((cf) => ({
        ...cf,
        rects: cf.rects.map((r) => ({ ...r })),
      })),
      merges: this.merges.map((m) => ({ ...m })),
    };
  }
}

function isDefault(c: FakeCell): boolean {
  return (
    c.value === '' &&
    c.formula === null &&
    c.fill === null &&
    c.fontColor === '#000000' &&
    !c.bold &&
    c.numberFormat === 'General' &&
    c.horizontalAlignment === 'General' &&
    !c.wrapText &&
    !c.border
  );
}

function inside(r: Rect, row: number, column: number): boolean {
  return row >= r.top && row <= r.bottom && column >= r.left && column <= r.right;
}
function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
function cellsOf(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

export function letters(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
function columnOf(text: string): number {
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}
export function rectA1(r: Rect): string {
  const a = `${letters(r.left)}${r.top}`;
  const b = `${letters(r.right)}${r.bottom}`;
  return a === b ? a : `${a}:${b}`;
}
function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "A1", "B2:C3", "Sheet1!A1", "'My sheet'!$A$1:$B$2" -> sheet name (if any) and rectangle. */
export function parseAddress(address: string): { sheet: string | null; rect: Rect } {
  let sheet: string | null = null;
  let ref = address.trim();
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    sheet = ref.slice(0, bang);
    if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref);
  if (!m)
    throw fakeError(
      'InvalidArgument',
      `The argument is invalid or missing or has an incorrect format: ${address}`,
    );
  const r1 = Number(m[2]);
  const c1 = columnOf(m[1]!);
  const r2 = m[4] ? Number(m[4]) : r1;
  const c2 = m[3] ? columnOf(m[3]) : c1;
  return {
    sheet,
    rect: {
      top: Math.min(r1, r2),
      left: Math.min(c1, c2),
      bottom: Math.max(r1, r2),
      right: Math.max(c1, c2),
    },
  };
}

export interface FakeErrorShape extends Error {
  code: string;
  debugInfo: { code: string; message: string };
}
export function fakeError(code: string, message: string): FakeErrorShape {
  const e = new Error(message) as FakeErrorShape;
  e.name = 'RichApi.Error';
  e.code = code;
  e.debugInfo = { code, message };
  return e;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  activeSheet = '';
  selection: { sheet: string; rect: Rect } = { sheet: '', rect: { top: 1, left: 1, bottom: 1, right: 1 } };
  settings = new Map<string, unknown>();
  name = 'lampiran.xlsx';
  private nextId = 1;

  addSheet(name: string, values: readonly (readonly (FakeValue | null | undefined)[])[] = []): FakeSheet {
    const s = new FakeSheet(name);
    values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v !== null && v !== undefined && v !== '') s.cellForWrite(i + 1, j + 1).value = v;
      }),
    );
    this.sheets.push(s);
    if (!this.activeSheet) {
      this.activeSheet = name;
      this.selection = { sheet: name, rect: { top: 1, left: 1, bottom: 1, right: 1 } };
    }
    return s;
  }
  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  active(): FakeSheet {
    const s = this.sheet(this.activeSheet);
    if (!s) throw fakeError('ItemNotFound', 'No active worksheet');
    return s;
  }
  newCfId(): string {
    return `{CF-${this.nextId++}}`;
  }
}

interface Op {
  kind: 'load' | 'write';
  /** Cells the response will carry (loads) — evaluated before anything runs. */
  cost: () => number;
  run: () => void;
}

/** Host behaviour a test can turn on. */
export interface FakeHostOptions {
  /** Highest ExcelApi minor version supported, e.g. 9 for 1.9 (default 13). */
  excelApi?: number;
  displayLanguage?: string;
}

export class FakeExcelHost {
  workbook = new FakeWorkbook();
  syncs = 0;
  /** Commands sent over all syncs (writes and loads), for diagnostics. */
  commands = 0;
  excelApi: number;
  displayLanguage: string;
  /** When true, every sync fails with InvalidOperationInCellEditMode (the user is typing in a cell). */
  editMode = false;
  /** A response carrying more cells than this fails with ResponsePayloadSizeLimitExceeded. */
  responseCellLimit = 1_000_000;
  /** A request with more commands than this fails with RequestPayloadSizeLimitExceeded. */
  requestCommandLimit = 200_000;
  /** Fail the sync with this 1-based number (counted over the host's life) with the code. */
  failSync: { at: number; code: string } | null = null;

  constructor(options: FakeHostOptions = {}) {
    this.excelApi = options.excelApi ?? 13;
    this.displayLanguage = options.displayLanguage ?? 'id-ID';
  }

  isSetSupported(name: string, version?: string): boolean {
    if (name !== 'ExcelApi') return false;
    const minor = Number(String(version ?? '1.1').split('.')[1] ?? 1);
    return minor <= this.excelApi;
  }

  requireApi(minor: number, what: string): void {
    if (this.excelApi < minor) throw fakeError('ApiNotFound', `${what} needs ExcelApi 1.${minor}`);
  }

  /** Runs a batch like Excel.run: a context whose queued commands reach the workbook only at sync(). */
  async run<T>(batch: (context: FakeContext) => Promise<T>): Promise<T> {
    const context = new FakeContext(this);
    const out = await batch(context);
    if (context.pending.length > 0) await context.sync();
    return out;
  }

  /** Installs `Excel` and `Office` globals on `target` (globalThis in tests and in the browser). */
  install(target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): void {
    const displayLanguage = (): string => this.displayLanguage;
    target.Excel = {
      run: <T>(batch: (context: FakeContext) => Promise<T>) => this.run(batch),
      ConditionalFormatType: { custom: 'Custom', cellValue: 'CellValue' },
      ErrorCodes: {
        accessDenied: 'AccessDenied',
        invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode',
        responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
        itemNotFound: 'ItemNotFound',
        apiNotFound: 'ApiNotFound',
      },
    };
    const actions = new Map<string, (event: unknown) => void>();
    target.Office = {
      HostType: { Excel: 'Excel' },
      context: {
        get displayLanguage() {
          return displayLanguage();
        },
        requirements: {
          isSetSupported: (name: string, version?: string) => this.isSetSupported(name, version),
        },
      },
      onReady: (callback?: (info: { host: string; platform: string }) => void) => {
        const info = { host: 'Excel', platform: 'OfficeOnline' };
        callback?.(info);
        return Promise.resolve(info);
      },
      actions: { associate: (name: string, fn: (event: unknown) => void) => actions.set(name, fn) },
      __actions: actions,
    };
  }
}

export class FakeContext {
  pending: Op[] = [];
  workbook: WorkbookProxy;
  constructor(readonly host: FakeExcelHost) {
    this.workbook = new WorkbookProxy(this);
  }
  queue(op: Op): void {
    this.pending.push(op);
  }
  async sync(): Promise<void> {
    const ops = this.pending;
    this.pending = [];
    const host = this.host;
    host.syncs++;
    host.commands += ops.length;
    // Let the caller's microtasks run first, as a real round trip would.
    await Promise.resolve();
    if (host.failSync && host.failSync.at === host.syncs)
      throw fakeError(host.failSync.code, `Injected ${host.failSync.code}`);
    if (host.editMode) throw fakeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    if (ops.length > host.requestCommandLimit)
      throw fakeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    let cells = 0;
    for (const op of ops) if (op.kind === 'load') cells += op.cost();
    if (cells > host.responseCellLimit)
      throw fakeError(
        'ResponsePayloadSizeLimitExceeded',
        'The response payload size has exceeded the limit.',
      );
    // Commands run in order; the first failure stops the batch (earlier commands stay applied).
    for (const op of ops) op.run();
  }
}

type LoadSpec = string | string[] | Record<string, unknown> | undefined;

function pathsOf(spec: LoadSpec): string[] {
  if (spec === undefined) return [];
  if (Array.isArray(spec)) return spec.flatMap((s) => s.split(','));
  if (typeof spec === 'string') return spec.split(',');
  const select = (spec as { select?: string }).select;
  return typeof select === 'string' ? select.split(',') : Object.keys(spec);
}

/** Base of every proxy: loaded values live here and are readable only after a sync. */
abstract class ClientObject {
  protected loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  constructor(protected readonly ctx: FakeContext) {}

  /** The workbook object behind the proxy, resolved when a command runs; null for a null object. */
  protected abstract target(): unknown;
  /** Scalar property names loaded by a bare load(). */
  protected abstract scalars(): string[];
  /** The current value of a scalar property. */
  protected abstract read(name: string, target: unknown): unknown;
  /** Child proxies reachable in a load path. */
  protected nav(_name: string): ClientObject | null {
    return null;
  }
  protected loadCost(_paths: string[]): number {
    return 0;
  }

  load(spec?: LoadSpec): this {
    const paths = pathsOf(spec)
      .map((p) => p.trim())
      .filter((p) => p !== '');
    this.ctx.queue({ kind: 'load', cost: () => this.loadCost(paths), run: () => this.loadNow(paths) });
    return this;
  }

  loadNow(paths: string[]): void {
    const t = this.target();
    this.nullState = t === null;
    if (t === null) return;
    const list = paths.length === 0 ? this.scalars() : paths;
    for (const path of list) {
      const [head, ...rest] = path.split('/');
      const child = this.nav(head!);
      if (child) child.loadNow(rest.length ? [rest.join('/')] : []);
      else this.loaded.set(head!, this.read(head!, t));
    }
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded('isNullObject');
    return this.nullState;
  }

  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }

  protected write(run: () => void): void {
    this.ctx.queue({ kind: 'write', cost: () => 0, run });
  }
}

function notLoaded(name: string): FakeErrorShape {
  return fakeError(
    'PropertyNotLoaded',
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function checkWritable(sheet: FakeSheet): void {
  if (sheet.protected)
    throw fakeError('AccessDenied', 'The cell or chart you are trying to change is protected.');
}

export class WorkbookProxy extends ClientObject {
  readonly worksheets: WorksheetCollectionProxy;
  readonly settings: SettingCollectionProxy;
  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.settings = new SettingCollectionProxy(ctx);
  }
  protected target(): unknown {
    return this.ctx.host.workbook;
  }
  protected scalars(): string[] {
    return ['name'];
  }
  protected read(name: string): unknown {
    if (name === 'name') return this.ctx.host.workbook.name;
    throw fakeError('InvalidArgument', `Unknown property ${name}`);
  }
  get name(): string {
    return this.get('name');
  }
  getSelectedRange(): RangeProxy {
    const wb = this.ctx.host.workbook;
    return new RangeProxy(this.ctx, () => {
      const s = wb.sheet(wb.selection.sheet) ?? wb.active();
      return { sheet: s, rect: wb.selection.rect };
    });
  }
}

export class WorksheetCollectionProxy extends ClientObject {
  protected target(): unknown {
    return this.ctx.host.workbook.sheets;
  }
  protected scalars(): string[] {
    return ['items'];
  }
  protected read(name: string): unknown {
    if (name === 'items') return this.ctx.host.workbook.sheets.map((s) => bindSheet(this.ctx, s, ['name']));
    throw fakeError('InvalidArgument', `Unknown property ${name}`);
  }
  override loadNow(paths: string[]): void {
    const sub = paths.filter((p) => p.startsWith('items/')).map((p) => p.slice(6));
    this.loaded.set(
      'items',
      this.ctx.host.workbook.sheets.map((s) => bindSheet(this.ctx, s, sub.length ? sub : ['name'])),
    );
  }
  get items(): WorksheetProxy[] {
    return this.get('items');
  }
  getActiveWorksheet(): WorksheetProxy {
    const wb = this.ctx.host.workbook;
    return new WorksheetProxy(this.ctx, () => wb.active());
  }
  getItem(name: string): WorksheetProxy {
    const wb = this.ctx.host.workbook;
    return new WorksheetProxy(this.ctx, () => {
      const s = wb.sheet(name);
      if (!s) throw fakeError('ItemNotFound', `The requested resource doesn't exist: ${name}`);
      return s;
    });
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    const wb = this.ctx.host.workbook;
    return new WorksheetProxy(this.ctx, () => wb.sheet(name) ?? null);
  }
  add(name: string): WorksheetProxy {
    const wb = this.ctx.host.workbook;
    let created: FakeSheet | null = null;
    this.write(() => {
      if (wb.sheet(name)) throw fakeError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
      if (name.length > 31 || /[\\/?*[\]:]/.test(name))
        throw fakeError('InvalidArgument', `Invalid sheet name ${name}`);
      created = wb.addSheet(name);
    });
    return new WorksheetProxy(this.ctx, () => {
      if (!created) throw fakeError('ItemNotFound', 'Sheet not created');
      return created;
    });
  }
}

function bindSheet(ctx: FakeContext, s: FakeSheet, paths: string[]): WorksheetProxy {
  const p = new WorksheetProxy(ctx, () => s);
  p.loadNow(paths);
  return p;
}

export class WorksheetProxy extends ClientObject {
  readonly protection: ProtectionProxy;
  readonly pageLayout: PageLayoutProxy;
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => FakeSheet | null,
  ) {
    super(ctx);
    this.protection = new ProtectionProxy(ctx, resolve);
    this.pageLayout = new PageLayoutProxy(ctx, resolve, () => this.sheet());
  }
  sheet(): FakeSheet {
    const s = this.resolve();
    if (!s) throw fakeError('InvalidObjectPath', 'The object path does not work: null worksheet');
    return s;
  }
  protected target(): unknown {
    return this.resolve();
  }
  protected scalars(): string[] {
    return ['name'];
  }
  protected read(name: string, t: unknown): unknown {
    if (name === 'name') return (t as FakeSheet).name;
    throw fakeError('InvalidArgument', `Unknown property ${name}`);
  }
  protected override nav(name: string): ClientObject | null {
    return name === 'protection' ? this.protection : null;
  }
  get name(): string {
    return this.get('name');
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const s = this.sheet();
      if (address === undefined)
        return { sheet: s, rect: { top: 1, left: 1, bottom: 1_048_576, right: 16_384 } };
      return { sheet: s, rect: parseAddress(address).rect };
    });
  }
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      this.ctx.host.requireApi(7, 'getRangeByIndexes');
      if (rowCount < 1 || columnCount < 1) throw fakeError('InvalidArgument', 'Empty range');
      return {
        sheet: this.sheet(),
        rect: {
          top: startRow + 1,
          left: startColumn + 1,
          bottom: startRow + rowCount,
          right: startColumn + columnCount,
        },
      };
    });
  }
  getRanges(address: string): RangeAreasProxy {
    return new RangeAreasProxy(this.ctx, () => {
      const s = this.sheet();
      return { sheet: s, rects: address.split(',').map((a) => parseAddress(a).rect) };
    });
  }
  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const s = this.sheet();
      const r = s.usedRect(valuesOnly);
      return { sheet: s, rect: r ?? { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const s = this.sheet();
      const r = s.usedRect(valuesOnly);
      return r ? { sheet: s, rect: r } : null;
    });
  }
  activate(): void {
    this.write(() => {
      this.ctx.host.workbook.activeSheet = this.sheet().name;
    });
  }
  delete(): void {
    this.write(() => {
      const s = this.sheet();
      const wb = this.ctx.host.workbook;
      wb.sheets = wb.sheets.filter((x) => x !== s);
      if (wb.activeSheet === s.name) wb.activeSheet = wb.sheets[0]?.name ?? '';
    });
  }
}

export class ProtectionProxy extends ClientObject {
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => FakeSheet | null,
  ) {
    super(ctx);
  }
  protected target(): unknown {
    return this.resolve();
  }
  protected scalars(): string[] {
    return ['protected'];
  }
  protected read(name: string, t: unknown): unknown {
    if (name === 'protected') return (t as FakeSheet).protected;
    throw fakeError('InvalidArgument', `Unknown property ${name}`);
  }
  get protected(): boolean {
    return this.get('protected');
  }
}

export class PageLayoutProxy extends ClientObject {
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => FakeSheet | null,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
  }
  protected target(): unknown {
    return this.resolve();
  }
  protected scalars(): string[] {
    return ['orientation', 'paperSize'];
  }
  protected read(name: string, t: unknown): unknown {
    return (t as Record<string, unknown>)[name];
  }
  set orientation(v: string) {
    this.write(() => {
      this.ctx.host.requireApi(9, 'pageLayout');
      checkWritable(this.sheet());
      this.sheet().orientation = v;
    });
  }
  get orientation(): string {
    return this.get('orientation');
  }
  set paperSize(v: string) {
    this.write(() => {
      this.ctx.host.requireApi(9, 'pageLayout');
      checkWritable(this.sheet());
      this.sheet().paperSize = v;
    });
  }
  get paperSize(): string {
    return this.get('paperSize');
  }
  setPrintTitleRows(rows: string): void {
    this.write(() => {
      this.ctx.host.requireApi(9, 'pageLayout');
      this.sheet().printTitleRows = rows;
    });
  }
}

type RangeTarget = { sheet: FakeSheet; rect: Rect };

export class RangeProxy extends ClientObject {
  readonly format: RangeFormatProxy;
  readonly conditionalFormats: ConditionalFormatCollectionProxy;
  readonly dataValidation: DataValidationProxy;
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => RangeTarget | null,
  ) {
    super(ctx);
    this.format = new RangeFormatProxy(ctx, () => [this.range()]);
    this.conditionalFormats = new ConditionalFormatCollectionProxy(ctx, () => {
      const r = this.range();
      return { sheet: r.sheet, rects: [r.rect] };
    });
    this.dataValidation = new DataValidationProxy(ctx, () => [this.range()]);
  }
  range(): RangeTarget {
    const r = this.resolve();
    if (!r) throw fakeError('InvalidObjectPath', 'The object path does not work: null range');
    return r;
  }
  protected target(): unknown {
    return this.resolve();
  }
  protected scalars(): string[] {
    return [
      'address',
      'values',
      'formulas',
      'numberFormat',
      'rowIndex',
      'columnIndex',
      'rowCount',
      'columnCount',
    ];
  }
  protected override loadCost(paths: string[]): number {
    const heavy =
      paths.length === 0 || paths.some((p) => ['values', 'formulas', 'numberFormat', 'text'].includes(p));
    if (!heavy) return 0;
    const r = this.resolve();
    return r
      ? cellsOf(r.rect) *
          Math.max(1, paths.filter((p) => ['values', 'formulas', 'numberFormat', 'text'].includes(p)).length)
      : 0;
  }
  protected read(name: string, t: unknown): unknown {
    const { sheet, rect } = t as RangeTarget;
    const grid = <T>(f: (row: number, column: number) => T): T[][] => {
      const out: T[][] = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        const row: T[] = [];
        for (let c = rect.left; c <= rect.right; c++) row.push(f(r, c));
        out.push(row);
      }
      return out;
    };
    switch (name) {
      case 'address':
        return `${quoteSheet(sheet.name)}!${rectA1(rect)}`;
      case 'values':
        return grid((r, c) => sheet.value(r, c));
      case 'text':
        return grid((r, c) => String(sheet.value(r, c)));
      case 'formulas':
        return grid((r, c) => sheet.cell(r, c)?.formula ?? sheet.value(r, c));
      case 'numberFormat':
        return grid((r, c) => sheet.cell(r, c)?.numberFormat ?? 'General');
      case 'rowIndex':
        return rect.top - 1;
      case 'columnIndex':
        return rect.left - 1;
      case 'rowCount':
        return rect.bottom - rect.top + 1;
      case 'columnCount':
        return rect.right - rect.left + 1;
      default:
        throw fakeError('InvalidArgument', `Unknown property ${name}`);
    }
  }
  get address(): string {
    return this.get('address');
  }
  get values(): FakeValue[][] {
    return this.get('values');
  }
  get formulas(): FakeValue[][] {
    return this.get('formulas');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  /** Like the real API: null leaves a cell unchanged; "=…" is a formula unless the cell is text-formatted. */
  set values(v: (FakeValue | null)[][]) {
    this.writeGrid(v, false);
  }
  set formulas(v: (FakeValue | null)[][]) {
    this.writeGrid(v, true);
  }
  set numberFormat(v: string[][]) {
    this.write(() => {
      const { sheet, rect } = this.range();
      checkWritable(sheet);
      this.forEach(rect, v, (r, c, x) => {
        sheet.cellForWrite(r, c).numberFormat = String(x);
      });
    });
  }
  private writeGrid(v: (FakeValue | null)[][], _asFormula: boolean): void {
    this.write(() => {
      const { sheet, rect } = this.range();
      checkWritable(sheet);
      this.forEach(rect, v, (r, c, x) => {
        if (x === null) return;
        const cell = sheet.cellForWrite(r, c);
        // Like Excel, a leading "=" is a formula through values too, unless the cell is text-formatted.
        if (typeof x === 'string' && x.startsWith('=') && cell.numberFormat !== '@') {
          cell.formula = x;
          const link = /^=HYPERLINK\("((?:[^"]|"")*)"\s*,\s*"((?:[^"]|"")*)"\)$/i.exec(x);
          cell.value = link ? link[2]!.replace(/""/g, '"') : '';
        } else {
          cell.formula = null;
          cell.value = x;
        }
      });
    });
  }
  private forEach<T>(rect: Rect, v: T[][], f: (row: number, column: number, x: T) => void): void {
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    const scalar = v.length === 1 && v[0]?.length === 1;
    if (!scalar && (v.length !== rows || v.some((r) => r.length !== cols))) {
      throw fakeError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}x${cols}).`,
      );
    }
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < cols; j++) f(rect.top + i, rect.left + j, (scalar ? v[0]![0] : v[i]![j]) as T);
  }
  select(): void {
    this.write(() => {
      const { sheet, rect } = this.range();
      const wb = this.ctx.host.workbook;
      if (wb.activeSheet !== sheet.name)
        throw fakeError(
          'InvalidSelection',
          'The current selection is invalid for this operation (sheet not active).',
        );
      wb.selection = { sheet: sheet.name, rect: { ...rect } };
    });
  }
  merge(across = false): void {
    this.write(() => {
      const { sheet, rect } = this.range();
      checkWritable(sheet);
      const rows = across
        ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => rect.top + i)
        : [rect.top];
      for (const top of rows) {
        const m = across ? { ...rect, top, bottom: top } : { ...rect };
        if (sheet.merges.some((x) => intersects(x, m)))
          throw fakeError('MergedRangeConflict', 'Cannot merge overlapping ranges.');
        sheet.merges.push(m);
        for (let r = m.top; r <= m.bottom; r++)
          for (let c = m.left; c <= m.right; c++)
            if (r !== m.top || c !== m.left) sheet.cells.delete(`${r},${c}`);
      }
    });
  }
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.ctx, () => {
      this.ctx.host.requireApi(13, 'getMergedAreasOrNullObject');
      const { sheet, rect } = this.range();
      const rects = sheet.merges.filter((m) => intersects(m, rect));
      return rects.length ? { sheet, rects } : null;
    });
  }
}

export class RangeAreasProxy extends ClientObject {
  readonly conditionalFormats: ConditionalFormatCollectionProxy;
  readonly format: RangeFormatProxy;
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => { sheet: FakeSheet; rects: Rect[] } | null,
  ) {
    super(ctx);
    this.conditionalFormats = new ConditionalFormatCollectionProxy(ctx, () => {
      ctx.host.requireApi(9, 'RangeAreas');
      const r = this.resolve();
      if (!r) throw fakeError('InvalidObjectPath', 'null RangeAreas');
      return r;
    });
    this.format = new RangeFormatProxy(ctx, () => {
      const r = this.resolve();
      if (!r) throw fakeError('InvalidObjectPath', 'null RangeAreas');
      return r.rects.map((rect) => ({ sheet: r.sheet, rect }));
    });
  }
  protected target(): unknown {
    return this.resolve();
  }
  protected scalars(): string[] {
    return ['address', 'areaCount'];
  }
  protected read(name: string, t: unknown): unknown {
    const { sheet, rects } = t as { sheet: FakeSheet; rects: Rect[] };
    if (name === 'address') return rects.map((r) => `${quoteSheet(sheet.name)}!${rectA1(r)}`).join(', ');
    if (name === 'areaCount') return rects.length;
    throw fakeError('InvalidArgument', `Unknown property ${name}`);
  }
  get address(): string {
    return this.get('address');
  }
  get areaCount(): number {
    return this.get('areaCount');
  }
}

export class RangeFormatProxy {
  readonly fill: { color: string; clear(): void };
  readonly font: { bold: boolean; color: string };
  readonly borders: { getItem(index: string): { style: string } };
  constructor(
    private readonly ctx: FakeContext,
    private readonly ranges: () => RangeTarget[],
  ) {
    const each = (f: (cell: FakeCell) => void) =>
      ctx.queue({
        kind: 'write',
        cost: () => 0,
        run: () => {
          for (const { sheet, rect } of this.ranges()) {
            checkWritable(sheet);
            for (let r = rect.top; r <= rect.bottom; r++)
              for (let c = rect.left; c <= rect.right; c++) f(sheet.cellForWrite(r, c));
          }
        },
      });
    const unreadable = (name: string) => () => {
      throw notLoaded(name);
    };
    this.fill = {
      set color(v: string) {
        each((c) => (c.fill = v));
      },
      get color(): string {
        return unreadable('color')();
      },
      clear: () => each((c) => (c.fill = null)),
    };
    this.font = {
      set bold(v: boolean) {
        each((c) => (c.bold = v));
      },
      get bold(): boolean {
        return unreadable('bold')();
      },
      set color(v: string) {
        each((c) => (c.fontColor = v));
      },
      get color(): string {
        return unreadable('color')();
      },
    };
    this.borders = {
      getItem: () => ({
        set style(_v: string) {
          each((c) => (c.border = true));
        },
        get style(): string {
          return unreadable('style')();
        },
      }),
    };
    this.setters = { each };
  }
  private setters: { each: (f: (cell: FakeCell) => void) => void };
  set horizontalAlignment(v: string) {
    this.setters.each((c) => (c.horizontalAlignment = v));
  }
  set wrapText(v: boolean) {
    this.setters.each((c) => (c.wrapText = v));
  }
  set verticalAlignment(_v: string) {
    this.setters.each(() => undefined);
  }
  set columnWidth(v: number) {
    this.ctx.queue({
      kind: 'write',
      cost: () => 0,
      run: () => {
        for (const { sheet, rect } of this.ranges())
          for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, v);
      },
    });
  }
}

export class DataValidationProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly ranges: () => RangeTarget[],
  ) {}
  set rule(v: unknown) {
    this.ctx.queue({
      kind: 'write',
      cost: () => 0,
      run: () => {
        this.ctx.host.requireApi(8, 'dataValidation');
        for (const { sheet, rect } of this.ranges()) {
          checkWritable(sheet);
          sheet.validations.push({ rect: { ...rect }, rule: v });
        }
      },
    });
  }
}

export class ConditionalFormatCollectionProxy extends ClientObject {
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => { sheet: FakeSheet; rects: Rect[] },
  ) {
    super(ctx);
  }
  protected target(): unknown {
    return this.resolve();
  }
  protected scalars(): string[] {
    return ['items'];
  }
  protected read(): unknown {
    return this.bindItems(['id', 'type', 'priority']);
  }
  private bindItems(paths: string[]): ConditionalFormatProxy[] {
    const { sheet, rects } = this.resolve();
    return sheet.conditionalFormats
      .filter((cf) => cf.rects.some((r) => rects.some((x) => intersects(r, x))))
      .map((cf) => {
        const p = new ConditionalFormatProxy(this.ctx, () => cf, sheet);
        p.loadNow(paths);
        return p;
      });
  }
  override loadNow(paths: string[]): void {
    const sub = paths.filter((p) => p.startsWith('items/')).map((p) => p.slice(6));
    this.loaded.set('items', this.bindItems(sub.length ? sub : ['id', 'type', 'priority']));
  }
  get items(): ConditionalFormatProxy[] {
    return this.get('items');
  }
  add(type: string): ConditionalFormatProxy {
    let created: FakeConditionalFormat | null = null;
    let where: FakeSheet | null = null;
    this.write(() => {
      this.ctx.host.requireApi(6, 'conditionalFormats');
      const { sheet, rects } = this.resolve();
      checkWritable(sheet);
      created = {
        id: this.ctx.host.workbook.newCfId(),
        type: type as FakeConditionalFormat['type'],
        rects: rects.map((r) => ({ ...r })),
        formula: null,
        fill: null,
        fontColor: null,
      };
      // Excel gives a new format the lowest priority (it is appended).
      sheet.conditionalFormats.push(created);
      where = sheet;
    });
    return new ConditionalFormatProxy(
      this.ctx,
      () => created,
      () => where,
    );
  }
  clearAll(): void {
    this.write(() => {
      const { sheet, rects } = this.resolve();
      checkWritable(sheet);
      sheet.conditionalFormats = sheet.conditionalFormats.filter(
        (cf) => !cf.rects.some((r) => rects.some((x) => intersects(r, x))),
      );
    });
  }
}

export class ConditionalFormatProxy extends ClientObject {
  readonly custom: CustomFormatProxy;
  readonly customOrNullObject: CustomFormatProxy;
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => FakeConditionalFormat | null,
    sheet: FakeSheet | (() => FakeSheet | null),
  ) {
    super(ctx);
    const sheetOf = typeof sheet === 'function' ? sheet : () => sheet;
    this.custom = new CustomFormatProxy(
      ctx,
      () => {
        const cf = this.cf();
        if (cf.type !== 'Custom') throw fakeError('InvalidOperation', 'Not a custom conditional format');
        return cf;
      },
      sheetOf,
    );
    this.customOrNullObject = new CustomFormatProxy(
      ctx,
      () => {
        const cf = this.resolve();
        return cf && cf.type === 'Custom' ? cf : null;
      },
      sheetOf,
    );
  }
  private cf(): FakeConditionalFormat {
    const cf = this.resolve();
    if (!cf) throw fakeError('ItemNotFound', 'Conditional format not found');
    return cf;
  }
  protected target(): unknown {
    return this.resolve();
  }
  protected scalars(): string[] {
    return ['id', 'type', 'priority'];
  }
  protected override nav(name: string): ClientObject | null {
    if (name === 'customOrNullObject') return this.customOrNullObject;
    if (name === 'custom') return this.custom;
    return null;
  }
  protected read(name: string, t: unknown): unknown {
    const cf = t as FakeConditionalFormat;
    if (name === 'id') return cf.id;
    if (name === 'type') return cf.type;
    if (name === 'priority') {
      for (const s of this.ctx.host.workbook.sheets) {
        const i = s.conditionalFormats.indexOf(cf);
        if (i >= 0) return i;
      }
      return -1;
    }
    throw fakeError('InvalidArgument', `Unknown property ${name}`);
  }
  get id(): string {
    return this.get('id');
  }
  /** Like Excel: setting a priority moves the format to that index; the others keep their order. */
  set priority(v: number) {
    this.write(() => {
      const cf = this.cf();
      for (const s of this.ctx.host.workbook.sheets) {
        const i = s.conditionalFormats.indexOf(cf);
        if (i < 0) continue;
        checkWritable(s);
        s.conditionalFormats.splice(i, 1);
        s.conditionalFormats.splice(Math.max(0, Math.min(v, s.conditionalFormats.length)), 0, cf);
        return;
      }
      throw fakeError('ItemNotFound', 'Conditional format not found');
    });
  }
  get priority(): number {
    return this.get('priority');
  }
  get type(): string {
    return this.get('type');
  }
  delete(): void {
    this.write(() => {
      const cf = this.cf();
      for (const s of this.ctx.host.workbook.sheets) {
        const i = s.conditionalFormats.indexOf(cf);
        if (i >= 0) {
          checkWritable(s);
          s.conditionalFormats.splice(i, 1);
          return;
        }
      }
      throw fakeError('ItemNotFound', 'Conditional format not found');
    });
  }
}

export class CustomFormatProxy extends ClientObject {
  readonly rule: { formula: string };
  readonly format: { fill: { color: string }; font: { color: string } };
  private readonly ruleProxy: RuleProxy;
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => FakeConditionalFormat | null,
    sheet: () => FakeSheet | null,
  ) {
    super(ctx);
    const cf = (): FakeConditionalFormat => {
      const c = this.resolve();
      if (!c) throw fakeError('InvalidObjectPath', 'null custom format');
      const s = sheet();
      if (s) checkWritable(s);
      return c;
    };
    const write = (f: () => void) => ctx.queue({ kind: 'write', cost: () => 0, run: f });
    this.ruleProxy = new RuleProxy(
      ctx,
      () => this.resolve(),
      (v) => write(() => (cf().formula = v)),
    );
    this.rule = this.ruleProxy;
    this.format = {
      fill: {
        set color(v: string) {
          write(() => (cf().fill = v));
        },
        get color(): string {
          throw notLoaded('color');
        },
      },
      font: {
        set color(v: string) {
          write(() => (cf().fontColor = v));
        },
        get color(): string {
          throw notLoaded('color');
        },
      },
    };
  }
  protected target(): unknown {
    return this.resolve();
  }
  protected scalars(): string[] {
    return [];
  }
  protected override nav(name: string): ClientObject | null {
    return name === 'rule' ? this.ruleProxy : null;
  }
  protected read(name: string): unknown {
    throw fakeError('InvalidArgument', `Unknown property ${name}`);
  }
}

export class RuleProxy extends ClientObject {
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => FakeConditionalFormat | null,
    private readonly setFormula: (v: string) => void,
  ) {
    super(ctx);
  }
  protected target(): unknown {
    return this.resolve();
  }
  protected scalars(): string[] {
    return ['formula'];
  }
  protected read(name: string, t: unknown): unknown {
    if (name === 'formula') return (t as FakeConditionalFormat).formula ?? '';
    throw fakeError('InvalidArgument', `Unknown property ${name}`);
  }
  get formula(): string {
    return this.get('formula');
  }
  set formula(v: string) {
    this.setFormula(v);
  }
}

export class SettingCollectionProxy extends ClientObject {
  protected target(): unknown {
    return this.ctx.host.workbook.settings;
  }
  protected scalars(): string[] {
    return [];
  }
  protected read(name: string): unknown {
    throw fakeError('InvalidArgument', `Unknown property ${name}`);
  }
  add(key: string, value: unknown): void {
    this.write(() => {
      this.ctx.host.requireApi(4, 'settings');
      // Settings travel as JSON, so the stored copy is detached from the caller's object.
      this.ctx.host.workbook.settings.set(key, JSON.parse(JSON.stringify(value)));
    });
  }
  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this.ctx, key);
  }
}

export class SettingProxy extends ClientObject {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
  ) {
    super(ctx);
  }
  protected target(): unknown {
    const s = this.ctx.host.workbook.settings;
    return s.has(this.key) ? { value: s.get(this.key) } : null;
  }
  protected scalars(): string[] {
    return ['key', 'value'];
  }
  protected read(name: string, t: unknown): unknown {
    if (name === 'key') return this.key;
    if (name === 'value') return JSON.parse(JSON.stringify((t as { value: unknown }).value));
    throw fakeError('InvalidArgument', `Unknown property ${name}`);
  }
  get value(): unknown {
    return this.get('value');
  }
  delete(): void {
    this.write(() => {
      this.ctx.host.workbook.settings.delete(this.key);
    });
  }
}
