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
    for (const a of ctx.plan.activities) {
      const rule = rules.ruleOf(a);
      if (!rule || rule.recurrence.kind !== 'unresolved') continue;
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
