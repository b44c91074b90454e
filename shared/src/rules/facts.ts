// Shared access for rules to what parsePlan computed once.
import { rowFactsOf } from '../model/parse-plan.js';
import type { PlanFacts } from '../model/row-facts.js';
import type { RuleOfActivityOptions } from '../recurrence/rule-of-activity.js';
import type { Anchor } from '../types.js';
import type { RuleContext } from './rule.js';

export function factsOf(ctx: RuleContext): PlanFacts {
  return rowFactsOf(ctx.plan, ctx.sheet);
}

/** Last sheet column of the grid (KET, or December in 17-column plans). */
export function lastGridColumnOf(ctx: RuleContext): number {
  return ctx.grid.cols.ket ?? ctx.grid.cols.months[11]!;
}

/** Cell text for message data: at most 80 characters. */
export function clip(value: unknown): string {
  const t =
    typeof value === 'string'
      ? value.trim()
      : typeof value === 'boolean'
        ? value
          ? 'TRUE'
          : 'FALSE'
        : value === null || value === undefined
          ? ''
          : String(value);
  return t.length > 80 ? `${t.slice(0, 79)}…` : t;
}

/** Options for the activities' rules under `anchor`. */
export function ruleOptionsOf(ctx: RuleContext, anchor: Anchor): RuleOfActivityOptions {
  return { infer: ctx.options.infer, anchor, year: ctx.grid.year, view: ctx.sheet, grid: ctx.grid };
}
