// Numbers behind the task pane's two small charts.
import type { Activity, Plan } from '../types.js';

export interface AreaChartRow {
  /** Canonical area name when matched, else the text of the AREA cell; "" for activities before any area. */
  area: string;
  activities: number;
  scheduled: number;
  withIndicator: number;
}

export interface ChartData {
  /** perMonth[m - 1] = activities scheduled in month m. */
  perMonth: number[];
  perArea: AreaChartRow[];
}

function hasIndicator(a: Activity): boolean {
  return a.rows.some((r) => r.indikator !== null && r.indikator.trim() !== '');
}

/** Index of the last area whose row is <= row (binary search: plans may hold many areas), or -1. */
function lastAreaAtOrAbove(areas: readonly { row: number }[], row: number): number {
  let lo = 0;
  let hi = areas.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (areas[mid]!.row <= row) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function chartDataOf(plan: Plan | null): ChartData {
  const perMonth = new Array<number>(12).fill(0);
  if (!plan) return { perMonth, perArea: [] };

  // An activity belongs to the last area that starts at or above its first row; this holds
  // whatever text the parser stored in Activity.area.
  const areas = [...plan.areas].sort((a, b) => a.row - b.row);
  const rows: AreaChartRow[] = areas.map((a) => ({
    area: a.canonical ?? a.text,
    activities: 0,
    scheduled: 0,
    withIndicator: 0,
  }));
  let orphans: AreaChartRow | null = null;

  for (const activity of plan.activities) {
    const months = new Set(activity.schedule.filter((m) => Number.isInteger(m) && m >= 1 && m <= 12));
    for (const m of months) perMonth[m - 1] = (perMonth[m - 1] ?? 0) + 1;

    const index = lastAreaAtOrAbove(areas, activity.row);
    let row = index >= 0 ? rows[index] : undefined;
    if (!row) {
      orphans ??= { area: '', activities: 0, scheduled: 0, withIndicator: 0 };
      row = orphans;
    }
    row.activities++;
    if (months.size > 0) row.scheduled++;
    if (hasIndicator(activity)) row.withIndicator++;
  }
  return { perMonth, perArea: orphans ? [orphans, ...rows] : rows };
}
