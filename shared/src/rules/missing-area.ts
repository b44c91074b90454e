import { AREA_LISTS } from '../areas/area-lists.js';
import type { RuleDef, RuleReport } from './rule.js';

export const missingArea: RuleDef = {
  id: 'missing-area',
  severity: 'warning',
  description: 'A canonical area of the plan kind is absent.',
  check(ctx) {
    // Without an AREA column there are no areas to miss: `missing-column` already says so.
    if (ctx.grid.cols.area === ctx.grid.cols.no) return [];
    const present = new Set<string>();
    // A near miss (reported by unknown-area with its suggestion) is not also reported missing.
    for (const a of ctx.plan.areas) {
      if (a.canonical) present.add(a.canonical);
      else if (a.suggestion) present.add(a.suggestion);
    }
    const out: RuleReport[] = [];
    const list = AREA_LISTS[ctx.grid.kind];
    for (const a of list.areas) {
      if (a.optional || present.has(a.name)) continue;
      out.push({
        row: null,
        column: null,
        data: { area: a.name, kind: ctx.grid.kind.toUpperCase() },
        area: a.name,
      });
    }
    return out;
  },
};
