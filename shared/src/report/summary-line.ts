// The one-line summary shared by the text and Markdown renderers.
import { t } from '../i18n/index.js';
import type { Lang, Report, Severity, Summary } from '../types.js';

const COUNT_FIELD: Record<Severity, keyof Summary> = { error: 'errors', warning: 'warnings', info: 'infos' };

export function countLabel(severity: Severity, count: number, lang: Lang): string {
  return t(count === 1 ? `count.${severity}.one` : `count.${severity}.other`, lang, { count });
}

export function summaryLine(report: Report, lang: Lang): string {
  const s = report.summary;
  const counts = (['error', 'warning', 'info'] as const)
    .map((sev) => countLabel(sev, s[COUNT_FIELD[sev]], lang))
    .join(', ');
  const total = s.errors + s.warnings + s.infos;
  const head = total === 0 ? t('summary.noFindings', lang) : counts;
  const plan = report.grid
    ? ` · ${t('summary.line', lang, { activities: s.activities, withIndicator: s.withIndicator, scheduled: s.scheduled })}`
    : '';
  return `${head}${plan}`;
}

export function gridLine(report: Report, lang: Lang): string {
  const g = report.grid;
  if (!g) return t('report.grid.none', lang);
  return t('report.grid.line', lang, {
    range: g.range,
    kind: g.kind.toUpperCase(),
    year: g.year,
    columns: g.columns,
    firstDataRow: g.firstDataRow,
    lastDataRow: g.lastDataRow,
  });
}

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
