// The fill planner (SPEC §8): which empty month cells to tick from each activity's recurrence.
// It only plans; hosts show the plan as a preview, write it, and keep the old values for undo.
//
// Policy:
// - Writes go to EMPTY month cells (blank, or an unticked checkbox) of the activity's first row,
//   for the rule's months not yet marked anywhere in the span. Nothing is removed or overwritten.
// - An activity is skipped, and reported, when its existing marks are not all within the rule's
//   months (`schedule-mismatch`), when a month cell of its span holds something that is not a mark
//   or is hidden under a merge (`non-mark-content`), or when its rule is unresolved.
// - Rule sources: `options.rule` for the activities touching `options.rows` (all activities when
//   `rows` is absent), else KET, else (with `infer`) the SUB KEGIATAN / INDIKATOR text.
//   `rows` without `rule` limits the fill to those rows' activities, each with its own rule.
import { a1 } from '../a1.js';
import { findGrid } from '../grid/find-grid.js';
import { isEmptyMonthValue, isMark } from '../model/marks.js';
import { parsePlan } from '../model/parse-plan.js';
import { recurrenceOf } from '../recurrence/recurrence-of.js';
import { ruleOfActivity } from '../recurrence/rule-of-activity.js';
import { sheetViewOf, type SheetView } from '../sheet-view.js';
import type {
  Activity,
  Anchor,
  FillOptions,
  FillPlan,
  FillSkip,
  FillWrite,
  GridInfo,
  Recurrence,
  RuleSource,
  SheetInput,
} from '../types.js';

interface Target {
  activity: Activity;
  recurrence: Recurrence | null;
  source: RuleSource;
}

/** Month cells hidden under a merge whose master is another cell: never written. */
function coveredMonthCells(sheet: SheetInput, grid: GridInfo): Set<string> {
  const covered = new Set<string>();
  const first = grid.cols.months[0]!;
  const last = grid.cols.months[11]!;
  for (const m of Array.isArray(sheet.merges) ? sheet.merges : []) {
    if (m.right < first || m.left > last || m.bottom < grid.firstDataRow || m.top > grid.lastDataRow)
      continue;
    for (let r = Math.max(m.top, grid.firstDataRow); r <= Math.min(m.bottom, grid.lastDataRow); r++) {
      for (let c = Math.max(m.left, first); c <= Math.min(m.right, last); c++) {
        if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
      }
    }
  }
  return covered;
}

function spanRows(activity: Activity, grid: GridInfo): number[] {
  const skip = new Set(grid.repeatedHeaderRows);
  const rows: number[] = [];
  for (let r = activity.row; r <= activity.endRow; r++) if (!skip.has(r)) rows.push(r);
  return rows;
}

function hasNonMarkContent(
  view: SheetView,
  grid: GridInfo,
  activity: Activity,
  covered: Set<string>,
): boolean {
  for (const r of spanRows(activity, grid)) {
    for (const c of grid.cols.months) {
      const v = view.get(r, c);
      if (!isEmptyMonthValue(v) && !isMark(v)) return true;
      if (r === activity.row && covered.has(`${r}:${c}`)) return true;
    }
  }
  return false;
}

function targetsOf(
  activities: Activity[],
  options: FillOptions,
  ruleOpts: { infer: boolean; anchor: Anchor; year: number; view: SheetView; grid: GridInfo },
): { targets: Target[]; skipped: FillSkip[] } {
  const explicit =
    typeof options.rule === 'string' && options.rule.trim() !== '' ? options.rule.trim() : null;
  const rows = Array.isArray(options.rows) ? new Set(options.rows.filter((r) => Number.isInteger(r))) : null;
  const touches = (a: Activity) => {
    if (!rows) return true;
    for (let r = a.row; r <= a.endRow; r++) if (rows.has(r)) return true;
    return false;
  };
  const skipped: FillSkip[] = [];
  if (rows) {
    for (const r of [...rows].sort((x, y) => x - y)) {
      if (!activities.some((a) => r >= a.row && r <= a.endRow))
        skipped.push({ row: r, reason: 'not-an-activity' });
    }
  }
  const optionRule: Recurrence | null = explicit
    ? (recurrenceOf(explicit, { source: 'ket', anchor: ruleOpts.anchor, year: ruleOpts.year }) ?? {
        // A rule the user typed that reads as nothing is reported like any unresolved rule.
        kind: 'unresolved',
        phrase: explicit,
      })
    : null;
  const targets: Target[] = [];
  for (const activity of activities) {
    const selected = touches(activity);
    if (optionRule && selected) {
      targets.push({ activity, recurrence: optionRule, source: 'option' });
      continue;
    }
    // `rows` alone restricts the fill to the selected activities.
    if (rows && !optionRule && !selected) continue;
    const own = ruleOfActivity(activity, ruleOpts);
    if (own) targets.push({ activity, recurrence: own.recurrence, source: own.source });
    else if (rows && selected) skipped.push({ row: activity.row, reason: 'no-rule' });
  }
  return { targets, skipped };
}

export function planFill(sheet: SheetInput, options: FillOptions = {}): FillPlan {
  const opts: FillOptions = options && typeof options === 'object' ? options : {};
  const view = sheetViewOf(sheet);
  const currentYear = Number.isInteger(opts.currentYear)
    ? (opts.currentYear as number)
    : new Date().getFullYear();
  const { grid } = findGrid(view, { currentYear });
  if (!grid) return { writes: [], skipped: [] };
  const plan = parsePlan(view, grid);
  const anchor: Anchor = opts.anchor === 'start' ? 'start' : 'end';
  const covered = coveredMonthCells(sheet, grid);
  const { targets, skipped } = targetsOf(plan.activities, opts, {
    infer: opts.infer === true,
    anchor,
    year: grid.year,
    view,
    grid,
  });

  const writes: FillWrite[] = [];
  for (const { activity, recurrence, source } of targets) {
    if (!recurrence) continue;
    const row = activity.row;
    if (recurrence.kind === 'unresolved') {
      skipped.push({ row, reason: 'unresolved-recurrence', rule: recurrence.phrase });
      continue;
    }
    if (hasNonMarkContent(view, grid, activity, covered)) {
      skipped.push({ row, reason: 'non-mark-content', rule: recurrence.phrase });
      continue;
    }
    const wanted = new Set(recurrence.months);
    if (!activity.schedule.every((m) => wanted.has(m))) {
      skipped.push({ row, reason: 'schedule-mismatch', rule: recurrence.phrase });
      continue;
    }
    const marked = new Set(activity.schedule);
    for (const month of recurrence.months) {
      if (marked.has(month)) continue;
      const column = grid.cols.months[month - 1];
      if (column === undefined || !isEmptyMonthValue(view.get(row, column))) continue;
      writes.push({
        cell: a1(row, column),
        row,
        column,
        value: plan.preferredMark,
        rule: recurrence.phrase,
        source,
      });
    }
  }
  writes.sort((x, y) => x.row - y.row || x.column - y.column);
  skipped.sort((x, y) => x.row - y.row);
  return { writes, skipped };
}
