// Grid-level checks that only need the header block: shared by findGrid (which reports them
// while locating the grid) and the rule definitions (which re-derive them from a GridInfo).
import type { SheetView } from '../sheet-view.js';
import type { GridInfo } from '../types.js';
import type { RuleReport } from '../rules/rule.js';
import { CANONICAL_COLUMN, classOfHeader, columnNumberText, type HeaderClass } from './header-keywords.js';
import { monthOfHeader } from './months.js';

function headerClassAt(view: SheetView, grid: GridInfo, column: number): HeaderClass | null {
  for (let r = grid.firstHeaderRow; r <= grid.headerRow; r++) {
    const k = classOfHeader(view.text(r, column));
    if (k) return k;
  }
  return null;
}

/**
 * Last sheet column the header names: the grid's last column, or further right when the office
 * added named columns after KET (PENANGGUNG JAWAB, UNIT KERJA …). Data there is not "extra".
 */
export function lastNamedColumnOf(
  view: SheetView,
  grid: Pick<GridInfo, 'cols' | 'firstColumn' | 'firstHeaderRow' | 'headerRow'>,
): number {
  let last = grid.cols.ket ?? grid.cols.months[11] ?? grid.firstColumn;
  for (let r = grid.firstHeaderRow; r <= grid.headerRow; r++) last = Math.max(last, view.lastColumnOf(r));
  return last;
}

/** `missing-column`: a logical column whose header cell does not name it. KET is a warning. */
export function missingColumnReports(view: SheetView, grid: GridInfo): RuleReport[] {
  const out: RuleReport[] = [];
  const checks: [HeaderClass, number][] = [
    ['no', grid.cols.no],
    ['area', grid.cols.area],
    ['kegiatan', grid.cols.kegiatan],
    ['sub', grid.cols.subKegiatan],
    ['indikator', grid.cols.indikator],
  ];
  for (const [k, column] of checks) {
    if (headerClassAt(view, grid, column) !== k) {
      out.push({ row: grid.headerRow, column, data: { column: CANONICAL_COLUMN[k] } });
    }
  }
  if (grid.cols.ket === null) {
    const after = (grid.cols.months[11] ?? grid.firstColumn) + 1;
    out.push({
      row: grid.headerRow,
      column: after,
      data: { column: CANONICAL_COLUMN.ket },
      severity: 'warning',
    });
  }
  return out;
}

/** `month-header`: the 12 month cells are not January..December in order. */
export function monthHeaderReports(view: SheetView, grid: GridInfo): RuleReport[] {
  const texts = grid.cols.months.map((c) => view.text(grid.monthHeaderRow, c));
  const ok = texts.every((t, i) => monthOfHeader(t) === i + 1);
  if (ok) return [];
  const first = grid.cols.months[0] ?? grid.firstColumn;
  const last = grid.cols.months[11] ?? first;
  return [
    {
      row: grid.monthHeaderRow,
      column: first,
      endRow: grid.monthHeaderRow,
      endColumn: last,
      data: { found: texts.map((t) => t.slice(0, 20)).join(', ') },
    },
  ];
}

/** `column-numbers`: a column-number row that is not 1..N. */
export function columnNumberReports(view: SheetView, grid: GridInfo): RuleReport[] {
  const r = grid.columnNumberRow;
  if (r === null) return [];
  const last = Math.max(grid.firstColumn + grid.columns - 1, lastNamedColumnOf(view, grid));
  const n = last - grid.firstColumn + 1;
  let ok = true;
  for (let i = 0; i < n; i++) {
    if (columnNumberText(view.text(r, grid.firstColumn + i)) !== String(i + 1)) ok = false;
  }
  const end = Math.max(last, Math.min(view.lastColumnOf(r), last + 10));
  const found: string[] = [];
  for (let c = grid.firstColumn; c <= end; c++) {
    const t = view.text(r, c);
    if (t !== '') found.push(t.slice(0, 10));
  }
  if (view.lastColumnOf(r) > last) ok = false;
  if (ok) return [];
  return [
    {
      row: r,
      column: grid.firstColumn,
      endRow: r,
      endColumn: last,
      data: { found: found.join(' '), expected: n },
    },
  ];
}
