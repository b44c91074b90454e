// Runs validate and keeps one rule's findings as { messageId, cell } pairs (not wording).
import { validate } from '../../shared/src/validate.js';
import type { Finding, RuleId, SheetInput, ValidateOptions } from '../../shared/src/types.js';

export function findingsOf(sheet: SheetInput, rule: RuleId, options: ValidateOptions = {}): Finding[] {
  return validate(sheet, { currentYear: 2024, ...options }).findings.filter((f) => f.rule === rule);
}

export function seenOf(
  sheet: SheetInput,
  rule: RuleId,
  options: ValidateOptions = {},
): { messageId: string; cell: string | null }[] {
  return findingsOf(sheet, rule, options).map((f) => ({ messageId: f.messageId, cell: f.cell }));
}
