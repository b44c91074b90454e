import { columnLetter } from '../a1.js';
import type { RuleDef, RuleReport } from './rule.js';
import { lastNamedColumnOf } from '../grid/grid-checks.js';
import { factsOf } from './facts.js';

// One finding per row, spanning the cells right of the grid (one problem: the row overflows).
export const extraCell: RuleDef = {
  id: 'extra-cell',
  severity: 'warning',
  description: "A non-empty cell right of the grid's last column on a data row.",
  check(ctx) {
    const out: RuleReport[] = [];
    const lastColumn = columnLetter(lastNamedColumnOf(ctx.sheet, ctx.grid));
    const rows = factsOf(ctx).rows;
    for (let i = 0; i < rows.length; i++) {
      const f = rows[i]!;
      if (!f.extra || f.shifted) continue;
      out.push({
        row: f.row,
        column: f.extra.column,
        endRow: f.row,
        endColumn: f.extra.endColumn,
        data: { value: f.extra.value, lastColumn },
      });
    }
    return out;
  },
};
