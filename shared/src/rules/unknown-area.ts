import type { RuleDef, RuleReport } from './rule.js';
import { clip } from './facts.js';

export const unknownArea: RuleDef = {
  id: 'unknown-area',
  severity: 'warning',
  description: "An area name that is not in the plan kind's list (with a suggestion when close).",
  check(ctx) {
    const out: RuleReport[] = [];
    for (const a of ctx.plan.areas) {
      if (a.canonical) continue;
      const text = clip(a.text);
      out.push(
        a.suggestion
          ? {
              row: a.row,
              column: a.column,
              messageId: 'unknown-area.suggest',
              data: { text, suggestion: a.suggestion },
              suggestion: a.suggestion,
              area: a.text,
            }
          : { row: a.row, column: a.column, data: { text }, area: a.text },
      );
    }
    return out;
  },
};
