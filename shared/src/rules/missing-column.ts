import { missingColumnReports } from '../grid/grid-checks.js';
import type { RuleDef } from './rule.js';

export const missingColumn: RuleDef = {
  id: 'missing-column',
  severity: 'error',
  description: 'A required lampiran column is absent from the header (a missing KET is a warning).',
  check: (ctx) => missingColumnReports(ctx.sheet, ctx.grid),
};
