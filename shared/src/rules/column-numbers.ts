import { columnNumberReports } from '../grid/grid-checks.js';
import type { RuleDef } from './rule.js';

export const columnNumbers: RuleDef = {
  id: 'column-numbers',
  severity: 'warning',
  description: 'The column-number row under the header is not 1..N.',
  check: (ctx) => columnNumberReports(ctx.sheet, ctx.grid),
};
