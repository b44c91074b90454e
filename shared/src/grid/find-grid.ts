// Locates the lampiran grid in a sheet (SPEC §2): the header row, its month row and optional
// column-number row, repeated header blocks (page breaks), where the data ends (before the
// signature block or another table), the plan kind and year.
import { a1Range } from '../a1.js';
import type { SheetView } from '../sheet-view.js';
import type { GridInfo, PlanKind, RuleId } from '../types.js';
import type { RuleReport } from '../rules/rule.js';
import { matchArea } from '../areas/match-area.js';
import { classOfHeader, columnNumberText, STANDARD_INDEX, type HeaderClass } from './header-keywords.js';
import { monthOfHeader } from './months.js';
import { columnNumberReports, missingColumnReports, monthHeaderReports } from './grid-checks.js';
import { firstFilledInto, isEndOfGridRow, isOtherTableHeader, type FilledCells } from './boundaries.js';
import { quickText } from './quick-text.js';

export type GridReport = RuleReport & { rule: RuleId };

export interface FindGridResult {
  grid: GridInfo | null;
  /** Grid-level findings: no-grid, missing-column, month-header, column-numbers. */
  reports: GridReport[];
  /** Same array as `reports` (name used in docs/ARCHITECTURE.md). */
  findings: GridReport[];
}

/** Widest row we look at for header keywords; real headers sit well inside it. */
const MAX_HEADER_WIDTH = 80;
/** This many blank rows in a row end the grid. */
const MAX_BLANK_RUN = 5;

type Classes = Map<HeaderClass, number>;

/** Header classes of a row, first column of each. */
function classesOf(view: SheetView, row: number): Classes {
  const found: Classes = new Map();
  const last = Math.min(view.lastColumnOf(row), view.firstColumn + MAX_HEADER_WIDTH);
  for (let c = view.firstColumn; c <= last; c++) {
    const t = view.text(row, c);
    if (t === '') continue;
    const k = classOfHeader(t);
    if (k && !found.has(k)) found.set(k, c);
  }
  return found;
}

/** Count of month tokens in the 12 cells from `start`. */
function monthTokens(view: SheetView, row: number, start: number): number {
  let n = 0;
  for (let i = 0; i < 12; i++) if (monthOfHeader(view.text(row, start + i)) !== null) n++;
  return n;
}

/** First column of a run of 12 cells that is mostly month names/numbers, searching from `from`. */
function monthRunStart(view: SheetView, row: number, from: number): number | null {
  const last = Math.min(view.lastColumnOf(row), from + MAX_HEADER_WIDTH);
  for (let c = Math.max(view.firstColumn, from); c <= last; c++) {
    if (monthOfHeader(view.text(row, c)) === null) continue;
    if (monthTokens(view, row, c) >= 8) return c;
    return null;
  }
  return null;
}

/** A row that is a lampiran header: keywords of at least four columns including KEGIATAN. */
export function isHeaderRow(classes: Classes): boolean {
  if (!classes.has('kegiatan') && !classes.has('sub')) return false;
  if (!classes.has('indikator') && !classes.has('pelaksanaan')) return false;
  return classes.size >= 4;
}

/** Whether a row is the 1 2 3 … row under a header, starting at `first`. */
function isColumnNumberRow(view: SheetView, row: number, first: number): boolean {
  return (
    columnNumberText(view.text(row, first)) === '1' &&
    columnNumberText(view.text(row, first + 1)) === '2' &&
    columnNumberText(view.text(row, first + 2)) === '3'
  );
}

/** Whether a row (inside the table) is a repeated month sub-header. */
function isMonthRow(view: SheetView, row: number, firstColumn: number): boolean {
  if (view.text(row, firstColumn) !== '') return false;
  const start = monthRunStart(view, row, firstColumn);
  if (start === null) return false;
  // Nothing but the months (a data row never has only month words in a run).
  for (let c = view.firstColumn; c < start; c++) if (view.text(row, c) !== '') return false;
  return true;
}

/** Plan year: nearest "TAHUN 20xx" above the header, else the current year. */
function yearAbove(view: SheetView, headerRow: number, currentYear: number): number {
  let pendingYear: number | null = null;
  for (let r = headerRow - 1; r >= view.firstRow; r--) {
    const last = Math.min(view.lastColumnOf(r), view.firstColumn + MAX_HEADER_WIDTH);
    if (last === 0) continue;
    const parts: string[] = [];
    for (let c = view.firstColumn; c <= last; c++) {
      const t = view.text(r, c);
      if (t !== '') parts.push(t);
    }
    const text = parts.join(' ');
    const m = /TAHUN\s+(?:ANGGARAN\s+)?(20\d\d)(?!\s*[-–]\s*20\d\d)/i.exec(text);
    if (m) return Number(m[1]);
    // "… TAHUN" on one line and "2023" alone on the next.
    if (pendingYear !== null && /TAHUN\s*$/i.test(text)) return pendingYear;
    pendingYear = /^(20\d\d)$/.test(text) ? Number(text) : null;
  }
  return currentYear;
}

/** The title block: the run of non-empty rows just above the header. */
function titleText(view: SheetView, headerRow: number): string {
  const parts: string[] = [];
  let r = headerRow - 1;
  while (r >= view.firstRow && view.lastColumnOf(r) === 0) r--;
  for (let n = 0; r >= view.firstRow && view.lastColumnOf(r) !== 0 && n < 10; r--, n++) {
    const last = Math.min(view.lastColumnOf(r), view.firstColumn + MAX_HEADER_WIDTH);
    for (let c = view.firstColumn; c <= last; c++) parts.push(view.text(r, c));
  }
  return parts.join(' ');
}

// RB-only areas: their presence rules out a ZI plan.
const RB_ONLY = new Set(['Deregulasi Kebijakan', 'Penataan dan Penguatan Organisasi']);

/** The plan kind from the AREA texts, when neither the header nor the title settles it. */
function kindOfAreas(areaTexts: string[]): PlanKind {
  if (areaTexts.length >= 3) {
    let fitsZi = true;
    for (const t of areaTexts) {
      const zi = matchArea(t, 'zi').canonical;
      const rb = matchArea(t, 'rb').canonical;
      if (!zi || (rb && RB_ONLY.has(rb))) fitsZi = false;
    }
    if (fitsZi && areaTexts.length <= 6) return 'zi';
  }
  return 'rb';
}

/**
 * Everything about the grid that the header block decides (SPEC §2 steps 1–5): where the header,
 * month row and column-number row are, the columns, the year and the title. The data rows'
 * extent and the plan kind come after (DataRowScanner, completeGrid).
 */
export interface GridHeader {
  headerRow: number;
  firstHeaderRow: number;
  monthHeaderRow: number;
  columnNumberRow: number | null;
  firstDataRow: number;
  firstColumn: number;
  columns: 17 | 18;
  lastColumn: number;
  cols: GridInfo['cols'];
  year: number;
  /** The AREA header cell's text and the title block's text, for the plan kind. */
  areaHeaderText: string;
  title: string;
}

/** The header block of the first lampiran grid in the sheet, or null when there is none. */
export function locateHeader(view: SheetView, options: { currentYear: number }): GridHeader | null {
  // 1. The header row: the first row naming enough lampiran columns.
  let headerRow = -1;
  let classes: Classes = new Map();
  for (let r = view.firstRow; r <= view.lastRow; r++) {
    if (view.lastColumnOf(r) === 0) continue;
    const k = classesOf(view, r);
    if (isHeaderRow(k)) {
      headerRow = r;
      classes = k;
      break;
    }
  }
  if (headerRow < 0) return null;

  // 2. Where each column is. The leftmost named column fixes the grid's first column.
  let firstColumn = Infinity;
  for (const [k, c] of classes) if (k !== 'ket') firstColumn = Math.min(firstColumn, c - STANDARD_INDEX[k]);
  if (classes.has('no')) firstColumn = classes.get('no')!;
  firstColumn = Math.max(view.firstColumn, firstColumn);

  // 3. The month row: the header row itself, or one of the next two rows.
  const monthFrom = classes.get('pelaksanaan') ?? (classes.get('indikator') ?? firstColumn + 4) + 1;
  let monthHeaderRow = headerRow;
  let monthStart: number | null = null;
  for (const r of [headerRow, headerRow + 1, headerRow + 2]) {
    if (r > view.lastRow) break;
    // The column-number row closes the header block: no month row after it.
    if (r !== headerRow && isColumnNumberRow(view, r, firstColumn)) break;
    if (r !== headerRow && view.text(r, firstColumn) !== '') continue;
    const s = monthRunStart(view, r, Math.max(firstColumn + 1, monthFrom - 2));
    if (s !== null) {
      monthHeaderRow = r;
      monthStart = s;
      break;
    }
  }
  const start = monthStart ?? monthFrom;
  const months = Array.from({ length: 12 }, (_, i) => start + i);

  // 4. Text columns: named ones where found, otherwise their standard place when free, otherwise
  // the column to their left (parsePlan ignores a column that repeats its neighbour).
  const taken = new Set<number>([...classes.values()]);
  const place = (k: HeaderClass, fallback: number): number => {
    const c = classes.get(k);
    if (c !== undefined && c < start) return c;
    const std = firstColumn + STANDARD_INDEX[k];
    return std < start && !taken.has(std) ? std : fallback;
  };
  const no = place('no', firstColumn);
  const area = place('area', no);
  const kegiatan = place('kegiatan', area);
  const subKegiatan = place('sub', kegiatan);
  const indikator = place('indikator', subKegiatan);
  const ketCol = classes.get('ket');
  const ket = ketCol !== undefined && ketCol > months[11]! ? ketCol : null;
  const columns = ket === null ? 17 : 18;
  const lastColumn = ket ?? months[11]!;

  // 5. Optional column-number row, then data.
  let columnNumberRow: number | null = null;
  const afterMonths = Math.max(headerRow, monthHeaderRow) + 1;
  if (afterMonths <= view.lastRow && isColumnNumberRow(view, afterMonths, firstColumn))
    columnNumberRow = afterMonths;
  let firstHeaderRow = headerRow;
  if (headerRow - 1 >= view.firstRow) {
    const above = classesOf(view, headerRow - 1);
    if (above.has('pelaksanaan') && above.size <= 2 && !isHeaderRow(above)) firstHeaderRow = headerRow - 1;
  }
  const firstDataRow = (columnNumberRow ?? afterMonths - 1) + 1;

  return {
    headerRow,
    firstHeaderRow,
    monthHeaderRow,
    columnNumberRow,
    firstDataRow,
    firstColumn,
    columns,
    lastColumn,
    cols: { no, area, kegiatan, subKegiatan, indikator, months, ket },
    year: yearAbove(view, firstHeaderRow, options.currentYear),
    areaHeaderText: view.text(headerRow, area),
    title: titleText(view, firstHeaderRow),
  };
}

/** The plan kind when the header or title settles it, else null (the area texts decide). */
export function kindFromHeader(header: GridHeader): PlanKind | null {
  if (/TIM\s*KERJA/i.test(header.areaHeaderText)) return 'zi';
  if (/ZONA\s+INTEGRITAS/i.test(header.title)) return 'zi';
  if (/REFORMASI\s+BIROKRASI/i.test(header.title)) return 'rb';
  return null;
}

/** What DataRowScanner.next says of a row. */
export const ROW_DATA = 1;
export const ROW_BLANK = 0;
/** The grid ended before this row (signature block, another table, a long blank gap). */
export const ROW_END = -1;
/** A repeated header block starts here; `blockRows` says how many rows it takes. */
export const ROW_REPEATED = 2;

const NO_CELLS: FilledCells = { filled: 0, first: 0, second: 0, firstValue: null, secondValue: null };

/**
 * Step 6, one row at a time: data rows until the signature block, another table or a long blank
 * gap, with repeated header blocks (page breaks) set aside. findGrid runs it over the rows on its
 * own; validation runs it inside the plan parse, so each row is read while it is in the cache.
 */
export class DataRowScanner {
  /** Rows of the repeated block found by the last ROW_REPEATED answer. */
  blockRows = 0;
  /** Repeated header rows found so far, in order. */
  readonly repeated: number[] = [];
  /** The first 50 AREA texts of data rows (for the plan kind), when collected. */
  readonly areaTexts: string[] = [];
  lastDataRow: number;
  private blanks = 0;
  // The row given last and whether it was blank (a signature line follows a blank row).
  private prevRow = -1;
  private prevBlank = false;
  private readonly rowCells: FilledCells = {
    filled: 0,
    first: 0,
    second: 0,
    firstValue: null,
    secondValue: null,
  };
  private readonly firstColumn: number;
  private readonly area: number;
  private readonly hasArea: boolean;

  constructor(
    private readonly view: SheetView,
    header: GridHeader,
    private readonly collectAreaTexts: boolean,
  ) {
    this.firstColumn = header.firstColumn;
    this.area = header.cols.area;
    this.hasArea = header.cols.area !== header.cols.no;
    this.lastDataRow = header.firstDataRow - 1;
  }

  /** Classifies row `row` (rows are given in order; after ROW_REPEATED, skip blockRows rows). */
  next(row: number, rowLast: number): number {
    return this.classify(row, rowLast === 0 ? NO_CELLS : firstFilledInto(this.view, row, this.rowCells));
  }

  /**
   * next() for a caller that has read the row already: `cells` are its filled cells (their count,
   * at least up to 3, and the first two columns; filled 0 for a blank row).
   */
  classify(row: number, cells: FilledCells): number {
    const view = this.view;
    const afterBlank =
      this.prevRow === row - 1
        ? this.prevBlank
        : row - 1 >= view.firstRow && view.lastColumnOf(row - 1) === 0;
    this.prevRow = row;
    this.prevBlank = cells.filled === 0;
    if (cells.filled === 0) return ++this.blanks >= MAX_BLANK_RUN ? ROW_END : ROW_BLANK;
    this.blanks = 0;
    const firstColumn = this.firstColumn;
    // The filled cells decide which of the checks below can apply: a header or column-number row
    // starts in the first column, a month row after INDIKATOR, a signature line has ≤ 2 cells.
    if (cells.filled >= 3 && (cells.first === firstColumn || cells.first > firstColumn + 4)) {
      const block = repeatedBlockAt(view, row, firstColumn);
      if (block > 0) {
        for (let i = 0; i < block; i++) this.repeated.push(row + i);
        this.blockRows = block;
        // The block's last row is not blank; the caller skips the rows after the first.
        this.prevRow = row + block - 1;
        return ROW_REPEATED;
      }
      if (cells.first === firstColumn && isOtherTableHeader(view, row, firstColumn)) return ROW_END;
    }
    if (cells.filled <= 2 && isEndOfGridRow(view, row, cells, afterBlank)) return ROW_END;
    this.lastDataRow = row;
    // Only the first 50 area texts are kept: stop reading the column once they are found.
    if (this.collectAreaTexts && this.hasArea && this.areaTexts.length < 50) {
      const t = quickText(view, row, this.area);
      if (t !== '' && !/^\d+[.)]?$/.test(t)) this.areaTexts.push(t);
    }
    return ROW_DATA;
  }
}

/** The GridInfo and grid-level findings once the data rows' extent and the kind are known. */
export function completeGrid(
  view: SheetView,
  header: GridHeader,
  lastDataRow: number,
  repeated: readonly number[],
  kind: PlanKind,
): FindGridResult {
  const { firstHeaderRow, firstColumn, firstDataRow, lastColumn } = header;
  const grid: GridInfo = {
    range: a1Range(firstHeaderRow, firstColumn, Math.max(lastDataRow, firstDataRow - 1), lastColumn),
    headerRow: header.headerRow,
    firstHeaderRow,
    monthHeaderRow: header.monthHeaderRow,
    columnNumberRow: header.columnNumberRow,
    firstDataRow,
    lastDataRow,
    columns: header.columns,
    firstColumn,
    kind,
    year: header.year,
    cols: header.cols,
    repeatedHeaderRows: repeated.filter((r) => r <= lastDataRow),
  };
  const reports: GridReport[] = [];
  for (const r of missingColumnReports(view, grid)) reports.push({ ...r, rule: 'missing-column' });
  for (const r of monthHeaderReports(view, grid)) reports.push({ ...r, rule: 'month-header' });
  for (const r of columnNumberReports(view, grid)) reports.push({ ...r, rule: 'column-numbers' });
  return { grid, reports, findings: reports };
}

/** The result when the sheet has no lampiran grid. */
export function noGridResult(): FindGridResult {
  const reports: GridReport[] = [{ rule: 'no-grid', row: null, column: null }];
  return { grid: null, reports, findings: reports };
}

export function findGrid(view: SheetView, options: { currentYear: number }): FindGridResult {
  const header = locateHeader(view, options);
  return header === null ? noGridResult() : findGridFrom(view, header);
}

/** findGrid once the header block is located: the data rows, the kind, the grid findings. */
export function findGridFrom(view: SheetView, header: GridHeader): FindGridResult {
  const settled = kindFromHeader(header);
  const scanner = new DataRowScanner(view, header, settled === null);
  for (let r = header.firstDataRow; r <= view.lastRow; r++) {
    const status = scanner.next(r, view.lastColumnOf(r));
    if (status === ROW_END) break;
    if (status === ROW_REPEATED) r += scanner.blockRows - 1;
  }
  const kind = settled ?? kindOfAreas(scanner.areaTexts);
  return completeGrid(view, header, scanner.lastDataRow, scanner.repeated, kind);
}

/**
 * Rows of a repeated header block starting at `row` (0 when none): a header row, optionally
 * followed by its month row and column-number row; or a lone month row or column-number row
 * (page breaks sometimes repeat only those).
 */
function repeatedBlockAt(view: SheetView, row: number, firstColumn: number): number {
  // Cheap filters first: this runs on every data row.
  const firstText = quickText(view, row, firstColumn);
  if (firstText === '') {
    // A month row leaves the hierarchy columns blank and fills a run of month cells.
    if (view.lastColumnOf(row) < firstColumn + 10) return 0;
    // NO … INDIKATOR are blank on a month row (merged from the header above).
    for (let c = firstColumn + 1; c <= firstColumn + 4; c++)
      if (view.get(row, c) !== null && quickText(view, row, c) !== '') return 0;
    if (!isMonthRow(view, row, firstColumn)) return 0;
    return row + 1 <= view.lastRow && isColumnNumberRow(view, row + 1, firstColumn) ? 2 : 1;
  }
  if (firstText === '1') {
    return isColumnNumberRow(view, row, firstColumn) &&
      columnNumberText(quickText(view, row, firstColumn + 9)) === '10'
      ? 1
      : 0;
  }
  const headerish =
    (firstText.length <= 8 && /^(NO|NOMOR)\.?$/i.test(firstText)) ||
    /^KEGIATAN$/i.test(quickText(view, row, firstColumn + 2)) ||
    /^SUB[\s-]*KEGIATAN$/i.test(quickText(view, row, firstColumn + 3));
  if (!headerish || !isHeaderRow(classesOf(view, row))) return 0;
  let n = 1;
  if (row + n <= view.lastRow && isMonthRow(view, row + n, firstColumn)) n++;
  if (row + n <= view.lastRow && isColumnNumberRow(view, row + n, firstColumn)) n++;
  return n;
}
