// CSV (RFC 4180): one line per finding. Spreadsheet apps run a field that starts with
// = + - @ (or a tab/CR) as a formula, so such text fields get a leading apostrophe.
import { t } from '../i18n/index.js';
import type { Lang, Report } from '../types.js';

export interface CsvOptions {
  /** Prefix a UTF-8 byte-order mark (older Excel needs it to read UTF-8). Default false. */
  bom?: boolean;
  /** Field separator; Excel in an Indonesian locale expects ";". Default ",". */
  delimiter?: ',' | ';';
}

/** A text field made safe against formula injection (numbers pass through as numbers). */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * Text as it may enter a spreadsheet cell: control characters other than tab and line breaks
 * dropped (an ESC sequence would repaint a terminal that `cat`s the file), then formula-neutralised.
 */
export function spreadsheetText(value: string): string {
  return neutralizeFormula(value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ''));
}

function quote(value: string, delimiter: string): string {
  return value.includes('"') || value.includes(delimiter) || /[\r\n]/.test(value) || /^\s|\s$/.test(value)
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

export function renderCsv(report: Report, lang: Lang, options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const field = (v: string | number | null): string =>
    v === null ? '' : typeof v === 'number' ? String(v) : quote(spreadsheetText(v), delimiter);
  const header = [
    t('report.source', lang),
    t('report.sheet', lang),
    t('report.col.severity', lang),
    t('report.col.rule', lang),
    t('report.col.cell', lang),
    t('report.col.row', lang),
    t('report.col.column', lang),
    t('report.col.range', lang),
    t('report.col.message', lang),
    t('report.col.suggestion', lang),
  ];
  const lines = [header.map(field).join(delimiter)];
  for (const f of report.findings) {
    lines.push(
      [
        report.source,
        report.sheet,
        t(`severity.${f.severity}`, lang),
        f.rule,
        f.cell,
        f.row,
        f.column,
        f.range,
        f.message,
        f.suggestion,
      ]
        .map(field)
        .join(delimiter),
    );
  }
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
