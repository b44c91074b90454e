// `validate --out`: the original workbook (or a new one for text inputs) with highlights and
// the report sheet added. Nothing else of the workbook is modified.
import type { Lang, Report, ValidationResult } from '../../shared/src/index.js';
import { CliError } from './messages.js';
import type { LoadedInput } from './read-input.js';
import { writeAtomically } from './write-file.js';
import { addHighlightRules, workbookOfValues, writeReportSheet } from './write-highlights.js';

export async function writeHighlightedCopy(
  input: LoadedInput,
  result: ValidationResult,
  report: Report,
  lang: Lang,
  out: string,
): Promise<void> {
  let wb;
  let ws;
  if (input.book) {
    wb = input.book.workbook;
    ws = wb.getWorksheet(input.sheet.name);
    if (!ws)
      throw new CliError('error.sheetMissing', {
        sheet: input.sheet.name,
        file: input.file,
        sheets: input.book.sheetNames.join(', '),
      });
  } else {
    ({ wb, ws } = workbookOfValues(input.sheet));
  }
  addHighlightRules(ws, result.findings);
  writeReportSheet(wb, report, ws.name, lang);
  await writeAtomically(out, (tmp) => wb.xlsx.writeFile(tmp));
}
