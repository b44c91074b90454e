import type { RuleDef, RuleReport } from './rule.js';
import { clip, factsOf } from './facts.js';

export const missingIndicator: RuleDef = {
  id: 'missing-indicator',
  severity: 'error',
  description: 'An activity with no success indicator on any row of its span.',
  check(ctx) {
    const out: RuleReport[] = [];
    // The parse notes the activities none of whose rows has an INDIKATOR text.
    const activities = factsOf(ctx).withoutIndicator;
    for (let i = 0; i < activities.length; i++) {
      const a = activities[i]!;
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
