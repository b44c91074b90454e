import type { SheetView } from '../sheet-view.js';
import type { GridInfo, MessageData, Plan, RuleId, Severity, ValidateOptions } from '../types.js';

export interface RuleContext {
  sheet: SheetView;
  grid: GridInfo;
  plan: Plan;
  options: Required<Pick<ValidateOptions, 'infer' | 'anchor' | 'lang'>> & ValidateOptions;
}

/** What a rule returns; the runner adds rule id, severity, A1 cells and the key. */
export interface RuleReport {
  /** Defaults to the rule id. */
  messageId?: string;
  data?: MessageData;
  row: number | null;
  column: number | null;
  endRow?: number;
  endColumn?: number;
  suggestion?: string | null;
  area?: string | null;
  /** Overrides the rule's default severity (e.g. a missing KET column is a warning). */
  severity?: Severity;
}

export interface RuleDef {
  id: RuleId;
  severity: Severity;
  /** One line, English, for docs. */
  description: string;
  /** Never throws on bad data: returns what it found. */
  check(ctx: RuleContext): RuleReport[];
}
