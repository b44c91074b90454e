// Markdown with one table of findings. Everything that came from a sheet or a file name is
// escaped so it renders as text: HTML is entity-encoded, Markdown punctuation backslashed,
// pipes cannot split the table and newlines cannot end the row.
import { t } from '../i18n/index.js';
import type { Lang, Report } from '../types.js';
import { gridLine, summaryLine } from './summary-line.js';

/** Inert inline Markdown for one table cell or list item. */
export function escapeMarkdown(value: string): string {
  return (
    value
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Only inline syntax matters here: cells and list items never start a block.
      .replace(/[\\*_[\]~|]/g, (ch) => `\\${ch}`)
      .replace(/`/g, '&#96;')
      .replace(/\r\n|\r|\n/g, '<br>')
      .replace(/\t/g, ' ')
      .replace(/[\u0000-\u001f\u007f]/g, '')
  );
}

export function renderMarkdown(report: Report, lang: Lang): string {
  const out: string[] = [];
  out.push(`# ${t('report.title', lang)}`, '');
  out.push(`- **${t('report.source', lang)}:** ${escapeMarkdown(report.source)}`);
  out.push(`- **${t('report.sheet', lang)}:** ${escapeMarkdown(report.sheet)}`);
  out.push(`- **${t('report.grid', lang)}:** ${escapeMarkdown(gridLine(report, lang))}`, '');

  if (report.findings.length === 0) {
    out.push(`${t('findings.none', lang)}.`, '');
  } else {
    const head = [
      t('report.col.severity', lang),
      t('report.col.cell', lang),
      t('report.col.rule', lang),
      t('report.col.message', lang),
      t('report.col.suggestion', lang),
    ];
    out.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
    for (const f of report.findings) {
      const cells = [
        t(`severity.${f.severity}`, lang),
        f.cell === null ? '—' : escapeMarkdown(f.cell),
        `\`${f.rule}\``,
        escapeMarkdown(f.message),
        f.suggestion === null ? '' : escapeMarkdown(f.suggestion),
      ];
      out.push(`| ${cells.join(' | ')} |`);
    }
    out.push('');
  }
  out.push(`**${t('summary.title', lang)}:** ${escapeMarkdown(summaryLine(report, lang))}`);
  return `${out.join('\n')}\n`;
}
