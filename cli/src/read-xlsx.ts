// Reads an .xlsx workbook with ExcelJS into SheetInputs, one per worksheet, on demand.
import ExcelJS from 'exceljs';
import type { CellValue, MergeArea, SheetInput } from '../../shared/src/index.js';
import { CliError, oneLine } from './messages.js';

export type NamedSheet = SheetInput & { name: string };

export interface XlsxBook {
  workbook: ExcelJS.Workbook;
  sheetNames: string[];
  /** The sheet's values and merges as the core reads them. */
  sheetInput(name: string): NamedSheet;
}

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export function hasZipSignature(head: Buffer): boolean {
  return head.length >= 4 && head.subarray(0, 4).equals(ZIP_SIGNATURE);
}

/** Calendar date of an ExcelJS Date (ExcelJS builds them in UTC) as "YYYY-MM-DD". */
function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/** An ExcelJS cell value as the core's CellValue (rich text, formulas, errors, links flattened). */
export function cellValueOf(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v instanceof Date) return dateText(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) {
      return (o.richText as { text?: unknown }[])
        .map((r) => (typeof r.text === 'string' ? r.text : ''))
        .join('');
    }
    if (typeof o.error === 'string') return o.error;
    if ('formula' in o || 'sharedFormula' in o) return cellValueOf(o.result);
    if ('hyperlink' in o || 'text' in o) return cellValueOf(o.text);
  }
  return String(v);
}

/** Merges straight from the worksheet's merge table; `worksheet.model` would rebuild every row. */
function mergesOf(ws: ExcelJS.Worksheet): MergeArea[] {
  const table = (ws as unknown as { _merges?: Record<string, { model?: MergeArea } & Partial<MergeArea>> })
    ._merges;
  const out: MergeArea[] = [];
  if (table) {
    for (const m of Object.values(table)) {
      const r = m.model ?? m;
      if (
        typeof r.top === 'number' &&
        typeof r.left === 'number' &&
        typeof r.bottom === 'number' &&
        typeof r.right === 'number'
      ) {
        out.push({ top: r.top, left: r.left, bottom: r.bottom, right: r.right });
      }
    }
    return out;
  }
  return [];
}

export function sheetInputOf(ws: ExcelJS.Worksheet): NamedSheet {
  const values: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // row.values is 1-based and sparse: index c is column c.
    const raw = row.values as unknown[];
    const out: CellValue[] = new Array(Math.max(0, raw.length - 1)).fill(null);
    for (let c = 1; c < raw.length; c++) out[c - 1] = cellValueOf(raw[c]);
    values[rowNumber - 1] = out;
  });
  for (let i = 0; i < values.length; i++) if (!values[i]) values[i] = [];
  return { values, originRow: 1, originColumn: 1, merges: mergesOf(ws), name: ws.name };
}

/** Loads the workbook; corrupt or non-xlsx content becomes a one-line CliError. */
export async function readXlsx(file: string, data: Buffer): Promise<XlsxBook> {
  if (!hasZipSignature(data)) throw new CliError('error.notXlsx', { file });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    const reason = oneLine(e instanceof Error ? e.message : String(e)).slice(0, 160);
    throw new CliError('error.xlsxUnreadable', { file, reason });
  }
  const sheetNames = workbook.worksheets.map((w) => w.name);
  if (sheetNames.length === 0) throw new CliError('error.emptyWorkbook', { file });
  return {
    workbook,
    sheetNames,
    sheetInput(name) {
      const ws = workbook.getWorksheet(name);
      if (!ws) throw new CliError('error.sheetMissing', { sheet: name, file, sheets: sheetNames.join(', ') });
      return sheetInputOf(ws);
    },
  };
}
