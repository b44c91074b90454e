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
    for (let i = 0; i < activities.length; i++) {
      const a = activities[i]!;
      // The recurrence first (no rule object for the many that resolve), its cell when reported.
      const recurrence = rules.recurrenceOf(a);
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
