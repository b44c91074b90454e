import { ruleOfActivity } from '../recurrence/rule-of-activity.js';
import type { RuleDef, RuleReport } from './rule.js';
import { clip } from './facts.js';

function sameMonths(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((m, i) => m === b[i]);
}

export const scheduleMismatch: RuleDef = {
  id: 'schedule-mismatch',
  severity: 'warning',
  description: "The activity's marked months disagree with the recurrence stated for it.",
  check(ctx) {
    const out: RuleReport[] = [];
    const months = ctx.grid.cols.months;
    const opts = { infer: ctx.options.infer, year: ctx.grid.year, view: ctx.sheet, grid: ctx.grid };
    const own = { ...opts, anchor: ctx.options.anchor };
    const flipped = { ...opts, anchor: ctx.options.anchor === 'end' ? ('start' as const) : ('end' as const) };
    for (const a of ctx.plan.activities) {
      // An activity with no marks is `unscheduled`'s business, not a disagreement.
      if (a.schedule.length === 0) continue;
      const rule = ruleOfActivity(a, own);
      if (!rule || rule.recurrence.kind !== 'months') continue;
      // The plan keeps schedules sorted ascending.
      const found = a.schedule;
      const expected = rule.recurrence.months;
      if (sameMonths(found, expected)) continue;
      // Offices mark a quarter either in its first or its last month; the anchor setting is a
      // fill convention, so marks at the other anchor's months are not reported as a mismatch.
      const other = ruleOfActivity(a, flipped);
      if (other && other.recurrence.kind === 'months' && sameMonths(found, other.recurrence.months)) continue;
      out.push({
        row: a.row,
        column: months[0]!,
        endRow: a.row,
        endColumn: months[11]!,
        data: { rule: clip(rule.recurrence.phrase), expected: expected.join(','), found: found.join(',') },
        area: a.area,
      });
    }
    return out;
  },
};
