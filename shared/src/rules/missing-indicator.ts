import type { RuleDef, RuleReport } from './rule.js';
import { clip, factsOf } from './facts.js';

export const missingIndicator: RuleDef = {
  id: 'missing-indicator',
  severity: 'error',
  description: 'An activity with no success indicator on any row of its span.',
  check(ctx) {
    const out: RuleReport[] = [];
    // The parse notes the activities none of whose rows has an INDIKATOR text.
    for (const a of factsOf(ctx).withoutIndicator) {
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
