import type { RuleDef, RuleReport } from './rule.js';
import { clip, factsOf } from './facts.js';

export const invalidMark: RuleDef = {
  id: 'invalid-mark',
  severity: 'warning',
  description: 'A month cell holds something that is not a check mark.',
  check(ctx) {
    const out: RuleReport[] = [];
    const rows = factsOf(ctx).rows;
    for (let i = 0; i < rows.length; i++) {
      const f = rows[i]!;
      if (f.shifted) continue; // reported once as shifted-row
      for (const c of f.invalid)
        out.push({ row: f.row, column: c.column, data: { value: clip(c.value), month: c.month } });
    }
    return out;
  },
};
