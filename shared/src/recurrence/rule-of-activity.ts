// The recurrence stated for one activity (SPEC §7): its KET cells first, then, with inference
// on, the SUB KEGIATAN / INDIKATOR text of its span.
import { textOf, type SheetView } from '../sheet-view.js';
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
  readonly recurrence: Recurrence;
  readonly source: 'ket' | 'text';
  /** The cell the rule was read from. */
  readonly row: number;
  readonly column: number;
}

/** Repeated header rows of the grid as a set, or null when there are none (most plans). */
function skipSetOf(grid: GridInfo): Set<number> | null {
  return grid.repeatedHeaderRows.length > 0 ? new Set(grid.repeatedHeaderRows) : null;
}

/** Rows of the activity's span, without repeated header blocks. */
function spanRows(activity: Activity, skip: Set<number> | null): number[] {
  const rows: number[] = [];
  for (let r = activity.row; r <= activity.endRow; r++) if (skip === null || !skip.has(r)) rows.push(r);
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

// The rules of one view's activities under one set of options, shared by the rules and the fill
// planner during one validation. Offices repeat a few KET phrases on thousands of rows, so each
// text's recurrence is resolved once and kept. An activity's rule itself is not kept: every
// caller asks once per activity (schedule-mismatch asks only for the recurrence, which needs no
// rule object), and a per-activity cache cost more than it saved (SPEC §12). Answers are typed
// read-only.
export class ActivityRules {
  private readonly ketTexts = new Map<string, Recurrence | null>();
  private readonly skip: Set<number> | null;
  private listedFor: readonly Activity[] | null = null;
  private listed: (Recurrence | null)[] | null = null;

  constructor(private readonly opts: RuleOfActivityOptions) {
    this.skip = skipSetOf(opts.grid);
  }

  ruleOf(activity: Activity): ActivityRule | null {
    // The plan keeps the span's first KET text; without it and without inference nothing is
    // stated. Most activities take this path.
    const ket = activity.ket;
    if (!this.opts.infer && ket === null) return null;
    // A one-row span has one KET cell, on its first row: the rule is its text's, when it states one.
    const ketCol = this.opts.grid.cols.ket;
    if (ket !== null && ketCol !== null && activity.rows.length === 1) {
      const recurrence = this.ketRecurrence(ket.indexOf('\u00a0') < 0 ? ket : textOf(ket));
      if (recurrence !== null) return { recurrence, source: 'ket', row: activity.row, column: ketCol };
    }
    return computeRule(activity, this.opts, this.ketTexts, this.skip);
  }

  /** The grid these answers were computed for. */
  get grid(): GridInfo {
    return this.opts.grid;
  }

  /**
   * The recurrence of ruleOf(activity), without its cell. Most activities state one KET phrase:
   * the plan keeps the span's first KET text (`activity.ket`). When that text resolves to months
   * it is the span's first resolved KET cell (cells before it are blank or marks, which state
   * nothing); when the span is one row it is the only KET cell. Either way the answer needs no
   * walk over the rows and no rule object.
   */
  recurrenceOf(activity: Activity): Recurrence | null {
    const ket = activity.ket;
    if (ket === null) {
      if (!this.opts.infer) return null;
    } else if (this.opts.grid.cols.ket !== null) {
      const recurrence = this.ketRecurrence(ket.indexOf('\u00a0') < 0 ? ket : textOf(ket));
      if (recurrence !== null && (recurrence.kind === 'months' || activity.rows.length === 1))
        return recurrence;
    }
    const rule = this.ruleOf(activity);
    return rule === null ? null : rule.recurrence;
  }

  /**
   * recurrenceOf for every activity of a list, in its order; computed once per list and shared
   * (schedule-mismatch and unresolved-recurrence both read it).
   */
  recurrencesOf(activities: readonly Activity[]): readonly (Recurrence | null)[] {
    if (this.listed !== null && this.listedFor === activities) return this.listed;
    const out = new Array<Recurrence | null>(activities.length);
    for (let i = 0; i < activities.length; i++) out[i] = this.recurrenceOf(activities[i]!);
    this.listedFor = activities;
    this.listed = out;
    return out;
  }

  /** The recurrence a KET text states (each distinct text resolved once per validation). */
  private ketRecurrence(text: string): Recurrence | null {
    let recurrence = this.ketTexts.get(text);
    if (recurrence === undefined) {
      recurrence = recurrenceOf(text, { source: 'ket', anchor: this.opts.anchor, year: this.opts.year });
      this.ketTexts.set(text, recurrence);
    }
    return recurrence;
  }
}

/**
 * The ActivityRules of a view and options, shared by every caller during one validation: kept in
 * the view's memo, so they are released with it. A view without a memo gets fresh ones.
 */
export function activityRulesOf(opts: RuleOfActivityOptions): ActivityRules {
  const memo = opts.view.memo;
  if (memo === undefined) return new ActivityRules(opts);
  const { grid } = opts;
  const key = `activity-rules|${opts.infer}|${opts.anchor}|${opts.year}`;
  const cached = memo.get(key);
  if (cached instanceof ActivityRules && cached.grid === grid) return cached;
  const rules = new ActivityRules(opts);
  memo.set(key, rules);
  return rules;
}

export function ruleOfActivity(activity: Activity, opts: RuleOfActivityOptions): ActivityRule | null {
  if (!opts.infer && activity.ket === null) return null;
  return activityRulesOf(opts).ruleOf(activity);
}

/**
 * First resolved rule among the span's KET cells, else the first unresolved one. Read from the
 * activity's rows, which hold each data row's KET value (blank rows and repeated header rows of
 * the span have no KET): this runs once per activity on every validation.
 */
function ketRule(
  activity: Activity,
  opts: RuleOfActivityOptions,
  ketTexts: Map<string, Recurrence | null>,
): ActivityRule | null {
  const ketCol = opts.grid.cols.ket!;
  const rows = activity.rows;
  let unresolved: ActivityRule | null = null;
  for (let i = 0; i < rows.length; i++) {
    const { ket, row } = rows[i]!;
    if (ket === null) continue;
    const text = typeof ket === 'string' && ket.indexOf('\u00a0') < 0 ? ket.trim() : textOf(ket);
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
  skip: Set<number> | null,
): ActivityRule | null {
  const { cols } = opts.grid;
  if (cols.ket !== null) {
    const fromKet = ketRule(activity, opts, ketTexts);
    if (fromKet) return fromKet;
  }
  if (!opts.infer) return null;
  const rows = spanRows(activity, skip);
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
