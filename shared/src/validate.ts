// validate: sheetViewOf → findGrid → parsePlan → every rule → findings (SPEC §6, §9).
import { a1, a1Range } from './a1.js';
import { rowFactsOf } from './model/parse-plan.js';
import { readPlan } from './model/read-plan.js';
import { GRID_LEVEL_RULES, RULES, SEVERITY_OF } from './rules/index.js';
import type { RuleContext, RuleReport } from './rules/rule.js';
import { sheetViewOf } from './sheet-view.js';
import type {
  Area,
  Finding,
  Plan,
  RuleId,
  SheetInput,
  Summary,
  ValidateOptions,
  ValidationResult,
} from './types.js';

function normaliseOptions(options: ValidateOptions | undefined): RuleContext['options'] {
  const o = options && typeof options === 'object' ? options : {};
  const year = Number.isInteger(o.currentYear) ? (o.currentYear as number) : new Date().getFullYear();
  return {
    ...o,
    lang: o.lang === 'en' ? 'en' : 'id',
    infer: o.infer === true,
    anchor: o.anchor === 'start' ? 'start' : 'end',
    currentYear: year,
    ignored: Array.isArray(o.ignored) ? o.ignored : [],
  };
}

/**
 * Area (canonical or raw name) whose span holds `row`, for grouping findings. Plain data and a
 * function rather than a closure per validation, so optimised callers stay valid (SPEC §12).
 */
interface AreaIndex {
  areas: Area[];
  firstDataRow: number;
  lastDataRow: number;
}

function areaIndexOf(plan: Plan | null): AreaIndex | null {
  if (!plan || plan.areas.length === 0) return null;
  const areas: Area[] = [...plan.areas].sort((x, y) => x.row - y.row);
  return { areas, firstDataRow: plan.grid.firstDataRow, lastDataRow: plan.grid.lastDataRow };
}

function areaAt(index: AreaIndex | null, row: number | null): string | null {
  if (index === null) return null;
  const { areas, firstDataRow, lastDataRow } = index;
  if (row === null || row < firstDataRow || row > lastDataRow) return null;
  let lo = 0;
  let hi = areas.length - 1;
  let found: Area | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (areas[mid]!.row <= row) {
      found = areas[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found ? (found.canonical ?? found.text) : null;
}

/**
 * The key an ignored finding is remembered by: the rule and its range; a finding with no cell
 * (a missing area) adds its area, so ignoring one missing area does not hide the others.
 */
function keyOf(rule: RuleId, range: string | null, area: string | null | undefined): string {
  if (range !== null) return `${rule}@${range}`;
  return area ? `${rule}@-:${area}` : `${rule}@-`;
}

function toFinding(rule: RuleId, rep: RuleReport, areaIndex: AreaIndex | null): Finding {
  const positioned =
    typeof rep.row === 'number' && typeof rep.column === 'number' && rep.row > 0 && rep.column > 0;
  const row = positioned ? rep.row : null;
  const column = positioned ? rep.column : null;
  const endRow = positioned ? Math.max(rep.endRow ?? row!, row!) : null;
  const endColumn = positioned ? Math.max(rep.endColumn ?? column!, column!) : null;
  // A single cell is its own range: one A1 string for both.
  const cell = positioned ? a1(row!, column!) : null;
  const range = positioned
    ? endRow === row && endColumn === column
      ? cell
      : a1Range(row!, column!, endRow!, endColumn!)
    : null;
  return {
    rule,
    severity: rep.severity ?? SEVERITY_OF[rule],
    messageId: rep.messageId ?? rule,
    data: rep.data ?? {},
    row,
    column,
    cell,
    range,
    endRow,
    endColumn,
    suggestion: rep.suggestion ?? null,
    area: rep.area !== undefined ? rep.area : areaAt(areaIndex, row),
    key: keyOf(rule, range, rep.area),
  };
}

function compareFindings(a: Finding, b: Finding): number {
  const ar = a.row ?? Infinity;
  const br = b.row ?? Infinity;
  if (ar !== br) return ar - br;
  const ac = a.column ?? Infinity;
  const bc = b.column ?? Infinity;
  if (ac !== bc) return ac - bc;
  return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0;
}

export function validate(sheet: SheetInput, options?: ValidateOptions): ValidationResult {
  const opts = normaliseOptions(options);
  const input: SheetInput = sheet && typeof sheet === 'object' ? sheet : { values: [] };
  const view = sheetViewOf(input);
  // findGrid and parsePlan in one pass over the data rows.
  const { found, plan } = readPlan(view, { currentYear: opts.currentYear! });
  const grid = found.grid;
  const areaIndex = areaIndexOf(plan);

  // Findings are built straight from each report, in report order (grid-level first, then the
  // rules in their order), with no intermediate list of wrappers.
  const ignored = opts.ignored && opts.ignored.length > 0 ? new Set(opts.ignored) : null;
  const findings: Finding[] = [];
  for (const r of found.reports) {
    const f = toFinding(r.rule, r, areaIndex);
    if (ignored === null || !ignored.has(f.key)) findings.push(f);
  }
  if (grid && plan) {
    const ctx: RuleContext = { sheet: view, grid, plan, options: opts };
    for (const def of RULES) {
      if (GRID_LEVEL_RULES.has(def.id)) continue;
      let out: RuleReport[];
      try {
        out = def.check(ctx);
      } catch {
        // A bug in one rule must not hide every other finding from the user.
        continue;
      }
      for (let i = 0; i < out.length; i++) {
        const f = toFinding(def.id, out[i]!, areaIndex);
        if (ignored === null || !ignored.has(f.key)) findings.push(f);
      }
    }
  }
  findings.sort(compareFindings);

  const summary: Summary = {
    errors: 0,
    warnings: 0,
    infos: 0,
    activities: 0,
    withIndicator: 0,
    scheduled: 0,
  };
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (f.severity === 'error') summary.errors++;
    else if (f.severity === 'warning') summary.warnings++;
    else summary.infos++;
  }
  if (plan) {
    // Counted by parsePlan, which already visits every row of every activity.
    const facts = rowFactsOf(plan, view);
    summary.activities = plan.activities.length;
    summary.withIndicator = plan.activities.length - facts.withoutIndicator.length;
    summary.scheduled = plan.activities.length - facts.withoutMarks.length;
  }
  return { grid, plan, findings, summary };
}
