// The "Laporan Validasi" sheet as plain values, so both hosts write the same table.
// Hosts write these with setValues / range.values, which would run a leading "=" as a
// formula: text that came from cells is neutralised the same way as in CSV.
import { t } from '../i18n/index.js';
import type { CellValue, Lang, Report } from '../types.js';
import { spreadsheetText } from './render-csv.js';
import { gridLine, summaryLine } from './summary-line.js';

export interface ReportSheet {
  /** Sheet name in the language ("Laporan Validasi" / "Validation Report"). */
  name: string;
  /** Values from A1; every row has `columns` cells. */
  values: CellValue[][];
  columns: number;
  /** 1-based row of the findings table header. */
  headerRow: number;
  /** 1-based row of the first finding (equal to headerRow + 1). */
  firstFindingRow: number;
  /** Column (1-based) holding each finding's cell address, for hosts that add a link to it. */
  cellColumn: number;
}

export function reportSheetOf(report: Report, lang: Lang): ReportSheet {
  const columns = 5;
  const pad = (row: CellValue[]): CellValue[] => [
    ...row,
    ...new Array<CellValue>(columns - row.length).fill(null),
  ];
  const safe = (s: string): string => spreadsheetText(s);
  const values: CellValue[][] = [
    pad([t('report.title', lang)]),
    pad([t('report.source', lang), safe(report.source)]),
    pad([t('report.sheet', lang), safe(report.sheet)]),
    pad([t('report.grid', lang), safe(gridLine(report, lang))]),
    pad([t('summary.title', lang), safe(summaryLine(report, lang))]),
    pad([]),
    [
      t('report.col.severity', lang),
      t('report.col.cell', lang),
      t('report.col.rule', lang),
      t('report.col.message', lang),
      t('report.col.suggestion', lang),
    ],
  ];
  const headerRow = values.length;
  for (const f of report.findings) {
    values.push([
      t(`severity.${f.severity}`, lang),
      f.cell,
      f.rule,
      safe(f.message),
      f.suggestion === null ? null : safe(f.suggestion),
    ]);
  }
  return {
    name: t('report.sheetName', lang),
    values,
    columns,
    headerRow,
    firstFindingRow: headerRow + 1,
    cellColumn: 2,
  };
}
