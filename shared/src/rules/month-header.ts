import { monthHeaderReports } from '../grid/grid-checks.js';
import type { RuleDef } from './rule.js';

export const monthHeader: RuleDef = {
  id: 'month-header',
  severity: 'error',
  description: 'The 12 month columns are not twelve consecutive months in order.',
  check: (ctx) => monthHeaderReports(ctx.sheet, ctx.grid),
};
