import type { RuleDef } from './rule.js';
import { clip, factsOf } from './facts.js';

export const markInKet: RuleDef = {
  id: 'mark-in-ket',
  severity: 'warning',
  description: 'A check mark in KET (marks pushed one column right).',
  check(ctx) {
    const ket = ctx.grid.cols.ket;
    if (ket === null) return [];
    return factsOf(ctx).rows.flatMap((f) =>
      f.markInKet !== null && !f.shifted
        ? [{ row: f.row, column: ket, data: { value: clip(f.markInKet) } }]
        : [],
    );
  },
};
