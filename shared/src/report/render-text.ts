// Plain text for a terminal. Cell text is data: control characters (ANSI escapes included) and
// bidi overrides are neutralised so a hostile cell cannot repaint or reorder the terminal.
import { t } from '../i18n/index.js';
import type { Lang, Report, ReportFinding, Severity } from '../types.js';
import { gridLine, SEVERITY_ORDER, summaryLine } from './summary-line.js';

export interface TextOptions {
  /** ANSI colours for severities and headings (off by default: the output may be piped). */
  color?: boolean;
}

const ANSI: Record<Severity | 'bold' | 'dim', string> = {
  error: '\u001b[31m',
  warning: '\u001b[33m',
  info: '\u001b[36m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
};
const RESET = '\u001b[0m';

/** One line of inert text: newlines and tabs become spaces, other controls a visible \xNN. */
export function plainText(value: string): string {
  return value
    .replace(/\r\n|[\r\n\t\v\f]/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
}

export function renderText(report: Report, lang: Lang, options: TextOptions = {}): string {
  const paint = (style: keyof typeof ANSI, s: string): string =>
    options.color ? `${ANSI[style]}${s}${RESET}` : s;
  const lines: string[] = [];
  lines.push(paint('bold', t('report.title', lang)));
  lines.push(
    `${t('report.source', lang)}: ${plainText(report.source)} · ${t('report.sheet', lang)}: ${plainText(report.sheet)} · ${t('report.grid', lang)}: ${plainText(gridLine(report, lang))}`,
  );

  const bySeverity = new Map<Severity, ReportFinding[]>();
  for (const f of report.findings) {
    const list = bySeverity.get(f.severity);
    if (list) list.push(f);
    else bySeverity.set(f.severity, [f]);
  }
  const cellWidth = Math.max(2, ...report.findings.map((f) => (f.cell ?? '—').length));
  for (const severity of SEVERITY_ORDER) {
    const list = bySeverity.get(severity);
    if (!list) continue;
    lines.push('');
    lines.push(paint(severity, `${t(`severity.${severity}.plural`, lang)} (${list.length})`));
    for (const f of list) {
      const cell = (f.cell ?? '—').padEnd(cellWidth);
      lines.push(`  ${cell}  ${plainText(f.message)} ${paint('dim', `[${f.rule}]`)}`);
      // The message may already name the suggestion ("mungkin maksudnya …"); say it once.
      if (f.suggestion !== null && f.suggestion !== '' && !f.message.includes(f.suggestion)) {
        lines.push(
          `  ${' '.repeat(cellWidth)}  ${t('finding.suggestion', lang, { suggestion: plainText(f.suggestion) })}`,
        );
      }
    }
  }
  lines.push('');
  if (report.findings.length === 0) lines.push(paint('bold', t('findings.none', lang)));
  lines.push(`${t('summary.title', lang)}: ${summaryLine(report, lang)}`);
  return `${lines.join('\n')}\n`;
}
