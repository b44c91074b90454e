// The recurrence stated for one activity (SPEC §7): its KET cells first, then, with inference
// on, the SUB KEGIATAN / INDIKATOR text of its span.
import type { SheetView } from '../sheet-view.js';
import type { Activity, Anchor, GridInfo, Recurrence } from '../types.js';
import { recurrenceOf } from './recurrence-of.js';

export interface RuleOfActivityOptions {
  infer: boolean;
  anchor: Anchor;
  year: number;
  view: SheetView;
  grid: GridInfo;
}

export interface ActivityRule {
  recurrence: Recurrence;
  source: 'ket' | 'text';
  /** The cell the rule was read from. */
  row: number;
  column: number;
}

const skipSets = new WeakMap<GridInfo, Set<number>>();

function skipSetOf(grid: GridInfo): Set<number> {
  let skip = skipSets.get(grid);
  if (!skip) skipSets.set(grid, (skip = new Set(grid.repeatedHeaderRows)));
  return skip;
}

/** Rows of the activity's span, without repeated header blocks. */
function spanRows(activity: Activity, grid: GridInfo): number[] {
  const skip = skipSetOf(grid);
  const rows: number[] = [];
  for (let r = activity.row; r <= activity.endRow; r++) if (!skip.has(r)) rows.push(r);
  return rows;
}

/**
 * First resolved rule among the cells, else the first unresolved one: a KET of "secara berkala"
 * on one row does not hide "triwulanan" on the next.
 */
function firstRule(
  cells: { row: number; column: number }[],
  source: 'ket' | 'text',
  opts: RuleOfActivityOptions,
): ActivityRule | null {
  let unresolved: ActivityRule | null = null;
  for (const { row, column } of cells) {
    const text = opts.view.text(row, column);
    if (text === '') continue;
    const recurrence = recurrenceOf(text, { source, anchor: opts.anchor, year: opts.year });
    if (!recurrence) continue;
    if (recurrence.kind === 'months') return { recurrence, source, row, column };
    unresolved ??= { recurrence, source, row, column };
  }
  return unresolved;
}

// Two rules and the fill planner ask for the same activity's rule; the answer depends only on
// the sheet, the activity and these options. One plain Map per view and options (not a WeakMap
// per activity: ephemeron tables made garbage collection the largest cost on 10,000-row plans).
// Cached answers are frozen and shared, so callers must not mutate them.
// Per view and options: answers by activity, and KET texts already read (offices repeat the same
// few phrases on thousands of rows; the recurrence of a text depends only on these options).
// Answers are kept in two arrays indexed by the activity's first row (activities of a plan start
// on distinct rows): the activity asked about, and its rule. A hit needs the same activity object,
// as a Map keyed by activity would; this allocates nothing per activity (SPEC §12).
// recurrenceOfActivity fills only `recs` and `recRows` (the KET row): its rule object is built
// when ruleOfActivity first asks for it (`rules` undefined).
interface Table {
  base: number;
  activities: (Activity | undefined)[];
  rules: (ActivityRule | null | undefined)[];
  recs: (Recurrence | null)[];
  recRows: number[];
  ket: Map<string, Recurrence | null>;
}

function newTable(view: SheetView): Table {
  const n = Math.max(0, view.lastRow - view.firstRow + 1);
  return {
    base: view.firstRow,
    activities: new Array(n),
    rules: new Array(n),
    recs: new Array(n),
    recRows: new Array(n),
    ket: new Map(),
  };
}
const memo = new WeakMap<SheetView, Map<string, Table>>();
// Holds the last view (one sheet) while its rules run, skipping the WeakMap lookup on every
// activity; validate releases it when done (releaseLastView).
let lastView: SheetView | null = null;
let lastByOptions: Map<string, Table> | undefined;
let lastOpts: RuleOfActivityOptions | null = null;
let lastOptsTable: Map<string, Table> | undefined;
let lastByActivity: Table | undefined;
let prevOpts: RuleOfActivityOptions | null = null;
let prevOptsTable: Map<string, Table> | undefined;
let prevByActivity: Table | undefined;

/**
 * Drops the references to the last view and options kept for speed, so that nothing of a
 * finished validation (its view, plan and answers) stays reachable from this module: the next
 * validation then does not carry the last one's plan through garbage collection (SPEC §12).
 * Answers stay memoised per view (weakly) for as long as the view is in use.
 */
export function releaseLastView(): void {
  lastView = null;
  lastByOptions = undefined;
  lastOpts = null;
  lastOptsTable = undefined;
  lastByActivity = undefined;
  prevOpts = null;
  prevOptsTable = undefined;
  prevByActivity = undefined;
}

function tableOf(opts: RuleOfActivityOptions): Table {
  // Callers ask for many activities of one view in a row: remember the last view's table.
  let byOptions = opts.view === lastView ? lastByOptions : memo.get(opts.view);
  if (!byOptions) memo.set(opts.view, (byOptions = new Map()));
  lastView = opts.view;
  lastByOptions = byOptions;
  // Rules pass one options object for all their activities: build its key once.
  // schedule-mismatch alternates two options objects, so the last two are remembered.
  let byActivity: Table | undefined;
  if (opts === lastOpts && byOptions === lastOptsTable && lastByActivity) byActivity = lastByActivity;
  else if (opts === prevOpts && byOptions === prevOptsTable && prevByActivity) {
    byActivity = prevByActivity;
    prevOpts = lastOpts;
    prevOptsTable = lastOptsTable;
    prevByActivity = lastByActivity;
    lastOpts = opts;
    lastOptsTable = byOptions;
    lastByActivity = byActivity;
  } else {
    const key = `${opts.infer}|${opts.anchor}|${opts.year}|${opts.grid.cols.ket}|${opts.grid.cols.indikator}`;
    byActivity = byOptions.get(key);
    byActivity ??= newTable(opts.view);
    byOptions.set(key, byActivity);
    prevOpts = lastOpts;
    prevOptsTable = lastOptsTable;
    prevByActivity = lastByActivity;
    lastOpts = opts;
    lastOptsTable = byOptions;
    lastByActivity = byActivity;
  }
  return byActivity;
}

export function ruleOfActivity(activity: Activity, opts: RuleOfActivityOptions): ActivityRule | null {
  // The plan keeps the span's first KET text; without it and without inference nothing is stated.
  // Most activities take this path, which keeps the two recurrence rules cheap on big plans.
  if (!opts.infer && activity.ket === null) return null;
  const byActivity = tableOf(opts);
  const i = activity.row - byActivity.base;
  const cacheable = i >= 0 && i < byActivity.rules.length;
  if (cacheable && byActivity.activities[i] === activity) {
    const cached = byActivity.rules[i];
    if (cached !== undefined) return cached;
    // Only the recurrence is known (recurrenceOfActivity: KET cells, no inference).
    const rec = byActivity.recs[i]!;
    const built: ActivityRule | null =
      rec === null
        ? null
        : Object.freeze({
            recurrence: rec,
            source: 'ket' as const,
            row: byActivity.recRows[i]!,
            column: opts.grid.cols.ket!,
          });
    byActivity.rules[i] = built;
    return built;
  }
  const rule = computeRule(activity, opts, byActivity.ket);
  if (rule) Object.freeze(rule);
  if (cacheable) {
    byActivity.activities[i] = activity;
    byActivity.rules[i] = rule;
  }
  return rule;
}

/**
 * The recurrence of ruleOfActivity's answer (null when none), without building the answer:
 * rules that only compare months call this for every activity (SPEC §12).
 */
export function recurrenceOfActivity(activity: Activity, opts: RuleOfActivityOptions): Recurrence | null {
  if (!opts.infer && activity.ket === null) return null;
  if (opts.infer) {
    const rule = ruleOfActivity(activity, opts);
    return rule === null ? null : rule.recurrence;
  }
  const byActivity = tableOf(opts);
  const i = activity.row - byActivity.base;
  const cacheable = i >= 0 && i < byActivity.rules.length;
  if (cacheable && byActivity.activities[i] === activity) {
    const cached = byActivity.rules[i];
    if (cached !== undefined) return cached === null ? null : cached.recurrence;
    return byActivity.recs[i]!;
  }
  const rec = opts.grid.cols.ket === null ? null : ketRecurrence(activity, opts, byActivity.ket);
  if (cacheable) {
    byActivity.activities[i] = activity;
    byActivity.rules[i] = undefined;
    byActivity.recs[i] = rec;
    byActivity.recRows[i] = ketRow;
  }
  return rec;
}

// The row of ketRecurrence's answer (module scratch rather than an object per call).
let ketRow = 0;

/**
 * First resolved recurrence among the span's KET cells, else the first unresolved one (its row
 * in ketRow). Straight over the cells: this runs once per activity on every validation.
 */
function ketRecurrence(
  activity: Activity,
  opts: RuleOfActivityOptions,
  ketTexts: Map<string, Recurrence | null>,
): Recurrence | null {
  const ketCol = opts.grid.cols.ket!;
  const skip = skipSetOf(opts.grid);
  let unresolved: Recurrence | null = null;
  let unresolvedRow = 0;
  for (let row = activity.row; row <= activity.endRow; row++) {
    if (skip.size > 0 && skip.has(row)) continue;
    const text = opts.view.text(row, ketCol);
    if (text === '') continue;
    let recurrence = ketTexts.get(text);
    if (recurrence === undefined) {
      recurrence = recurrenceOf(text, { source: 'ket', anchor: opts.anchor, year: opts.year });
      ketTexts.set(text, recurrence);
    }
    if (!recurrence) continue;
    if (recurrence.kind === 'months') {
      ketRow = row;
      return recurrence;
    }
    if (unresolved === null) {
      unresolved = recurrence;
      unresolvedRow = row;
    }
  }
  ketRow = unresolvedRow;
  return unresolved;
}

function computeRule(
  activity: Activity,
  opts: RuleOfActivityOptions,
  ketTexts: Map<string, Recurrence | null>,
): ActivityRule | null {
  const { cols } = opts.grid;
  if (cols.ket !== null) {
    const recurrence = ketRecurrence(activity, opts, ketTexts);
    if (recurrence) return { recurrence, source: 'ket', row: ketRow, column: cols.ket };
  }
  if (!opts.infer) return null;
  const rows = spanRows(activity, opts.grid);
  const cells: { row: number; column: number }[] = [];
  // An activity with no sub kegiatan is its KEGIATAN text; the schedule may be stated there.
  if (activity.subKegiatan === null && cols.kegiatan !== cols.area) {
    cells.push({ row: activity.row, column: cols.kegiatan });
  }
  for (const row of rows) {
    if (cols.subKegiatan !== cols.kegiatan) cells.push({ row, column: cols.subKegiatan });
    if (cols.indikator !== cols.subKegiatan) cells.push({ row, column: cols.indikator });
  }
  return firstRule(cells, 'text', opts);
}
