// The grid and its plan in one pass over the data rows (SPEC §3, §12): what findGrid followed by
// parsePlan computes, with each row classified (data, blank, repeated header, end of grid) and
// parsed while it is in the cache, instead of two passes over a large sheet. Used by validate.
import {
  completeGrid,
  DataRowScanner,
  findGridFrom,
  kindFromHeader,
  locateHeader,
  noGridResult,
  ROW_BLANK,
  ROW_DATA,
  ROW_REPEATED,
  type FindGridResult,
} from '../grid/find-grid.js';
import type { SheetView } from '../sheet-view.js';
import type { Plan } from '../types.js';
import { parsePlan, PlanParser, rememberFacts } from './parse-plan.js';

export interface ReadPlanResult {
  found: FindGridResult;
  plan: Plan | null;
}

export function readPlan(view: SheetView, options: { currentYear: number }): ReadPlanResult {
  const header = locateHeader(view, options);
  if (header === null) return { found: noGridResult(), plan: null };
  const kind = kindFromHeader(header);
  if (kind === null) {
    // Neither the header nor the title says RB or ZI: the AREA texts of the whole grid decide,
    // and the parse needs the kind to match areas, so the grid is located first (two passes).
    const found = findGridFrom(view, header);
    return { found, plan: found.grid ? parsePlan(view, found.grid) : null };
  }
  const scanner = new DataRowScanner(view, header, false);
  const parser = new PlanParser(view, {
    cols: header.cols,
    firstColumn: header.firstColumn,
    kind,
    firstHeaderRow: header.firstHeaderRow,
    headerRow: header.headerRow,
  });
  // Each row is read once, by the parser's scan; the scanner classifies it from the scan's counts
  // of filled cells, and only then does the parser take it in.
  for (let r = header.firstDataRow; r <= view.lastRow; r++) {
    const status = scanner.classify(r, parser.scanRow(r));
    if (status === ROW_DATA) parser.accept(r);
    else if (status === ROW_BLANK) parser.blank();
    else if (status === ROW_REPEATED) {
      const n = scanner.blockRows;
      for (let i = 0; i < n; i++) parser.skip();
      r += n - 1;
    } else break;
  }
  const found = completeGrid(view, header, scanner.lastDataRow, scanner.repeated, kind);
  const { plan, facts } = parser.result(found.grid!);
  rememberFacts(view, plan, facts);
  return { found, plan };
}
