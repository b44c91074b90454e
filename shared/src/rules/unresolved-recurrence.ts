import { ruleOfActivity } from '../recurrence/rule-of-activity.js';
import type { RuleDef, RuleReport } from './rule.js';
import { clip } from './facts.js';

export const unresolvedRecurrence: RuleDef = {
  id: 'unresolved-recurrence',
  severity: 'info',
  description: 'A recurrence is stated ("secara berkala") but cannot be turned into months.',
  check(ctx) {
    const out: RuleReport[] = [];
    for (const a of ctx.plan.activities) {
      const rule = ruleOfActivity(a, {
        infer: ctx.options.infer,
        anchor: ctx.options.anchor,
        year: ctx.grid.year,
        view: ctx.sheet,
        grid: ctx.grid,
      });
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
