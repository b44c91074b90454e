import { sameMonths } from '../month-lists.js';
import { activityRulesOf } from '../recurrence/rule-of-activity.js';
import type { RuleDef, RuleReport } from './rule.js';
import { clip, ruleOptionsOf } from './facts.js';

export const scheduleMismatch: RuleDef = {
  id: 'schedule-mismatch',
  severity: 'warning',
  description: "The activity's marked months disagree with the recurrence stated for it.",
  check(ctx) {
    const out: RuleReport[] = [];
    const months = ctx.grid.cols.months;
    const own = activityRulesOf(ruleOptionsOf(ctx, ctx.options.anchor));
    const flipped = activityRulesOf(ruleOptionsOf(ctx, ctx.options.anchor === 'end' ? 'start' : 'end'));
    // Indexed loops over the plan's lists: a for-of allocates an iterator result per activity
    // until the loop is optimised, and a rule's loop runs once per validation (SPEC §12).
    const activities = ctx.plan.activities;
    const recurrences = own.recurrencesOf(activities);
    for (let i = 0; i < activities.length; i++) {
      const a = activities[i]!;
      // An activity with no marks is `unscheduled`'s business, not a disagreement.
      if (a.schedule.length === 0) continue;
      const recurrence = recurrences[i]!;
      if (!recurrence || recurrence.kind !== 'months') continue;
      // The plan keeps schedules sorted ascending.
      const found = a.schedule;
      const expected = recurrence.months;
      if (sameMonths(found, expected)) continue;
      // Offices mark a quarter either in its first or its last month; the anchor setting is a
      // fill convention, so marks at the other anchor's months are not reported as a mismatch.
      const other = flipped.recurrenceOf(a);
      if (other && other.kind === 'months' && sameMonths(found, other.months)) continue;
      out.push({
        row: a.row,
        column: months[0]!,
        endRow: a.row,
        endColumn: months[11]!,
        data: { rule: clip(recurrence.phrase), expected: expected.join(','), found: found.join(',') },
        area: a.area,
      });
    }
    return out;
  },
};
