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

/** Rows of the activity's span, without repeated header blocks. */
function spanRows(activity: Activity, grid: GridInfo): number[] {
  const skip = new Set(grid.repeatedHeaderRows);
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
// the sheet, the activity and these options, so it is kept per sheet view and activity.
const memo = new WeakMap<SheetView, WeakMap<Activity, Map<string, ActivityRule | null>>>();

function copyRule(rule: ActivityRule | null): ActivityRule | null {
  if (!rule) return null;
  const r = rule.recurrence;
  return { ...rule, recurrence: r.kind === 'months' ? { ...r, months: r.months.slice() } : { ...r } };
}

export function ruleOfActivity(activity: Activity, opts: RuleOfActivityOptions): ActivityRule | null {
  let byActivity = memo.get(opts.view);
  if (!byActivity) memo.set(opts.view, (byActivity = new WeakMap()));
  let byOptions = byActivity.get(activity);
  if (!byOptions) byActivity.set(activity, (byOptions = new Map()));
  const key = `${opts.infer}|${opts.anchor}|${opts.year}|${opts.grid.cols.ket}|${opts.grid.cols.indikator}`;
  if (!byOptions.has(key)) byOptions.set(key, computeRule(activity, opts));
  return copyRule(byOptions.get(key) ?? null);
}

function computeRule(activity: Activity, opts: RuleOfActivityOptions): ActivityRule | null {
  const { cols } = opts.grid;
  const rows = spanRows(activity, opts.grid);
  if (cols.ket !== null) {
    const ket = cols.ket;
    const fromKet = firstRule(
      rows.map((row) => ({ row, column: ket })),
      'ket',
      opts,
    );
    if (fromKet) return fromKet;
  }
  if (!opts.infer) return null;
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
