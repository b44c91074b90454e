// Opens an input file after the checks that must happen before parsing, and picks the sheet.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { findGrid, sheetViewOf } from '../../shared/src/index.js';
import { readCsvText, type Delimiter } from './read-csv.js';
import { readPastedText } from './read-text.js';
import { readXlsx, type NamedSheet, type XlsxBook } from './read-xlsx.js';
import { CliError, oneLine } from './messages.js';

export const MAX_INPUT_BYTES = 100 * 1024 * 1024;

export type InputKind = 'xlsx' | 'csv' | 'text';

export interface LoadedInput {
  file: string;
  kind: InputKind;
  sheet: NamedSheet;
  /** The workbook, for writers that keep everything of the original (.xlsx only). */
  book: XlsxBook | null;
  delimiter: Delimiter | null;
}

export function inputKindOf(file: string): InputKind | null {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx') return 'xlsx';
  if (ext === '.csv') return 'csv';
  if (ext === '.tsv' || ext === '.txt') return 'text';
  return null;
}

function reasonOf(e: unknown): string {
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'string' ? code : oneLine(e instanceof Error ? e.message : String(e)).slice(0, 160);
}

async function readChecked(file: string, limit: number): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT' || (e as { code?: string }).code === 'ENOTDIR') {
      throw new CliError('error.fileMissing', { file });
    }
    throw new CliError('error.unreadable', { file, reason: reasonOf(e) });
  }
  if (stat.isDirectory()) throw new CliError('error.isDirectory', { file });
  if (stat.size > limit) {
    throw new CliError('error.tooLarge', {
      file,
      size: (stat.size / 1024 / 1024).toFixed(1),
      limit: Math.round(limit / 1024 / 1024),
    });
  }
  if (stat.size === 0) throw new CliError('error.emptyFile', { file });
  try {
    return await fs.readFile(file);
  } catch (e) {
    throw new CliError('error.unreadable', { file, reason: reasonOf(e) });
  }
}

/** The first sheet holding a lampiran grid; the first sheet when none does. */
export function chooseSheet(book: XlsxBook, currentYear: number): NamedSheet {
  let first: NamedSheet | null = null;
  for (const name of book.sheetNames) {
    const sheet = book.sheetInput(name);
    first ??= sheet;
    if (findGrid(sheetViewOf(sheet), { currentYear }).grid) return sheet;
  }
  return first!;
}

export async function loadInput(
  file: string,
  opts: { sheet?: string; currentYear: number; maxBytes?: number },
): Promise<LoadedInput> {
  const kind = inputKindOf(file);
  // Checked before the extension so a missing "lampiran.pdf" still says "not found".
  const data = await readChecked(file, opts.maxBytes ?? MAX_INPUT_BYTES);
  const base = path.basename(file, path.extname(file));
  if (kind === null) throw new CliError('error.unknownExtension', { file });
  if (kind === 'xlsx') {
    const book = await readXlsx(file, data);
    let sheet: NamedSheet;
    if (opts.sheet !== undefined) {
      if (!book.sheetNames.includes(opts.sheet)) {
        throw new CliError('error.sheetMissing', {
          sheet: opts.sheet,
          file,
          sheets: book.sheetNames.join(', '),
        });
      }
      sheet = book.sheetInput(opts.sheet);
    } else {
      sheet = chooseSheet(book, opts.currentYear);
    }
    return { file, kind, sheet, book, delimiter: null };
  }
  const text = data.toString('utf8');
  if (kind === 'csv') {
    const { sheet, delimiter } = readCsvText(text, base);
    return { file, kind, sheet, book: null, delimiter };
  }
  return { file, kind, sheet: readPastedText(text, base), book: null, delimiter: null };
}
