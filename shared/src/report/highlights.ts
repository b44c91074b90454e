// Rectangles a host paints over the sheet, one per distinct finding range.
import { a1Range } from '../a1.js';
import type { Finding, Highlight, Severity } from '../types.js';

/** Light fills that keep black text readable (Google Sheets' "light red/yellow/blue 3"). */
export const SEVERITY_COLORS: Readonly<Record<Severity, string>> = {
  error: '#F4CCCC',
  warning: '#FFF2CC',
  info: '#CFE2F3',
};

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function highlightsOf(findings: readonly Finding[]): Highlight[] {
  const byRange = new Map<string, Highlight & { order: number }>();
  findings.forEach((f, order) => {
    if (f.row === null || f.column === null || f.row < 1 || f.column < 1) return;
    const endRow = Math.max(f.row, f.endRow ?? f.row);
    const endColumn = Math.max(f.column, f.endColumn ?? f.column);
    // Keyed on the coordinates, not on f.range, so "E10" and "E10:E10" are the same rectangle.
    const range = a1Range(f.row, f.column, endRow, endColumn);
    const seen = byRange.get(range);
    if (seen && RANK[seen.severity] >= RANK[f.severity]) return;
    byRange.set(range, {
      row: f.row,
      column: f.column,
      endRow,
      endColumn,
      range,
      severity: f.severity,
      color: SEVERITY_COLORS[f.severity],
      rule: f.rule,
      order: seen?.order ?? order,
    });
  });
  // Errors last so a host painting in order leaves them on top of overlapping warnings.
  return [...byRange.values()]
    .sort(
      (a, b) =>
        RANK[a.severity] - RANK[b.severity] || a.row - b.row || a.column - b.column || a.order - b.order,
    )
    .map(({ order: _order, ...h }) => h);
}
