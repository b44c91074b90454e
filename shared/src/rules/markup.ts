import type { RuleDef, RuleReport } from './rule.js';
import { factsOf } from './facts.js';

export const markup: RuleDef = {
  id: 'markup',
  severity: 'info',
  description: 'HTML tags in cell text (<i>…</i>, <p>).',
  check(ctx) {
    const out: RuleReport[] = [];
    const rows = factsOf(ctx).rows;
    for (let i = 0; i < rows.length; i++) {
      const f = rows[i]!;
      for (let j = 0; j < f.markup.length; j++) {
        const m = f.markup[j]!;
        out.push({ row: f.row, column: m.column, data: { tag: m.tag } });
      }
    }
    return out;
  },
};
