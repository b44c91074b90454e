import type { RuleDef } from './rule.js';
import { factsOf, lastGridColumnOf } from './facts.js';

export const orphanRow: RuleDef = {
  id: 'orphan-row',
  severity: 'warning',
  description: 'A data row before any area of change or kegiatan.',
  check: (ctx) =>
    factsOf(ctx)
      .rows.filter((f) => f.orphan)
      .map((f) => ({
        row: f.row,
        column: ctx.grid.firstColumn,
        endRow: f.row,
        endColumn: lastGridColumnOf(ctx),
      })),
};
