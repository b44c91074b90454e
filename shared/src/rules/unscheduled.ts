import type { RuleDef, RuleReport } from './rule.js';
import { clip, factsOf } from './facts.js';

export const unscheduled: RuleDef = {
  id: 'unscheduled',
  severity: 'error',
  description: 'An activity with no month marked on any row of its span.',
  check(ctx) {
    const out: RuleReport[] = [];
    const months = ctx.grid.cols.months;
    // Marks pushed into KET or past the grid are reported there (mark-in-ket, extra-cell,
    // shifted-row); once moved back the activity is scheduled, so it is not reported twice.
    const facts = factsOf(ctx);
    const displaced = new Set(facts.displacedMarkActivities);
    // The parse notes the activities with no mark on any row of their span.
    const activities = facts.withoutMarks;
    for (let i = 0; i < activities.length; i++) {
      const a = activities[i]!;
      if (displaced.has(a.row)) continue;
      out.push({
        row: a.row,
        column: months[0]!,
        endRow: a.row,
        endColumn: months[11]!,
        data: { activity: clip(a.text) },
        area: a.area,
      });
    }
    return out;
  },
};
