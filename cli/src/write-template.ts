// `template`: the core's TemplateSheet written as a print-ready .xlsx sheet.
import ExcelJS from 'exceljs';
import { parseA1Range, type Lang, type TemplateSheet } from '../../shared/src/index.js';
import { safeSheetName } from './write-highlights.js';

/** ExcelJS / OOXML paper size codes: 9 is A4, 14 is Folio (F4, 8.5 × 13 in). */
const PAPER: Record<TemplateSheet['paperSize'], number> = { A4: 9, F4: 14 };

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

export function templateWorkbook(tpl: TemplateSheet, lang: Lang): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'lampiran';
  const ws = wb.addWorksheet(safeSheetName(tpl.name), {
    pageSetup: {
      paperSize: PAPER[tpl.paperSize] as ExcelJS.PaperSize,
      orientation: tpl.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${tpl.printTitleRows.first}:${tpl.printTitleRows.last}`,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
    views: [{ state: 'frozen', ySplit: tpl.firstDataRow - 1 }],
  });
  tpl.values.forEach((row, i) => {
    row.forEach((v, j) => {
      if (v !== null && v !== '') ws.getCell(i + 1, j + 1).value = v;
    });
  });
  ws.columns = tpl.columnWidths.map((width) => ({ width }));

  // The grid spans the header row's columns; every grid cell gets a border, as printed plans do.
  const headerValues = tpl.values[tpl.headerRow - 1] ?? [];
  let firstCol = headerValues.findIndex((v) => v !== null && v !== '') + 1;
  if (firstCol < 1) firstCol = 1;
  let lastCol = firstCol;
  for (const r of tpl.headerRows) {
    const row = tpl.values[r - 1] ?? [];
    for (let j = row.length - 1; j >= 0; j--) {
      if (row[j] !== null && row[j] !== '') {
        lastCol = Math.max(lastCol, j + 1);
        break;
      }
    }
  }
  for (const m of tpl.merges) if (tpl.headerRows.includes(m.top)) lastCol = Math.max(lastCol, m.right);

  for (const r of tpl.headerRows) {
    for (let c = firstCol; c <= lastCol; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
      cell.border = THIN;
    }
  }
  const months = parseA1Range(tpl.monthRange);
  for (let r = tpl.firstDataRow; r <= tpl.lastDataRow; r++) {
    for (let c = firstCol; c <= lastCol; c++) {
      const cell = ws.getCell(r, c);
      cell.border = THIN;
      const isMonth = months !== null && c >= months.column && c <= months.endColumn;
      cell.alignment = isMonth
        ? { horizontal: 'center', vertical: 'middle' }
        : { vertical: 'top', wrapText: true };
    }
  }
  // Title rows above the header: bold and centred across the merged width.
  for (let r = 1; r < Math.min(...tpl.headerRows, tpl.headerRow); r++) {
    const cell = ws.getCell(r, firstCol);
    if (cell.value !== null) {
      cell.font = { bold: true, size: r === 1 ? 12 : 11 };
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
    }
  }
  for (const m of tpl.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);

  if (months) {
    const list = tpl.marks.length > 0 ? tpl.marks : ['√'];
    // Present on every ExcelJS worksheet but missing from its typings.
    const validations = (
      ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
    ).dataValidations;
    validations.add(tpl.monthRange, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${list.join(',').replace(/"/g, '""')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: lang === 'en' ? 'Month cell' : 'Sel bulan',
      error:
        lang === 'en'
          ? `Only the mark ${list.join(' ')} or an empty cell is allowed here.`
          : `Hanya tanda ${list.join(' ')} atau sel kosong yang boleh diisi di sini.`,
    });
  }
  return wb;
}
