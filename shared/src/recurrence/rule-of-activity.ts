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
interface Table {
  activities: Map<Activity, ActivityRule | null>;
  ket: Map<string, Recurrence | null>;
}
const memo = new WeakMap<SheetView, Map<string, Table>>();
// Holds the last view (one sheet) until the next validation; a small price for skipping the
// WeakMap lookup on every activity.
let lastView: SheetView | null = null;
let lastByOptions: Map<string, Table> | undefined;
let lastOpts: RuleOfActivityOptions | null = null;
let lastOptsTable: Map<string, Table> | undefined;
let lastByActivity: Table | undefined;
let prevOpts: RuleOfActivityOptions | null = null;
let prevOptsTable: Map<string, Table> | undefined;
let prevByActivity: Table | undefined;

export function ruleOfActivity(activity: Activity, opts: RuleOfActivityOptions): ActivityRule | null {
  // The plan keeps the span's first KET text; without it and without inference nothing is stated.
  // Most activities take this path, which keeps the two recurrence rules cheap on big plans.
  if (!opts.infer && activity.ket === null) return null;
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
    byActivity ??= { activities: new Map(), ket: new Map() };
    byOptions.set(key, byActivity);
    prevOpts = lastOpts;
    prevOptsTable = lastOptsTable;
    prevByActivity = lastByActivity;
    lastOpts = opts;
    lastOptsTable = byOptions;
    lastByActivity = byActivity;
  }
  let rule = byActivity.activities.get(activity);
  if (rule === undefined) {
    rule = computeRule(activity, opts, byActivity.ket);
    if (rule) Object.freeze(rule);
    byActivity.activities.set(activity, rule);
  }
  return rule;
}

function computeRule(
  activity: Activity,
  opts: RuleOfActivityOptions,
  ketTexts: Map<string, Recurrence | null>,
): ActivityRule | null {
  const { cols } = opts.grid;
  if (cols.ket !== null) {
    // Straight over the span's KET cells: this runs once per activity on every validation.
    const skip = skipSetOf(opts.grid);
    let unresolved: ActivityRule | null = null;
    for (let row = activity.row; row <= activity.endRow; row++) {
      if (skip.size > 0 && skip.has(row)) continue;
      const text = opts.view.text(row, cols.ket);
      if (text === '') continue;
      let recurrence = ketTexts.get(text);
      if (recurrence === undefined) {
        recurrence = recurrenceOf(text, { source: 'ket', anchor: opts.anchor, year: opts.year });
        ketTexts.set(text, recurrence);
      }
      if (!recurrence) continue;
      if (recurrence.kind === 'months') return { recurrence, source: 'ket', row, column: cols.ket };
      unresolved ??= { recurrence, source: 'ket', row, column: cols.ket };
    }
    if (unresolved) return unresolved;
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
