// Highlights as conditional-format rules, so no cell value or cell format is ever touched.
// Our rules carry a marker in their (always true) custom formula; that is how a later run finds
// and replaces them while leaving the user's own rules exactly as they were.
import { SEVERITY_COLORS, type Highlight, type Severity } from '../../../shared/src/index.js';
import type { Schema$ConditionalFormatRule, Schema$GridRange, Schema$Request, Schema$Sheet } from './api.js';

export const MARKER = 'lampiran-checker';
const MARKER_RE = /"lampiran-checker(?::([a-z]+))?"\s*<>\s*""/i;
const ORDER: Severity[] = ['error', 'warning', 'info'];

export function markerFormula(severity: Severity): string {
  return `=AND(TRUE,"${MARKER}:${severity}"<>"")`;
}

function formulaOf(rule: Schema$ConditionalFormatRule): string | null {
  const c = rule.booleanRule?.condition;
  if (c?.type !== 'CUSTOM_FORMULA') return null;
  const v = c.values?.[0]?.userEnteredValue;
  return typeof v === 'string' ? v : null;
}

export function isOurRule(rule: Schema$ConditionalFormatRule): boolean {
  const f = formulaOf(rule);
  return f !== null && MARKER_RE.test(f);
}

function rgbOf(hex: string): { red: number; green: number; blue: number } {
  const n = parseInt(hex.replace('#', ''), 16);
  return { red: ((n >> 16) & 255) / 255, green: ((n >> 8) & 255) / 255, blue: (n & 255) / 255 };
}

export function gridRangeOf(
  sheetId: number,
  h: Pick<Highlight, 'row' | 'column' | 'endRow' | 'endColumn'>,
): Schema$GridRange {
  return {
    sheetId,
    startRowIndex: h.row - 1,
    endRowIndex: h.endRow,
    startColumnIndex: h.column - 1,
    endColumnIndex: h.endColumn,
  };
}

/** One rule per severity present, errors first so they win where ranges overlap. */
export function desiredRules(
  sheetId: number,
  highlights: readonly Highlight[],
): Schema$ConditionalFormatRule[] {
  const rules: Schema$ConditionalFormatRule[] = [];
  for (const severity of ORDER) {
    const mine = highlights.filter((h) => h.severity === severity);
    if (mine.length === 0) continue;
    rules.push({
      ranges: mine.map((h) => gridRangeOf(sheetId, h)),
      booleanRule: {
        condition: { type: 'CUSTOM_FORMULA', values: [{ userEnteredValue: markerFormula(severity) }] },
        format: { backgroundColor: rgbOf(SEVERITY_COLORS[severity]) },
      },
    });
  }
  return rules;
}

/** Indexes of our rules in the sheet's rule list (its order is the rules' priority). */
export function ourRuleIndexes(sheet: Schema$Sheet | undefined): number[] {
  const out: number[] = [];
  (sheet?.conditionalFormats ?? []).forEach((r, i) => {
    if (isOurRule(r)) out.push(i);
  });
  return out;
}

function rangeKey(r: Schema$GridRange): string {
  return [
    r.sheetId ?? 0,
    r.startRowIndex ?? 0,
    r.endRowIndex ?? '',
    r.startColumnIndex ?? 0,
    r.endColumnIndex ?? '',
  ].join(':');
}

function ruleKey(rule: Schema$ConditionalFormatRule): string {
  const c = rule.booleanRule?.format?.backgroundColor ?? {};
  const colour = [c.red ?? 0, c.green ?? 0, c.blue ?? 0].map((x) => Math.round(x * 255)).join(',');
  return `${formulaOf(rule) ?? ''}|${colour}|${(rule.ranges ?? []).map(rangeKey).sort().join(';')}`;
}

/** True when the sheet already holds exactly the wanted highlights, on top of the rule list. */
export function highlightsUpToDate(
  sheet: Schema$Sheet | undefined,
  wanted: readonly Schema$ConditionalFormatRule[],
): boolean {
  const current = sheet?.conditionalFormats ?? [];
  const ours = ourRuleIndexes(sheet);
  if (ours.length !== wanted.length) return false;
  return ours.every((index, i) => index === i && ruleKey(current[index]!) === ruleKey(wanted[i]!));
}

export interface HighlightPlan {
  requests: Schema$Request[];
  deleted: number;
  added: number;
  ranges: number;
}

/**
 * Deletes our earlier rules from the highest index down (each delete shifts the ones after it),
 * then adds the new ones at the top; all of it goes in one batchUpdate, which Google applies
 * atomically.
 */
export function highlightPlanOf(
  sheetId: number,
  sheet: Schema$Sheet | undefined,
  wanted: readonly Schema$ConditionalFormatRule[],
): HighlightPlan {
  const indexes = ourRuleIndexes(sheet).sort((a, b) => b - a);
  const requests: Schema$Request[] = indexes.map((index) => ({
    deleteConditionalFormatRule: { sheetId, index },
  }));
  wanted.forEach((rule, index) => requests.push({ addConditionalFormatRule: { rule, index } }));
  return {
    requests,
    deleted: indexes.length,
    added: wanted.length,
    ranges: wanted.reduce((n, r) => n + (r.ranges?.length ?? 0), 0),
  };
}
