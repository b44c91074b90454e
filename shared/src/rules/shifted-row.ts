import type { RuleDef } from './rule.js';
import { factsOf, lastGridColumnOf } from './facts.js';

export const shiftedRow: RuleDef = {
  id: 'shifted-row',
  severity: 'warning',
  description: "The row's content looks shifted (text in month cells, marks in text columns).",
  check: (ctx) =>
    factsOf(ctx).rows.flatMap((f) =>
      f.shifted
        ? [
            {
              row: f.row,
              column: ctx.grid.firstColumn,
              endRow: f.row,
              endColumn: lastGridColumnOf(ctx),
              data: { value: f.shifted.value },
            },
          ]
        : [],
    ),
};
