import type { RuleDef, RuleReport } from './rule.js';
import { lastGridColumnOf } from './facts.js';

export const repeatedHeader: RuleDef = {
  id: 'repeated-header',
  severity: 'info',
  description:
    'A header block repeated inside the table (a page break of the printed original); its rows are skipped.',
  check(ctx) {
    const out: RuleReport[] = [];
    const rows = ctx.grid.repeatedHeaderRows;
    const last = lastGridColumnOf(ctx);
    for (let i = 0; i < rows.length;) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] === rows[j]! + 1) j++;
      out.push({
        row: rows[i]!,
        column: ctx.grid.firstColumn,
        endRow: rows[j]!,
        endColumn: last,
        data: { rows: j - i + 1 },
      });
      i = j + 1;
    }
    return out;
  },
};
