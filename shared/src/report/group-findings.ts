// Findings grouped for the task pane and the sidebar: severity, then area, order kept.
import type { Finding, Severity } from '../types.js';

export interface FindingAreaGroup {
  area: string | null;
  findings: Finding[];
}

export interface FindingGroup {
  severity: Severity;
  count: number;
  areas: FindingAreaGroup[];
}

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** Severities with no finding are left out; areas appear in order of their first finding. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  for (const severity of ORDER) {
    const areas = new Map<string | null, Finding[]>();
    let count = 0;
    for (const f of findings) {
      if (f.severity !== severity) continue;
      count++;
      const area = f.area ?? null;
      const list = areas.get(area);
      if (list) list.push(f);
      else areas.set(area, [f]);
    }
    if (count > 0)
      groups.push({ severity, count, areas: [...areas].map(([area, list]) => ({ area, findings: list })) });
  }
  return groups;
}
