import { activityRulesOf } from '../recurrence/rule-of-activity.js';
import type { RuleDef, RuleReport } from './rule.js';
import { clip, ruleOptionsOf } from './facts.js';

export const unresolvedRecurrence: RuleDef = {
  id: 'unresolved-recurrence',
  severity: 'info',
  description: 'A recurrence is stated ("secara berkala") but cannot be turned into months.',
  check(ctx) {
    const out: RuleReport[] = [];
    const rules = activityRulesOf(ruleOptionsOf(ctx, ctx.options.anchor));
    const activities = ctx.plan.activities;
    // The recurrences first (no rule object for the many that resolve), the cell when reported.
    const recurrences = rules.recurrencesOf(activities);
    for (let i = 0; i < activities.length; i++) {
      const a = activities[i]!;
      const recurrence = recurrences[i]!;
      if (recurrence === null || recurrence.kind !== 'unresolved') continue;
      const rule = rules.ruleOf(a)!;
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
