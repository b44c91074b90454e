import type { RuleDef, RuleReport } from './rule.js';
import { clip } from './facts.js';

export const missingIndicator: RuleDef = {
  id: 'missing-indicator',
  severity: 'error',
  description: 'An activity with no success indicator on any row of its span.',
  check(ctx) {
    const out: RuleReport[] = [];
    for (const a of ctx.plan.activities) {
      let found = false;
      for (let i = 0; i < a.rows.length && !found; i++) found = a.rows[i]!.indikator !== null;
      if (found) continue;
      out.push({
        row: a.row,
        column: ctx.grid.cols.indikator,
        data: { activity: clip(a.text) },
        area: a.area,
      });
    }
    return out;
  },
};
