// `validate --out`: a copy of the workbook with the findings highlighted and a report sheet.
// Highlights are conditional-format rules (formula TRUE) over the finding ranges, so no cell's
// value, style or note is touched and the user's own conditional formats stay as they were.
import ExcelJS from 'exceljs';
import {
  highlightsOf,
  SEVERITY_COLORS,
  type CellValue,
  type Finding,
  type Lang,
  type Report,
  type Severity,
  type SheetInput,
} from '../../shared/src/index.js';
import { reportSheetOf } from '../../shared/src/report/report-sheet.js';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** Adds one conditional format per severity, ranked after every rule the sheet already has. */
export function addHighlightRules(ws: ExcelJS.Worksheet, findings: readonly Finding[]): number {
  const highlights = highlightsOf(findings);
  // Read back by ExcelJS but missing from its typings.
  const existing =
    (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings ?? [];
  let priority = existing.reduce((p, cf) => Math.max(p, ...cf.rules.map((r) => r.priority ?? 0)), 0);
  let added = 0;
  for (const severity of SEVERITIES) {
    const ranges = highlights.filter((h) => h.severity === severity).map((h) => h.range);
    if (ranges.length === 0) continue;
    ws.addConditionalFormatting({
      ref: ranges.join(' '),
      rules: [
        {
          type: 'expression',
          formulae: ['TRUE'],
          priority: ++priority,
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(SEVERITY_COLORS[severity]) } },
          },
        },
      ],
    });
    added += ranges.length;
  }
  return added;
}

/** A sheet name Excel accepts: no []:*?/\ and at most 31 characters. */
export function safeSheetName(name: string): string {
  const clean = name
    .replace(/[[\]:*?/\\]/g, '_')
    .replace(/^'+|'+$/g, '')
    .slice(0, 31)
    .trim();
  return clean === '' ? 'Lampiran' : clean;
}

function quoteFormulaText(s: string): string {
  return s.replace(/"/g, '""');
}

/** Replaces (or adds) the report sheet; every other sheet is left alone. */
export function writeReportSheet(
  wb: ExcelJS.Workbook,
  report: Report,
  dataSheet: string,
  lang: Lang,
): ExcelJS.Worksheet {
  // The same table the Excel add-in and the Apps Script write (text already formula-neutralised).
  const table = reportSheetOf(report, lang);
  const old = wb.getWorksheet(table.name);
  const ws = wb.addWorksheet(old ? `${table.name}~` : table.name);
  if (old) {
    // Keep the report sheet where it was among the tabs, then take over its name.
    const orderNo = (old as unknown as { orderNo: number }).orderNo;
    wb.removeWorksheet(old.id);
    (ws as unknown as { orderNo: number }).orderNo = orderNo;
    ws.name = table.name;
  }
  table.values.forEach((row, i) => {
    row.forEach((v, j) => {
      if (v !== null) ws.getCell(i + 1, j + 1).value = v;
    });
  });
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  for (let c = 1; c <= table.columns; c++) {
    const h = ws.getCell(table.headerRow, c);
    h.font = { bold: true };
    h.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
  }
  const sheetRef = `'${dataSheet.replace(/'/g, "''")}'`;
  report.findings.forEach((f, i) => {
    const r = table.firstFindingRow + i;
    ws.getCell(r, 1).fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: argb(SEVERITY_COLORS[f.severity]) },
    };
    ws.getCell(r, 4).alignment = { wrapText: true, vertical: 'top' };
    if (f.cell) {
      // A HYPERLINK formula is the internal link that Excel, LibreOffice and Sheets all follow.
      const link = ws.getCell(r, table.cellColumn);
      link.value = {
        formula: `HYPERLINK("${quoteFormulaText(`#${sheetRef}!${f.cell}`)}","${quoteFormulaText(f.cell)}")`,
        result: f.cell,
      };
      link.font = { color: { argb: 'FF0563C1' }, underline: true };
    }
  });
  ws.columns = [{ width: 14 }, { width: 12 }, { width: 22 }, { width: 90 }, { width: 36 }];
  ws.views = [{ state: 'frozen', ySplit: table.headerRow }];
  return ws;
}

/** A new workbook holding the values of a .csv/.txt/.tsv input, for highlights and fills. */
export function workbookOfValues(sheet: SheetInput & { name: string }): {
  wb: ExcelJS.Workbook;
  ws: ExcelJS.Worksheet;
} {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(safeSheetName(sheet.name));
  const r0 = sheet.originRow ?? 1;
  const c0 = sheet.originColumn ?? 1;
  sheet.values.forEach((row, i) => {
    if (!Array.isArray(row) || row.every((v) => v === null || v === '')) return;
    const values: CellValue[] = [];
    row.forEach((v, j) => {
      values[c0 + j] = v;
    });
    ws.getRow(r0 + i).values = values as ExcelJS.CellValue[];
  });
  for (const m of sheet.merges ?? []) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  return { wb, ws };
}
