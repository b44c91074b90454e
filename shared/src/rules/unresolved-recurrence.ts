import { recurrenceOfActivity, ruleOfActivity } from '../recurrence/rule-of-activity.js';
import type { RuleDef, RuleReport } from './rule.js';
import { clip, ruleOptionsOf } from './facts.js';

export const unresolvedRecurrence: RuleDef = {
  id: 'unresolved-recurrence',
  severity: 'info',
  description: 'A recurrence is stated ("secara berkala") but cannot be turned into months.',
  check(ctx) {
    const out: RuleReport[] = [];
    // One options object for every activity: ruleOfActivity keys its memo on it.
    const opts = ruleOptionsOf(ctx, ctx.options.anchor);
    for (const a of ctx.plan.activities) {
      // The recurrence first (no object per activity); the cell it came from only for a report.
      const recurrence = recurrenceOfActivity(a, opts);
      if (!recurrence || recurrence.kind !== 'unresolved') continue;
      const rule = ruleOfActivity(a, opts)!;
      out.push({
        row: rule.row,
        column: rule.column,
        data: { phrase: clip(rule.recurrence.phrase) },
        area: a.area,
      });
    }
    return out;
  },
};
