// The JSON report of SPEC §9: a ValidationResult with its messages rendered in one language.
import { formatMessage } from '../i18n/index.js';
import type { Lang, Report, ReportFinding, ValidationResult } from '../types.js';

export interface ReportOptions {
  /** File name or spreadsheet id/URL the sheet came from. */
  source: string;
  /** Sheet (tab) name. */
  sheet: string;
  lang: Lang;
}

export function buildReport(result: ValidationResult, opts: ReportOptions): Report {
  const g = result.grid;
  const findings: ReportFinding[] = result.findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    // `?? null` so a position-less finding serialises as null, never as a missing key.
    cell: f.cell ?? null,
    row: f.row ?? null,
    column: f.column ?? null,
    range: f.range ?? null,
    message: formatMessage(f, opts.lang),
    suggestion: f.suggestion ?? null,
  }));
  const s = result.summary;
  return {
    version: 1,
    source: opts.source,
    sheet: opts.sheet,
    grid: g
      ? {
          range: g.range,
          headerRow: g.headerRow,
          firstDataRow: g.firstDataRow,
          lastDataRow: g.lastDataRow,
          columns: g.columns,
          kind: g.kind,
          year: g.year,
        }
      : null,
    findings,
    summary: {
      errors: s.errors,
      warnings: s.warnings,
      infos: s.infos,
      activities: s.activities,
      withIndicator: s.withIndicator,
      scheduled: s.scheduled,
    },
  };
}
