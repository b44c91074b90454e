// Parses the grid once into the plan model (SPEC §3) plus the facts the rules read.
//
// Shifted rows (pasted from PDF copies) are the hard part. The policy, applied consistently:
// - A row is *shifted* when a month cell holds words (text pushed right into the months), when a
//   check-mark symbol sits in a text column (NO … INDIKATOR: marks pulled left), when the NO
//   cell holds words, or when numbering was split into its own cell (a bare "3" in AREA, a bare
//   label in KEGIATAN with the text beside it). It is reported once (`shifted-row`); its cells
//   raise no `invalid-mark`, `mark-in-ket`, `extra-cell`, `unknown-area` or `numbering` finding.
// - Its columns cannot be trusted, so its texts are read in order and right-aligned: the last
//   is the indicator, the one before the sub kegiatan (an activity starts), the one before that
//   the kegiatan; a bare number is joined to the text after it. Its AREA cell starts an area only
//   when it is a known area name. Real marks in its month cells count.
// - It breaks numbering chains (its labels only set the next baseline) and silences `orphan-row`
//   until the next area or kegiatan, since the hierarchy above it is unclear.
// - An activity whose marks sit in KET or right of the grid is not also `unscheduled`: the
//   displaced marks are the problem, and they are reported where they are.
// - A row just after a blank row (a page break) with no marks and nothing in NO/AREA, whose text
//   is unnumbered or carries on in lower case, is a *continuation* of the row above (text split
//   across pages): it joins the span and starts nothing.
import { isBlankString, textOf, type SheetView } from '../sheet-view.js';
import type { Activity, ActivityRow, Area, CellValue, GridInfo, Kegiatan, Plan } from '../types.js';
import { matchArea } from '../areas/match-area.js';
import { lastNamedColumnOf } from '../grid/grid-checks.js';
import { isEmptyMonthValue, isMark, isSymbolMark } from './marks.js';
import { labelOf } from './numbering.js';
import { monthsOfMask } from '../month-lists.js';
import type { PlanFacts, RowFacts } from './row-facts.js';

const FACTS_KEY = 'plan-facts';

/**
 * Facts of a parsed plan: those parsePlan computed, kept in the view's memo (so they are released
 * with the view), else computed afresh.
 */
export function rowFactsOf(plan: Plan, view: SheetView): PlanFacts {
  const memo = view.memo;
  const cached = memo?.get(FACTS_KEY) as { plan: Plan; facts: PlanFacts } | undefined;
  if (cached !== undefined && cached.plan === plan) return cached.facts;
  const fresh = parseWithFacts(view, plan.grid).facts;
  memo?.set(FACTS_KEY, { plan, facts: fresh });
  return fresh;
}

export function parsePlan(view: SheetView, grid: GridInfo): Plan {
  const { plan, facts } = parseWithFacts(view, grid);
  rememberFacts(view, plan, facts);
  return plan;
}

/** Keeps a plan's facts for rowFactsOf, in the view's memo. */
export function rememberFacts(view: SheetView, plan: Plan, facts: PlanFacts): void {
  view.memo?.set(FACTS_KEY, { plan, facts });
}

const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/;

/** Words in a month cell: not a stray symbol or number but text pushed in from the left. */
function looksLikeText(value: CellValue): string | null {
  if (typeof value !== 'string') return null;
  const t = value.trim();
  return /\p{L}{4,}/u.test(t) || (t.length > 12 && /\p{L}/u.test(t)) ? t : null;
}

function isBareLabel(text: string): boolean {
  return /^(\d{1,3}|[a-zA-Z])[.)]?$/.test(text);
}

function startsLowerCase(text: string): boolean {
  const t = text.indexOf('<') < 0 ? text : text.replace(/<[^>]*>/g, ' ');
  return /^\s*\p{Ll}/u.test(t);
}

/**
 * The texts of a shifted row in column order, with numbering split into its own cell ("3" |
 * "Monitoring …") joined back to its text; bare numbers left over are dropped when the row has
 * more texts than a kegiatan, a sub kegiatan and an indicator.
 */
function shiftedTokens(
  no: string,
  area: string,
  kegiatan: string,
  sub: string,
  indikator: string,
  invalid: RowFacts['invalid'],
): string[] {
  const cells: string[] = [];
  if (/\p{L}{4,}/u.test(no)) cells.push(no);
  for (const t of [area, kegiatan, sub, indikator])
    if (t !== '' && !isSymbolMark(t) && t !== 'TRUE') cells.push(t);
  for (const c of invalid) {
    if (typeof c.value !== 'string') continue;
    const t = c.value.trim();
    if (looksLikeText(t) !== null || isBareLabel(t)) cells.push(t);
  }
  const tokens: string[] = [];
  const lone: boolean[] = [];
  for (let i = 0; i < cells.length; i++) {
    const t = cells[i]!;
    const next = cells[i + 1];
    if (isBareLabel(t) && next !== undefined && !isBareLabel(next)) {
      tokens.push(`${t} ${next}`);
      lone.push(false);
      i++;
    } else {
      tokens.push(t);
      lone.push(isBareLabel(t));
    }
  }
  return tokens.length > 3 ? tokens.filter((_, i) => !lone[i]) : tokens;
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

const NO_INVALID: RowFacts['invalid'] = [];
const NO_MARKUP: RowFacts['markup'] = [];
const PENDING_ROWS: ActivityRow[] = [];
const PENDING_MONTHS: number[] = [];
// The plan is read-only data; rows without marks or invalid cells share one frozen empty list
// rather than allocating two arrays each (on a 10,000-row sheet that is most of the garbage).
const NO_MONTHS = Object.freeze([]) as unknown as number[];
const NO_INVALID_CELLS = Object.freeze([]) as unknown as ActivityRow['invalid'];

const ROLE_NONE = 0;
const ROLE_NO = 1;
const ROLE_AREA = 2;
const ROLE_KEGIATAN = 3;
const ROLE_SUB = 4;
const ROLE_INDIKATOR = 5;
const ROLE_KET = 6;
const ROLE_EXTRA = 7;
const ROLE_MONTH = 8; // 8..19: January..December

const EMPTY = 0;
const MARK = 1;
const OTHER = 2;

/** A month cell: empty (blank, unticked checkbox), a mark, or something else. */
function markKind(v: CellValue): number {
  // Fast path for the usual one-character mark.
  if (typeof v === 'string' && v.length === 1) {
    // By character code rather than a Set lookup: this runs for every filled month cell.
    switch (v.charCodeAt(0)) {
      case 0x221a: // √
      case 0x2713: // ✓
      case 0x2714: // ✔
      case 0x2611: // ☑
      case 0x2612: // ☒
      case 0x2705: // ✅
      case 0x56: // V
      case 0x76: // v
      case 0x58: // X
      case 0x78: // x
      case 0x31: // 1
      case 0xfc: // ü
        return MARK;
    }
    return v.trim() === '' ? EMPTY : OTHER;
  }
  if (isEmptyMonthValue(v)) return EMPTY;
  return isMark(v) ? MARK : OTHER;
}

/** textOf for a cell value that is not null; quicker for the usual text. */
function trimmed(v: Exclude<CellValue, null>): string {
  if (typeof v !== 'string') return textOf(v);
  if (v.indexOf('\u00a0') >= 0) return textOf(v);
  // Text that starts and ends with a printable ASCII character has nothing to trim.
  const a = v.charCodeAt(0);
  const z = v.charCodeAt(v.length - 1);
  return a > 0x20 && a < 0x7f && z > 0x20 && z < 0x7f ? v : v.trim();
}

/** What scanRow learns about one row's cells; one instance per parse, reset for each row. */
export class RowScan {
  no = '';
  areaText = '';
  kegText = '';
  subText = '';
  indText = '';
  ketValue: CellValue = null;
  invalid: RowFacts['invalid'] = NO_INVALID;
  markup: RowFacts['markup'] = NO_MARKUP;
  extra: RowFacts['extra'] = null;
  rowMask = 0;
  shiftedValue: string | null = null;
  markInText = -1;
  extraMark = false;
  // Filled (non-blank) cells of the whole row, left of the grid included: how many, the first
  // two and the last. The grid's boundary checks read them, so the row is read only once.
  filled = 0;
  first = 0;
  second = 0;
  last = 0;
  firstValue: CellValue = null;
  secondValue: CellValue = null;
  // The row's marks for the plan's preferred mark, committed only once the row is known to be
  // data (a repeated month row is full of "1"s): the text of its marks when they are all the
  // same (else `markMixed`), how many, and the boolean month cells.
  markKey: string | null = null;
  markRun = 0;
  markMixed = false;
  booleans = 0;
}

/** A cell that is not blank (the view's notion: blank text and non-finite numbers are blank). */
function isFilled(v: Exclude<CellValue, null>): boolean {
  if (typeof v === 'string') return !isBlankString(v);
  if (typeof v === 'number') return Number.isFinite(v);
  return true;
}

/** Counts a filled cell at `column` (cells are visited left to right). */
function filledAt(s: RowScan, column: number, value: Exclude<CellValue, null>): void {
  s.filled++;
  if (s.first === 0) {
    s.first = column;
    s.firstValue = value;
  } else if (s.second === 0) {
    s.second = column;
    s.secondValue = value;
  }
  s.last = column;
}

/** Records the first HTML tag of a cell's text, if any. */
function findMarkup(s: RowScan, v: string, column: number): void {
  if (v.indexOf('<') < 0) return;
  const m = TAG.exec(v);
  if (m) {
    if (s.markup === NO_MARKUP) s.markup = [];
    s.markup.push({ column, tag: `<${m[1]!.toLowerCase()}>` });
  }
}

// Each cell of a row read once: counted for the grid's boundary checks and dispatched by its
// column's role. Kept apart from the row logic so that this small per-cell loop is optimised
// early (SPEC §12).
function scanRow(
  s: RowScan,
  view: SheetView,
  r: number,
  roles: number[],
  firstColumn: number,
  namedLast: number,
): void {
  s.no = '';
  s.areaText = '';
  s.kegText = '';
  s.subText = '';
  s.indText = '';
  s.ketValue = null;
  s.invalid = NO_INVALID;
  s.markup = NO_MARKUP;
  s.extra = null;
  s.rowMask = 0;
  s.shiftedValue = null;
  s.markInText = -1;
  s.extraMark = false;
  s.filled = 0;
  s.first = 0;
  s.second = 0;
  s.last = 0;
  s.firstValue = null;
  s.secondValue = null;
  s.markKey = null;
  s.markRun = 0;
  s.markMixed = false;
  s.booleans = 0;
  // Unmerged rows are read straight from their raw array (same normalisation as view.get), to
  // its end; a row with merged cells through view.get, up to its last filled column.
  const raw = view.rowOf ? view.rowOf(r) : null;
  const viewFirst = view.firstColumn;
  const end = raw !== null ? viewFirst + raw.length - 1 : view.lastColumnOf(r);
  for (let c = viewFirst; c <= end; c++) {
    let v: Exclude<CellValue, null>;
    if (raw !== null) {
      const x = raw[c - viewFirst];
      if (x === null || x === undefined) continue;
      v = typeof x === 'object' ? String(x) : (x as Exclude<CellValue, null>);
    } else {
      const g = view.get(r, c);
      if (g === null) continue;
      v = g;
    }
    if (c < firstColumn) {
      // Left of the grid: only counted.
      if (isFilled(v)) filledAt(s, c, v);
      continue;
    }
    const role = c <= namedLast ? roles[c - firstColumn]! : ROLE_EXTRA;
    // HTML is looked for in text cells, KET, and month cells that hold more than a mark, in
    // each role's branch below: one test up here on every cell cost a fifth of the scan.
    if (role >= ROLE_MONTH) {
      const month = role - ROLE_MONTH + 1;
      if (typeof v === 'boolean') s.booleans++;
      const k = markKind(v);
      if (k === EMPTY) {
        if (isFilled(v)) filledAt(s, c, v);
        continue;
      }
      if (k === MARK) {
        filledAt(s, c, v);
        s.rowMask |= 1 << month;
        if (typeof v !== 'boolean') {
          // Marks are tallied per row, by their text: one text per row is the rule.
          const key: string = typeof v === 'number' ? String(v) : v.length === 1 ? v : v.trim();
          if (s.markKey === null) s.markKey = key;
          else if (key !== s.markKey) s.markMixed = true;
          s.markRun++;
        }
        continue;
      }
      if (isFilled(v)) filledAt(s, c, v);
      if (typeof v === 'string') findMarkup(s, v, c);
      if (s.invalid === NO_INVALID) s.invalid = [];
      s.invalid.push({ month, column: c, value: v });
      if (s.shiftedValue === null) s.shiftedValue = looksLikeText(v);
      continue;
    }
    switch (role) {
      case ROLE_KET:
        if (isFilled(v)) filledAt(s, c, v);
        if (typeof v === 'string') findMarkup(s, v, c);
        s.ketValue = v;
        break;
      case ROLE_EXTRA: {
        const t = trimmed(v);
        if (t === '') break;
        filledAt(s, c, v);
        if (!s.extraMark && isMark(v)) s.extraMark = true;
        if (s.extra) s.extra.endColumn = c;
        else s.extra = { column: c, endColumn: c, value: clip(t) };
        break;
      }
      case ROLE_NONE:
        if (isFilled(v)) filledAt(s, c, v);
        if (typeof v === 'string') findMarkup(s, v, c);
        break;
      default: {
        if (typeof v === 'string') findMarkup(s, v, c);
        // NO … INDIKATOR. A check-mark symbol here means marks were pulled left.
        if (s.markInText < 0 && (v === true || (typeof v === 'string' && v.length <= 4 && isSymbolMark(v))))
          s.markInText = role;
        const t = trimmed(v);
        if (t !== '') filledAt(s, c, v);
        if (role === ROLE_NO) s.no = t;
        else if (role === ROLE_AREA) s.areaText = t;
        else if (role === ROLE_KEGIATAN) s.kegText = t;
        else if (role === ROLE_SUB) s.subText = t;
        else s.indText = t;
      }
    }
  }
}

function setRole(roles: number[], firstColumn: number, column: number, role: number, present: boolean): void {
  const i = column - firstColumn;
  if (present && i >= 0 && i < roles.length) roles[i] = role;
}

/**
 * The areas, kegiatan and activities being built by one parse. A class rather than closures
 * created on every call, so the row loop's optimised code survives from one parse to the next
 * (SPEC §12).
 */
class PlanBuilder {
  readonly areas: Area[] = [];
  readonly activities: Activity[] = [];
  readonly facts: PlanFacts = {
    rows: [],
    shiftedRows: [],
    continuationRows: [],
    displacedMarkActivities: [],
    withoutIndicator: [],
    withoutMarks: [],
  };
  area: Area | null = null;
  kegiatan: Kegiatan | null = null;
  // The activity being built, its months as bits 1..12, and whether a KEGIATAN cell started it.
  current: Activity | null = null;
  currentMask = 0;
  currentFromKegiatan = false;
  currentKegiatan: Kegiatan | null = null;
  currentDisplaced = false;
  // Whether a row of the activity being built has an INDIKATOR text.
  currentHasIndicator = false;
  afterShift = false;
  // Rows of the activity being built (the first scratchN entries); copied at their exact size
  // when it is finished. Reused without truncation: shrinking the array reallocates it.
  readonly scratch: ActivityRow[] = [];
  scratchN = 0;

  constructor(
    private readonly areaColumn: number,
    private readonly kind: GridInfo['kind'],
  ) {}

  pushRow(row: ActivityRow): void {
    if (this.scratchN < this.scratch.length) this.scratch[this.scratchN] = row;
    else this.scratch.push(row);
    this.scratchN++;
    if (row.indikator !== null) this.currentHasIndicator = true;
  }

  noIndicatorYet(): boolean {
    return !this.currentHasIndicator;
  }

  finish(): void {
    const current = this.current;
    if (current === null) return;
    const n = this.scratchN;
    const s = this.scratch;
    // Most activities span one or two rows: a literal is allocated inline, a slice is a call.
    const rows = n === 1 ? [s[0]!] : n === 2 ? [s[0]!, s[1]!] : s.slice(0, n);
    current.rows = rows;
    this.scratchN = 0;
    current.schedule = monthsOfMask(this.currentMask);
    this.activities.push(current);
    if (this.currentKegiatan) this.currentKegiatan.activities.push(current);
    if (this.currentDisplaced) this.facts.displacedMarkActivities.push(current.row);
    if (!this.currentHasIndicator) this.facts.withoutIndicator.push(current);
    if (this.currentMask === 0) this.facts.withoutMarks.push(current);
    this.current = null;
  }

  start(row: number, text: string, sub: string | null, fromKegiatan: boolean): void {
    this.finish();
    this.scratchN = 0;
    const area = this.area;
    const kegiatan = this.kegiatan;
    this.current = {
      row,
      endRow: row,
      area: area ? (area.canonical ?? area.text) : null,
      kegiatan: kegiatan ? kegiatan.text : null,
      subKegiatan: sub,
      text,
      // Both are set when the activity is finished.
      rows: PENDING_ROWS,
      schedule: PENDING_MONTHS,
      ket: null,
    };
    this.currentMask = 0;
    this.currentDisplaced = false;
    this.currentHasIndicator = false;
    this.currentFromKegiatan = fromKegiatan;
    this.currentKegiatan = kegiatan;
  }

  startArea(row: number, no: string, text: string): void {
    this.finish();
    const m = matchArea(text, this.kind);
    const area: Area = {
      row,
      column: this.areaColumn,
      no: no === '' ? null : no,
      text,
      canonical: m.canonical,
      suggestion: m.suggestion,
      kegiatan: [],
    };
    this.area = area;
    this.areas.push(area);
    this.kegiatan = null;
    this.afterShift = false;
  }
}

// One pass over the data rows, each cell read once and dispatched by its column's role.
// Allocation per row is kept to what the Plan contract needs (the ActivityRow and its marks):
// this loop dominates validation time on large sheets (SPEC §12).

/** What the parse needs of the grid: its columns and kind, known before the data rows' extent. */
export type ParseSetup = Pick<GridInfo, 'cols' | 'firstColumn' | 'kind' | 'firstHeaderRow' | 'headerRow'>;

/**
 * The parse, one row at a time. parsePlan feeds it the rows of a located grid (row()); validation
 * scans each row first (scanRow()), lets findGrid's DataRowScanner classify it from the counts of
 * its filled cells, then accepts it as data, notes it blank or skips it, so every row is read
 * once. Rows must be given in order: blank() for a blank row, skip() for a repeated header row,
 * accept() (after scanRow) or row() for a data row, then result() once.
 */
export class PlanParser {
  private prevBlank = false;
  private readonly roles: number[];
  private readonly namedLast: number;
  private readonly firstColumn: number;
  private readonly hasArea: boolean;
  private readonly hasKegiatan: boolean;
  private readonly kind: GridInfo['kind'];
  private readonly b: PlanBuilder;
  private readonly facts: PlanFacts;
  // Per-row cell scan results, filled by scanRow.
  private readonly scan = new RowScan();
  // The marks of the data rows so far, by text, counted in runs of rows with the same mark (a
  // Map update per row is slow); and the boolean month cells.
  private readonly markCounts = new Map<string, number>();
  private lastMark: string | null = null;
  private lastMarkRun = 0;
  private booleanCells = 0;

  constructor(
    private readonly view: SheetView,
    setup: ParseSetup,
  ) {
    const { cols } = setup;
    // A logical column placed on the same sheet column as its left neighbour is missing: read as
    // blank. A missing AREA / KEGIATAN column is one `missing-column` finding, not an orphan per row.
    this.hasArea = cols.area !== cols.no;
    this.hasKegiatan = cols.kegiatan !== cols.area;
    const hasSub = cols.subKegiatan !== cols.kegiatan;
    const hasIndikator = cols.indikator !== cols.subKegiatan;
    const months = cols.months;
    const ketCol = cols.ket;
    const firstColumn = (this.firstColumn = setup.firstColumn);
    // Columns the header names after KET are the office's own; only what lies beyond is extra.
    const namedLast = (this.namedLast = lastNamedColumnOf(view, setup));
    const roles = (this.roles = new Array<number>(Math.max(0, namedLast - firstColumn + 1)).fill(ROLE_NONE));
    setRole(roles, firstColumn, cols.no, ROLE_NO, true);
    setRole(roles, firstColumn, cols.area, ROLE_AREA, this.hasArea);
    setRole(roles, firstColumn, cols.kegiatan, ROLE_KEGIATAN, this.hasKegiatan);
    setRole(roles, firstColumn, cols.subKegiatan, ROLE_SUB, hasSub);
    setRole(roles, firstColumn, cols.indikator, ROLE_INDIKATOR, hasIndikator);
    for (let i = 0; i < months.length; i++) setRole(roles, firstColumn, months[i]!, ROLE_MONTH + i, true);
    if (ketCol !== null) setRole(roles, firstColumn, ketCol, ROLE_KET, true);
    this.kind = setup.kind;
    this.b = new PlanBuilder(cols.area, setup.kind);
    this.facts = this.b.facts;
  }

  /** A blank row: the next row may continue the text of the row above it (a page break). */
  blank(): void {
    this.prevBlank = true;
  }

  /** A repeated header row: skipped, and not a page-break gap. */
  skip(): void {
    this.prevBlank = false;
  }

  /**
   * Reads every cell of row `r` once. What it returns (the row's filled cells) lets the caller
   * decide what the row is; then exactly one of accept(r), blank() or skip() must follow.
   */
  scanRow(r: number): Readonly<RowScan> {
    scanRow(this.scan, this.view, r, this.roles, this.firstColumn, this.namedLast);
    return this.scan;
  }

  /** Scans and parses row `r` (or notes it blank): for callers that need no say in between. */
  row(r: number): void {
    if (this.scanRow(r).filled === 0) this.blank();
    else this.accept(r);
  }

  /** Adds the row's marks to the tallies behind the plan's preferred mark. */
  private tallyMarks(r: number): void {
    const scan = this.scan;
    this.booleanCells += scan.booleans;
    const key = scan.markKey;
    if (key === null) return;
    const counts = this.markCounts;
    if (scan.markMixed) {
      // Different mark texts on one row (rare): count them cell by cell.
      for (let c = this.firstColumn; c <= this.namedLast; c++) {
        if (this.roles[c - this.firstColumn]! < ROLE_MONTH) continue;
        const v = this.view.get(r, c);
        if (v === null || typeof v === 'boolean' || markKind(v) !== MARK) continue;
        const k = typeof v === 'number' ? String(v) : v.trim();
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      return;
    }
    if (key === this.lastMark) {
      this.lastMarkRun += scan.markRun;
      return;
    }
    if (this.lastMark !== null)
      counts.set(this.lastMark, (counts.get(this.lastMark) ?? 0) + this.lastMarkRun);
    this.lastMark = key;
    this.lastMarkRun = scan.markRun;
  }

  /** Parses the data row `r` just scanned (non-blank). */
  accept(r: number): void {
    const { scan, b, facts, kind, hasArea, hasKegiatan } = this;
    const prevBlank = this.prevBlank;
    this.tallyMarks(r);
    const { no, areaText, kegText, subText, indText, ketValue, invalid, markup, extra, rowMask, extraMark } =
      scan;
    let shiftedValue = scan.shiftedValue;
    const markInText = scan.markInText;
    const hasMarks = rowMask !== 0;
    const ketIsMark = ketValue !== null && isMark(ketValue);

    if (shiftedValue === null && markInText >= 0) {
      const texts = [no, areaText, kegText, subText, indText];
      shiftedValue =
        texts.find((x) => x !== '' && !isSymbolMark(x) && x !== 'TRUE') ?? texts[markInText - ROLE_NO]!;
    }
    if (shiftedValue === null && no.length >= 4 && /\p{L}{4,}/u.test(no)) shiftedValue = no;
    // Numbering split into its own cell pushes the text one column right: a bare "3" in AREA,
    // or a bare label in KEGIATAN / SUB KEGIATAN with the text beside it.
    if (shiftedValue === null && areaText !== '' && areaText.length <= 4 && /^\d{1,3}[.)]?$/.test(areaText)) {
      shiftedValue = kegText || subText || areaText;
    }
    if (
      shiftedValue === null &&
      kegText !== '' &&
      kegText.length <= 4 &&
      isBareLabel(kegText) &&
      subText !== '' &&
      indText !== ''
    ) {
      shiftedValue = subText;
    }
    if (shiftedValue === null && invalid.length > 0 && !hasMarks && isBareLabel(subText) && indText !== '')
      shiftedValue = indText;
    const shifted = shiftedValue !== null ? { value: clip(shiftedValue) } : null;

    // A row just after a blank row (a page break) with no marks and no NO/AREA, unnumbered or
    // carrying on mid-sentence (lower case), is text split off the row above: it starts nothing.
    let continuation = false;
    if (prevBlank && !shifted && !hasMarks && no === '' && areaText === '') {
      const firstText = kegText || subText || indText;
      continuation =
        firstText !== '' &&
        (labelOf(firstText) === null ||
          startsLowerCase(kegText) ||
          startsLowerCase(subText) ||
          startsLowerCase(indText));
    }
    this.prevBlank = false;

    let orphan = false;
    let areaStart = false;
    // The INDIKATOR text this row contributes to its activity.
    let rowIndikator: string | null = indText !== '' && !isSymbolMark(indText) ? indText : null;
    if (shifted) {
      facts.shiftedRows.push(r);
      let areaUsed = false;
      if (areaText !== '' && matchArea(areaText, kind).canonical) {
        b.startArea(r, no, areaText);
        areaStart = true;
        areaUsed = true;
      }
      // Read the row's texts in order, right-aligned: the last is the indicator, the one before
      // the sub kegiatan, the one before that the kegiatan.
      const tokens = shiftedTokens(no, areaUsed ? '' : areaText, kegText, subText, indText, invalid);
      const n = tokens.length;
      rowIndikator = n > 0 ? tokens[n - 1]! : null;
      if (n >= 3) {
        b.finish();
        const k: Kegiatan = { row: r, text: tokens[n - 3]!, activities: [] };
        b.kegiatan = k;
        if (b.area) b.area.kegiatan.push(k);
      }
      if (n >= 2) b.start(r, tokens[n - 2]!, tokens[n - 2]!, false);
      b.afterShift = true;
    } else if (continuation) {
      facts.continuationRows.push(r);
    } else {
      if (areaText !== '') {
        b.startArea(r, no, areaText);
        areaStart = true;
      }
      if (kegText !== '') {
        b.finish();
        const k: Kegiatan = { row: r, text: kegText, activities: [] };
        b.kegiatan = k;
        if (b.area) b.area.kegiatan.push(k);
        else if (!b.afterShift && hasArea) orphan = true;
        b.afterShift = false;
        // A kegiatan with no sub kegiatan rows is itself the activity.
        if (subText === '') b.start(r, kegText, null, true);
      }
      if (subText !== '') {
        if (b.current !== null && b.currentFromKegiatan && b.currentMask === 0 && b.noIndicatorYet()) {
          // The kegiatan row was only a heading for its sub kegiatan rows.
          b.current = null;
          b.scratchN = 0;
        }
        if (!b.kegiatan && !b.afterShift && hasKegiatan) orphan = true;
        // Only a new area or kegiatan re-establishes the hierarchy a shifted row left unclear.
        b.start(r, subText, subText, false);
      }
    }

    const a = b.current;
    if (a !== null) {
      b.pushRow({
        row: r,
        indikator: rowIndikator,
        marks: rowMask === 0 ? NO_MONTHS : monthsOfMask(rowMask),
        invalid: invalid === NO_INVALID ? NO_INVALID_CELLS : invalid,
        ket: ketValue,
      });
      a.endRow = r;
      b.currentMask |= rowMask;
      if (extraMark || ketIsMark) b.currentDisplaced = true;
      if (a.ket === null && ketValue !== null && ketValue !== false && !ketIsMark) {
        const t = typeof ketValue === 'string' ? ketValue.trim() : String(ketValue);
        if (t !== '') a.ket = t;
      }
    } else if (!shifted && !continuation && !areaStart && !b.afterShift) {
      if (indText !== '' || hasMarks || invalid.length > 0 || subText !== '' || kegText !== '') orphan = true;
    }

    const markInKet = ketIsMark ? ketValue : null;
    if (shifted || orphan || extra || markInKet !== null || invalid.length > 0 || markup.length > 0) {
      facts.rows.push({ row: r, shifted, invalid, markInKet, extra, markup, orphan });
    }
  }

  /** The plan of the rows given, for the finished grid, and its facts. */
  result(grid: GridInfo): { plan: Plan; facts: PlanFacts } {
    const { b, facts } = this;
    b.finish();

    const markCounts = this.markCounts;
    if (this.lastMark !== null)
      markCounts.set(this.lastMark, (markCounts.get(this.lastMark) ?? 0) + this.lastMarkRun);
    const booleanCells = this.booleanCells;
    let preferredMark: string | boolean = '√';
    let best = 0;
    for (const [k, n] of markCounts) {
      if (n > best) {
        preferredMark = k;
        best = n;
      }
    }
    if (booleanCells > best) preferredMark = true;
    const plan: Plan = { grid, areas: b.areas, activities: b.activities, preferredMark };
    return { plan, facts };
  }
}

function parseWithFacts(view: SheetView, grid: GridInfo): { plan: Plan; facts: PlanFacts } {
  const parser = new PlanParser(view, grid);
  const repeated = grid.repeatedHeaderRows.length > 0 ? new Set(grid.repeatedHeaderRows) : null;
  for (let r = grid.firstDataRow; r <= grid.lastDataRow; r++) {
    if (repeated !== null && repeated.has(r)) {
      parser.skip();
      continue;
    }
    parser.row(r);
  }
  return parser.result(grid);
}
