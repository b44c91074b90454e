// Highlights as conditional-format rules, so no cell value or cell format is ever touched.
//
// Each severity is painted by a pair of boolean rules over the same ranges with the same fill: one
// BLANK and one NOT_BLANK. Those condition types take no ConditionValues, so no request we send
// carries a `userEnteredValue` anywhere. A later run recognises its own rules through a sheet-level
// developer metadata entry (key METADATA_KEY) that lists a fingerprint of every rule we added:
// a current rule is ours only when its fingerprint is listed there AND it is a BLANK/NOT_BLANK
// rule with one of our fills. Everything else is the user's and is kept, in order. Rules written by
// earlier versions (a CUSTOM_FORMULA carrying the "lampiran-checker" marker) are still recognised,
// so the next --write removes them.
import { createHash } from 'node:crypto';
import { SEVERITY_COLORS, type Highlight, type Severity } from '../../../shared/src/index.js';
import type {
  Schema$ConditionalFormatRule,
  Schema$DeveloperMetadata,
  Schema$GridRange,
  Schema$Request,
  Schema$Sheet,
} from './api.js';

/** Developer metadata key of the sheet-level entry listing our rules' fingerprints. */
export const METADATA_KEY = 'lampiran-checker.highlights';
/** The marker of the CUSTOM_FORMULA rules written by earlier versions. */
export const LEGACY_MARKER = 'lampiran-checker';
const LEGACY_MARKER_RE = /"lampiran-checker(?::([a-z]+))?"\s*<>\s*""/i;
const ORDER: Severity[] = ['error', 'warning', 'info'];
const OUR_TYPES = ['BLANK', 'NOT_BLANK'] as const;
const VALUE_VERSION = 1;

/** The formula earlier versions put in their rules (kept to recognise and remove those rules). */
export function legacyMarkerFormula(severity: Severity): string {
  return `=AND(TRUE,"${LEGACY_MARKER}:${severity}"<>"")`;
}

/** A rule written by an earlier version: a CUSTOM_FORMULA carrying our marker. */
export function isLegacyRule(rule: Schema$ConditionalFormatRule): boolean {
  const c = rule.booleanRule?.condition;
  if (c?.type !== 'CUSTOM_FORMULA') return false;
  const f = c.values?.[0]?.userEnteredValue;
  return typeof f === 'string' && LEGACY_MARKER_RE.test(f);
}

type Rgb = { red: number; green: number; blue: number };

function rgbOf(hex: string): Rgb {
  const n = parseInt(hex.replace('#', ''), 16);
  return { red: ((n >> 16) & 255) / 255, green: ((n >> 8) & 255) / 255, blue: (n & 255) / 255 };
}

/** "r,g,b" in 0..255; the API leaves out zero components and may echo the colour as a style. */
function colourKey(rule: Schema$ConditionalFormatRule): string {
  const f = rule.booleanRule?.format;
  const c = f?.backgroundColor ?? f?.backgroundColorStyle?.rgbColor ?? {};
  return [c.red ?? 0, c.green ?? 0, c.blue ?? 0].map((x) => Math.round(x * 255)).join(',');
}

const OUR_COLOURS = new Set(
  ORDER.map((s) => colourKey({ booleanRule: { format: { backgroundColor: rgbOf(SEVERITY_COLORS[s]) } } })),
);

/** Could this rule be one of ours (before the fingerprint check)? BLANK/NOT_BLANK, no values, our fill. */
function hasOurShape(rule: Schema$ConditionalFormatRule): boolean {
  const c = rule.booleanRule?.condition;
  return (
    c !== undefined &&
    (OUR_TYPES as readonly string[]).includes(c.type ?? '') &&
    (c.values ?? []).length === 0 &&
    OUR_COLOURS.has(colourKey(rule))
  );
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

/**
 * Two rules per severity present (BLANK and NOT_BLANK: together every cell of the ranges), errors
 * first so they win where ranges overlap.
 */
export function desiredRules(
  sheetId: number,
  highlights: readonly Highlight[],
): Schema$ConditionalFormatRule[] {
  const rules: Schema$ConditionalFormatRule[] = [];
  for (const severity of ORDER) {
    const mine = highlights.filter((h) => h.severity === severity);
    if (mine.length === 0) continue;
    for (const type of OUR_TYPES)
      rules.push({
        ranges: mine.map((h) => gridRangeOf(sheetId, h)),
        booleanRule: {
          condition: { type },
          format: { backgroundColor: rgbOf(SEVERITY_COLORS[severity]) },
        },
      });
  }
  return rules;
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

/**
 * A short, stable fingerprint of a rule: condition type, fill and the sorted ranges (zero fields
 * left out by the API count as 0). 16 hex digits of SHA-1: compact enough that a sheet's list stays
 * far below the 30,000-character metadataValue limit.
 */
export function ruleFingerprint(rule: Schema$ConditionalFormatRule): string {
  const type = rule.booleanRule?.condition?.type ?? '';
  const ranges = (rule.ranges ?? []).map(rangeKey).sort().join(';');
  return createHash('sha1')
    .update(`${type}|${colourKey(rule)}|${ranges}`)
    .digest('hex')
    .slice(0, 16);
}

/** The metadataValue recording the given rules. */
export function metadataValueOf(rules: readonly Schema$ConditionalFormatRule[]): string {
  return JSON.stringify({ v: VALUE_VERSION, rules: rules.map(ruleFingerprint) });
}

function fingerprintsIn(value: string | null | undefined): string[] {
  try {
    const parsed = JSON.parse(value ?? '') as { v?: unknown; rules?: unknown };
    if (parsed.v !== VALUE_VERSION || !Array.isArray(parsed.rules)) return [];
    return parsed.rules.filter((x): x is string => typeof x === 'string');
  } catch {
    return [];
  }
}

/** Our metadata entries attached to this sheet (normally one; more only if something went astray). */
export function ourMetadata(sheet: Schema$Sheet | undefined): Schema$DeveloperMetadata[] {
  const sheetId = sheet?.properties?.sheetId ?? 0;
  return (sheet?.developerMetadata ?? []).filter(
    (m) =>
      m.metadataKey === METADATA_KEY &&
      typeof m.metadataId === 'number' &&
      m.location?.dimensionRange == null &&
      (m.location?.sheetId ?? sheetId) === sheetId,
  );
}

/**
 * Indexes of our rules in the sheet's rule list (its order is the rules' priority): legacy marker
 * rules, and BLANK/NOT_BLANK rules with our fill whose fingerprint our metadata lists. Each listed
 * fingerprint claims one rule, top first (ours are always added on top), so a user's copy of one
 * of our rules further down stays the user's.
 */
export function ourRuleIndexes(sheet: Schema$Sheet | undefined): number[] {
  const left = new Map<string, number>();
  for (const m of ourMetadata(sheet))
    for (const fp of fingerprintsIn(m.metadataValue)) left.set(fp, (left.get(fp) ?? 0) + 1);
  const out: number[] = [];
  (sheet?.conditionalFormats ?? []).forEach((rule, i) => {
    if (isLegacyRule(rule)) return void out.push(i);
    if (!hasOurShape(rule)) return;
    const fp = ruleFingerprint(rule);
    const n = left.get(fp) ?? 0;
    if (n === 0) return;
    left.set(fp, n - 1);
    out.push(i);
  });
  return out;
}

/** Our rules as they are in the sheet, top first. */
export function ourRules(sheet: Schema$Sheet | undefined): Schema$ConditionalFormatRule[] {
  const rules = sheet?.conditionalFormats ?? [];
  return ourRuleIndexes(sheet).map((i) => rules[i]!);
}

/**
 * True when the sheet already holds exactly the wanted highlights, on top of the rule list, with a
 * single metadata entry recording them.
 */
export function highlightsUpToDate(
  sheet: Schema$Sheet | undefined,
  wanted: readonly Schema$ConditionalFormatRule[],
): boolean {
  const current = sheet?.conditionalFormats ?? [];
  const ours = ourRuleIndexes(sheet);
  if (ours.length !== wanted.length) return false;
  if (wanted.length === 0) return true;
  const meta = ourMetadata(sheet);
  if (meta.length !== 1 || meta[0]!.metadataValue !== metadataValueOf(wanted)) return false;
  return ours.every(
    (index, i) => index === i && ruleFingerprint(current[index]!) === ruleFingerprint(wanted[i]!),
  );
}

export interface HighlightPlan {
  requests: Schema$Request[];
  deleted: number;
  added: number;
  ranges: number;
}

function byId(metadataId: number) {
  return { developerMetadataLookup: { metadataId } };
}

/**
 * Deletes our earlier rules from the highest index down (each delete shifts the ones after it),
 * adds the new ones at the top, and records their fingerprints in our metadata entry (updated in
 * place when it exists, created otherwise, extra entries deleted; deleted altogether when nothing
 * is left to highlight). All of it goes in one batchUpdate, which Google applies atomically.
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

  const meta = ourMetadata(sheet);
  const keep = wanted.length > 0 ? meta[0] : undefined;
  for (const m of meta)
    if (m !== keep) requests.push({ deleteDeveloperMetadata: { dataFilter: byId(m.metadataId!) } });
  if (wanted.length > 0) {
    const metadataValue = metadataValueOf(wanted);
    if (keep)
      requests.push({
        updateDeveloperMetadata: {
          dataFilters: [byId(keep.metadataId!)],
          developerMetadata: { metadataValue },
          fields: 'metadataValue',
        },
      });
    else
      requests.push({
        createDeveloperMetadata: {
          developerMetadata: {
            metadataKey: METADATA_KEY,
            metadataValue,
            location: { sheetId },
            visibility: 'DOCUMENT',
          },
        },
      });
  }
  return {
    requests,
    deleted: indexes.length,
    added: wanted.length,
    // Each range is painted by two rules (BLANK and NOT_BLANK): count it once.
    ranges: new Set(wanted.flatMap((r) => (r.ranges ?? []).map((g) => `${colourKey(r)}|${rangeKey(g)}`)))
      .size,
  };
}
