// The rule registry: every rule of SPEC §6, in the order of the spec table.
import type { RuleId } from '../types.js';
import type { RuleDef } from './rule.js';
import { noGrid } from './no-grid.js';
import { missingColumn } from './missing-column.js';
import { monthHeader } from './month-header.js';
import { columnNumbers } from './column-numbers.js';
import { repeatedHeader } from './repeated-header.js';
import { extraCell } from './extra-cell.js';
import { orphanRow } from './orphan-row.js';
import { unknownArea } from './unknown-area.js';
import { missingArea } from './missing-area.js';
import { numbering } from './numbering.js';
import { missingIndicator } from './missing-indicator.js';
import { unscheduled } from './unscheduled.js';
import { invalidMark } from './invalid-mark.js';
import { shiftedRow } from './shifted-row.js';
import { markInKet } from './mark-in-ket.js';
import { scheduleMismatch } from './schedule-mismatch.js';
import { unresolvedRecurrence } from './unresolved-recurrence.js';
import { markup } from './markup.js';

export const RULES = [
  noGrid,
  missingColumn,
  monthHeader,
  columnNumbers,
  repeatedHeader,
  extraCell,
  orphanRow,
  unknownArea,
  missingArea,
  numbering,
  missingIndicator,
  unscheduled,
  invalidMark,
  shiftedRow,
  markInKet,
  scheduleMismatch,
  unresolvedRecurrence,
  markup,
] as const satisfies readonly RuleDef[];

/** Rules whose findings come out of findGrid (validate does not run their checks again). */
export const GRID_LEVEL_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'no-grid',
  'missing-column',
  'month-header',
  'column-numbers',
]);

/** Default severity of each rule id. */
export const SEVERITY_OF: Readonly<Record<RuleId, RuleDef['severity']>> = Object.fromEntries(
  RULES.map((r) => [r.id, r.severity]),
) as Record<RuleId, RuleDef['severity']>;
