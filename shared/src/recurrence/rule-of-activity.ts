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

// Two rules and the fill planner ask for the same activities' rules. An ActivityRules computes
// each activity's rule once for one view and one set of options; rules take one per check and
// ask it for every activity. Answers sit in an array indexed by the activity's first row
// (activities of a plan start on distinct rows), not in a map keyed by activity: per-activity map
// entries made garbage collection the largest cost on 10,000-row plans (SPEC §12). Offices repeat
// a few KET phrases on thousands of rows, so each text's recurrence is kept too. Answers are
// frozen and shared: callers must not mutate them.
export class ActivityRules {
  private readonly base: number;
  private readonly activities: (Activity | undefined)[];
  private readonly rules: (ActivityRule | null)[];
  private readonly ketTexts = new Map<string, Recurrence | null>();

  constructor(private readonly opts: RuleOfActivityOptions) {
    const { view } = opts;
    this.base = view.firstRow;
    const n = Math.max(0, view.lastRow - view.firstRow + 1);
    this.activities = new Array(n);
    this.rules = new Array(n);
  }

  ruleOf(activity: Activity): ActivityRule | null {
    // The plan keeps the span's first KET text; without it and without inference nothing is
    // stated. Most activities take this path.
    if (!this.opts.infer && activity.ket === null) return null;
    const i = activity.row - this.base;
    const cacheable = i >= 0 && i < this.rules.length;
    if (cacheable && this.activities[i] === activity) return this.rules[i]!;
    const rule = computeRule(activity, this.opts, this.ketTexts);
    if (rule) Object.freeze(rule);
    if (cacheable) {
      this.activities[i] = activity;
      this.rules[i] = rule;
    }
    return rule;
  }

  recurrenceOf(activity: Activity): Recurrence | null {
    return this.ruleOf(activity)?.recurrence ?? null;
  }
}

const byView = new WeakMap<SheetView, Map<string, ActivityRules>>();

/** The ActivityRules of a view and options, shared by every caller during one validation. */
export function activityRulesOf(opts: RuleOfActivityOptions): ActivityRules {
  let byOptions = byView.get(opts.view);
  if (!byOptions) byView.set(opts.view, (byOptions = new Map()));
  const key = `${opts.infer}|${opts.anchor}|${opts.year}|${opts.grid.cols.ket}|${opts.grid.cols.indikator}`;
  let rules = byOptions.get(key);
  if (!rules) byOptions.set(key, (rules = new ActivityRules(opts)));
  return rules;
}

export function ruleOfActivity(activity: Activity, opts: RuleOfActivityOptions): ActivityRule | null {
  if (!opts.infer && activity.ket === null) return null;
  return activityRulesOf(opts).ruleOf(activity);
}

/**
 * First resolved rule among the span's KET cells, else the first unresolved one. Straight over
 * the cells: this runs once per activity on every validation.
 */
function ketRule(
  activity: Activity,
  opts: RuleOfActivityOptions,
  ketTexts: Map<string, Recurrence | null>,
): ActivityRule | null {
  const ketCol = opts.grid.cols.ket!;
  const skip = skipSetOf(opts.grid);
  let unresolved: ActivityRule | null = null;
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
    if (recurrence.kind === 'months') return { recurrence, source: 'ket', row, column: ketCol };
    unresolved ??= { recurrence, source: 'ket', row, column: ketCol };
  }
  return unresolved;
}

function computeRule(
  activity: Activity,
  opts: RuleOfActivityOptions,
  ketTexts: Map<string, Recurrence | null>,
): ActivityRule | null {
  const { cols } = opts.grid;
  if (cols.ket !== null) {
    const fromKet = ketRule(activity, opts, ketTexts);
    if (fromKet) return fromKet;
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
