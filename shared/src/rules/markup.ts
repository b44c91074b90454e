import type { RuleDef } from './rule.js';
import { factsOf } from './facts.js';

export const markup: RuleDef = {
  id: 'markup',
  severity: 'info',
  description: 'HTML tags in cell text (<i>…</i>, <p>).',
  check: (ctx) =>
    factsOf(ctx).rows.flatMap((f) =>
      f.markup.map((m) => ({ row: f.row, column: m.column, data: { tag: m.tag } })),
    ),
};
