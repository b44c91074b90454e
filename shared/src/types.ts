// The data contract of the core. Hosts build a SheetInput from what they read once,
// call the core, and write back what the core returns. Nothing here touches a host.

/** A cell as a host reads it. Dates and formula errors arrive as text ("2023-01-31", "#REF!"). */
export type CellValue = string | number | boolean | null;

/** A merged area in sheet coordinates, 1-based, inclusive. */
export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** What a host read from one sheet. `values[i][j]` is sheet cell (originRow + i, originColumn + j). */
export interface SheetInput {
  values: CellValue[][];
  /** 1-based sheet row of values[0]; default 1. */
  originRow?: number;
  /** 1-based sheet column of values[i][0]; default 1. */
  originColumn?: number;
  /** Merged areas; non-master cells of a merge are treated as blank continuation. */
  merges?: MergeArea[];
  /** Sheet (tab) name, for the report. */
  name?: string;
}

export type Lang = 'id' | 'en';
export type Severity = 'error' | 'warning' | 'info';
export type PlanKind = 'rb' | 'zi';
export type Anchor = 'end' | 'start';

export type RuleId =
  | 'no-grid'
  | 'missing-column'
  | 'month-header'
  | 'column-numbers'
  | 'repeated-header'
  | 'extra-cell'
  | 'orphan-row'
  | 'unknown-area'
  | 'missing-area'
  | 'numbering'
  | 'missing-indicator'
  | 'unscheduled'
  | 'invalid-mark'
  | 'shifted-row'
  | 'mark-in-ket'
  | 'schedule-mismatch'
  | 'unresolved-recurrence'
  | 'markup';

/** Parameters of a message; cell text included here is data and is escaped by every renderer. */
export type MessageData = Record<string, string | number>;

/** One problem, as data. Text is rendered at the edge with `formatMessage`. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** Message id in the i18n catalogues (usually equal to the rule id, may be a variant like 'missing-column.ket'). */
  messageId: string;
  data: MessageData;
  /** Sheet coordinates of the first cell, 1-based; null for findings with no position. */
  row: number | null;
  column: number | null;
  /** A1 of the first cell, e.g. "E10"; null when no position. */
  cell: string | null;
  /** A1 range covered, e.g. "F10:Q10" or "E10"; null when no position. */
  range: string | null;
  /** Last row / column of the range (equal to row/column for one cell). */
  endRow: number | null;
  endColumn: number | null;
  /** Suggested fix (e.g. the canonical area name), or null. */
  suggestion: string | null;
  /** Canonical (or raw) area name the finding belongs to, for grouping; null outside any area. */
  area: string | null;
  /**
   * Stable key used to remember an ignored finding: `${rule}@${range}`; without a cell,
   * `${rule}@-:${area}` when the finding names an area (missing-area), else `${rule}@-`.
   */
  key: string;
}

/** Where the grid is, in sheet coordinates. */
export interface GridInfo {
  /** A1 range from the header's first cell to the last data row's last column. */
  range: string;
  headerRow: number;
  /** First header row when the header spans two rows (same as headerRow otherwise). */
  firstHeaderRow: number;
  monthHeaderRow: number;
  /** Row holding 1 2 3 … N, or null. */
  columnNumberRow: number | null;
  firstDataRow: number;
  lastDataRow: number;
  /** 17 or 18. */
  columns: number;
  /** Sheet column (1-based) of NO, the first grid column. */
  firstColumn: number;
  kind: PlanKind;
  year: number;
  /** Sheet columns (1-based) of each logical column; ket is null in 17-column plans. */
  cols: {
    no: number;
    area: number;
    kegiatan: number;
    subKegiatan: number;
    indikator: number;
    /** 12 sheet columns, January first. */
    months: number[];
    ket: number | null;
  };
  /** Rows skipped as repeated header blocks (every row of each block). */
  repeatedHeaderRows: number[];
}

export interface Area {
  row: number;
  /** Sheet column of the AREA cell. */
  column: number;
  no: string | null;
  text: string;
  /** Canonical name when matched, else null. */
  canonical: string | null;
  /** Closest canonical name when not matched but close (typo). */
  suggestion: string | null;
  kegiatan: Kegiatan[];
}

export interface Kegiatan {
  row: number;
  text: string;
  activities: Activity[];
}

export interface ActivityRow {
  row: number;
  indikator: string | null;
  /** Months 1..12 marked on this row. */
  marks: number[];
  /** Month cells holding something that is not a mark: month number -> raw value. */
  invalid: { month: number; value: CellValue }[];
  ket: CellValue;
}

export interface Activity {
  /** First row of the span. */
  row: number;
  /** Last row of the span (inclusive). */
  endRow: number;
  area: string | null;
  kegiatan: string | null;
  subKegiatan: string | null;
  /** Activity text: the SUB KEGIATAN, or the KEGIATAN when it has no sub kegiatan. */
  text: string;
  rows: ActivityRow[];
  /** Union of months marked on the span, ascending. */
  schedule: number[];
  /** KET text of the span (first non-empty), or null. */
  ket: string | null;
}

export interface Plan {
  grid: GridInfo;
  areas: Area[];
  activities: Activity[];
  /** The most used mark in the sheet (default "√"); boolean true when month cells are booleans. */
  preferredMark: string | boolean;
}

export interface ValidateOptions {
  lang?: Lang;
  /** Year used when the title has none; default the current year. */
  currentYear?: number;
  /** Infer recurrence from SUB KEGIATAN / INDIKATOR text (default false). */
  infer?: boolean;
  anchor?: Anchor;
  /** Finding keys the user chose to ignore; they are left out of findings and summary. */
  ignored?: readonly string[];
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  activities: number;
  withIndicator: number;
  scheduled: number;
}

export interface ValidationResult {
  grid: GridInfo | null;
  plan: Plan | null;
  findings: Finding[];
  summary: Summary;
}

/** A recurrence resolved to months of the plan year, or stated but unresolvable. */
export type Recurrence =
  | { readonly kind: 'months'; readonly months: readonly number[]; readonly phrase: string }
  | { readonly kind: 'unresolved'; readonly phrase: string };

export type RuleSource = 'ket' | 'text' | 'option';

export interface FillWrite {
  cell: string;
  row: number;
  column: number;
  value: string | boolean;
  /** The phrase of the rule that produced the write, e.g. "triwulanan". */
  rule: string;
  source: RuleSource;
}

export interface FillSkip {
  row: number;
  reason: 'schedule-mismatch' | 'non-mark-content' | 'unresolved-recurrence' | 'no-rule' | 'not-an-activity';
  rule?: string;
}

export interface FillPlan {
  writes: FillWrite[];
  skipped: FillSkip[];
}

export interface FillOptions {
  infer?: boolean;
  anchor?: Anchor;
  /** Explicit rule chosen by the user ("triwulanan", "RRULE:…") for `rows`. */
  rule?: string;
  /** Sheet rows the explicit rule applies to (any row of an activity's span selects it). */
  rows?: readonly number[];
  currentYear?: number;
}

/** The JSON report of SPEC §9. */
export interface ReportFinding {
  rule: RuleId;
  severity: Severity;
  cell: string | null;
  row: number | null;
  column: number | null;
  range: string | null;
  message: string;
  suggestion: string | null;
}

export interface Report {
  version: 1;
  source: string;
  sheet: string;
  grid: {
    range: string;
    headerRow: number;
    firstDataRow: number;
    lastDataRow: number;
    columns: number;
    kind: PlanKind;
    year: number;
  } | null;
  findings: ReportFinding[];
  summary: Summary;
}

/** A highlight a host paints: one rectangle, one severity. */
export interface Highlight {
  row: number;
  column: number;
  endRow: number;
  endColumn: number;
  range: string;
  severity: Severity;
  /** Fill colour, "#RRGGBB". */
  color: string;
  rule: RuleId;
}

/** A new lampiran sheet as pure data, for hosts and the CLI to write. */
export interface TemplateSheet {
  name: string;
  kind: PlanKind;
  year: number;
  /** Values from A1. */
  values: CellValue[][];
  merges: MergeArea[];
  /** Column widths in characters, A first. */
  columnWidths: number[];
  /** 1-based rows to repeat at the top of every printed page. */
  printTitleRows: { first: number; last: number };
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  /** Month cells to restrict to the mark (data validation), as A1 range. */
  monthRange: string;
  /** Allowed mark(s) for the month cells. */
  marks: string[];
  orientation: 'landscape';
  paperSize: 'A4' | 'F4';
  /** Rows of the header block (bold, centred, bordered). */
  headerRows: number[];
}
