// `fill --out`: the input with exactly the planned month cells written, nothing else touched.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { CellValue, FillPlan } from '../../shared/src/index.js';
import { CliError } from './messages.js';
import type { LoadedInput } from './read-input.js';
import { writeAtomically } from './write-file.js';
import { workbookOfValues } from './write-highlights.js';

/** The sheet's values with the writes applied (for text outputs and new workbooks). */
function filledValues(input: LoadedInput, plan: FillPlan): CellValue[][] {
  const r0 = input.sheet.originRow ?? 1;
  const c0 = input.sheet.originColumn ?? 1;
  const values = input.sheet.values.map((row) => (Array.isArray(row) ? [...row] : []));
  for (const w of plan.writes) {
    const i = w.row - r0;
    const j = w.column - c0;
    while (values.length <= i) values.push([]);
    const row = values[i]!;
    while (row.length < j) row.push(null);
    row[j] = w.value;
  }
  return values;
}

function textOfCell(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

export async function writeFilledCopy(input: LoadedInput, plan: FillPlan, out: string): Promise<void> {
  const ext = path.extname(out).toLowerCase();
  if (input.book) {
    const ws = input.book.workbook.getWorksheet(input.sheet.name);
    if (!ws)
      throw new CliError('error.sheetMissing', {
        sheet: input.sheet.name,
        file: input.file,
        sheets: input.book.sheetNames.join(', '),
      });
    for (const w of plan.writes) ws.getCell(w.row, w.column).value = w.value;
    const wb = input.book.workbook;
    await writeAtomically(out, (tmp) => wb.xlsx.writeFile(tmp));
    return;
  }
  const values = filledValues(input, plan);
  if (ext === '.xlsx') {
    const { wb } = workbookOfValues({ ...input.sheet, values });
    await writeAtomically(out, (tmp) => wb.xlsx.writeFile(tmp));
    return;
  }
  const width = values.reduce((m, r) => Math.max(m, r.length), 0);
  let text: string;
  if (ext === '.csv') {
    // Rows padded to one width, as Excel writes them; BOM so Excel reads UTF-8 (√) correctly.
    const rows = values.map((r) => Array.from({ length: width }, (_, j) => textOfCell(r[j])));
    text = `\ufeff${Papa.unparse(rows, { delimiter: input.delimiter ?? ';', newline: '\r\n' })}\r\n`;
  } else {
    text = `${values.map((r) => r.map(textOfCell).join('\t')).join('\n')}\n`;
  }
  await writeAtomically(out, (tmp) => fs.writeFile(tmp, text, 'utf8'));
}
