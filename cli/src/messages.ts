// Messages of the command line itself (usage errors, unreadable input, hints), Indonesian first.
// Finding messages and report labels come from the core (shared/src/i18n); these are the CLI's own.
import type { Lang } from '../../shared/src/index.js';

export const cliId = {
  'error.fileMissing': 'Berkas tidak ditemukan: {file}',
  'error.isDirectory': 'Yang diberikan adalah folder, bukan berkas: {file}',
  'error.tooLarge': 'Berkas terlalu besar ({size} MB; batas {limit} MB): {file}',
  'error.emptyFile': 'Berkas kosong: {file}',
  'error.unknownExtension': 'Jenis berkas tidak dikenal: {file}. Gunakan .xlsx, .csv, .tsv atau .txt',
  'error.notXlsx':
    'Berkas {file} bukan berkas Excel .xlsx yang sah (mungkin rusak, atau berkas lain yang diberi nama .xlsx)',
  'error.xlsxUnreadable': 'Berkas Excel {file} tidak dapat dibaca: {reason}',
  'error.emptyWorkbook': 'Buku kerja {file} tidak berisi lembar apa pun',
  'error.sheetMissing': 'Lembar "{sheet}" tidak ada di {file}. Lembar yang ada: {sheets}',
  'error.unreadable': 'Berkas {file} tidak dapat dibaca: {reason}',
  'error.writeFailed': 'Berkas {file} tidak dapat ditulis: {reason}',
  'error.outExtension': 'Berkas keluaran harus berakhiran {expected}: {file}',
  'error.outSameAsInput': 'Berkas keluaran tidak boleh sama dengan berkas masukan: {file}',
  'error.usage': 'Perintah tidak sah: {detail}. Lihat "lampiran --help"',
  'error.badFormat': 'Format tidak dikenal: {value}. Pilih text, json, md atau csv',
  'error.badLang': 'Bahasa tidak dikenal: {value}. Pilih id atau en',
  'error.badAnchor': 'Jangkar tidak dikenal: {value}. Pilih end atau start',
  'error.badKind': 'Jenis rencana tidak dikenal: {value}. Pilih rb atau zi',
  'error.badYear': 'Tahun tidak sah: {value}. Tulis empat angka, mis. 2025',
  'error.badRows': 'Daftar baris tidak sah: {value}. Contoh: 11-13 atau 11,12,15',
  'error.rowsWithoutRule': '--rows hanya dipakai bersama --rule',
  'error.ruleWithoutRows': '--rule perlu --rows (baris yang akan diisi)',
  'error.fillNeedsOut': 'Perintah fill perlu --out <berkas> atau --dry-run',
  'error.noFile': 'Sebutkan berkas yang akan divalidasi, atau --google / --google-folder',
  'error.fileAndGoogle': 'Pilih salah satu: berkas, --google atau --google-folder',
  'error.googleOnly': '{option} hanya dipakai bersama --google atau --google-folder',
  'error.fileOnly': '{option} tidak dipakai bersama --google atau --google-folder',
  'error.noGridForFill': 'Tabel lampiran tidak ditemukan di {file}; tidak ada yang diisi',
  'error.googleUnavailable': 'Modul Google tidak tersedia: {reason}',
  'error.unexpected': 'Terjadi kesalahan tak terduga: {reason}',
  'note.outWritten': 'Salinan dengan sorotan ditulis ke {file}',
  'note.fillWritten': '{cells} sel bulan diisi, {skipped} baris dilewati; hasil ditulis ke {file}',
  'note.fillNothing': 'Tidak ada sel bulan yang perlu diisi; {file} tetap ditulis tanpa perubahan',
  'note.templateWritten': 'Templat {kind} tahun {year} ditulis ke {file}',
  'note.skipped': 'Baris {row} dilewati: {reason}',
  'note.fillPreview': 'Baris {row}: {cell} ← {value} ({rule}, dari {source})',
  'note.sheetChosen': 'Lembar yang diperiksa: {sheet}',
} as const;

export type CliKey = keyof typeof cliId;

export const cliEn = {
  'error.fileMissing': 'File not found: {file}',
  'error.isDirectory': 'That is a folder, not a file: {file}',
  'error.tooLarge': 'File too large ({size} MB; limit {limit} MB): {file}',
  'error.emptyFile': 'Empty file: {file}',
  'error.unknownExtension': 'Unknown file type: {file}. Use .xlsx, .csv, .tsv or .txt',
  'error.notXlsx': '{file} is not a valid Excel .xlsx file (it may be corrupt, or another file named .xlsx)',
  'error.xlsxUnreadable': 'The Excel file {file} cannot be read: {reason}',
  'error.emptyWorkbook': 'The workbook {file} holds no sheets',
  'error.sheetMissing': 'Sheet "{sheet}" is not in {file}. Sheets: {sheets}',
  'error.unreadable': 'Cannot read {file}: {reason}',
  'error.writeFailed': 'Cannot write {file}: {reason}',
  'error.outExtension': 'The output file must end in {expected}: {file}',
  'error.outSameAsInput': 'The output file must differ from the input file: {file}',
  'error.usage': 'Invalid command: {detail}. See "lampiran --help"',
  'error.badFormat': 'Unknown format: {value}. Choose text, json, md or csv',
  'error.badLang': 'Unknown language: {value}. Choose id or en',
  'error.badAnchor': 'Unknown anchor: {value}. Choose end or start',
  'error.badKind': 'Unknown plan kind: {value}. Choose rb or zi',
  'error.badYear': 'Invalid year: {value}. Write four digits, e.g. 2025',
  'error.badRows': 'Invalid row list: {value}. Example: 11-13 or 11,12,15',
  'error.rowsWithoutRule': '--rows is only used with --rule',
  'error.ruleWithoutRows': '--rule needs --rows (the rows to fill)',
  'error.fillNeedsOut': 'The fill command needs --out <file> or --dry-run',
  'error.noFile': 'Name the file to validate, or --google / --google-folder',
  'error.fileAndGoogle': 'Choose one: a file, --google or --google-folder',
  'error.googleOnly': '{option} is only used with --google or --google-folder',
  'error.fileOnly': '{option} is not used with --google or --google-folder',
  'error.noGridForFill': 'No lampiran table found in {file}; nothing was filled',
  'error.googleUnavailable': 'The Google module is not available: {reason}',
  'error.unexpected': 'Unexpected error: {reason}',
  'note.outWritten': 'Highlighted copy written to {file}',
  'note.fillWritten': '{cells} month cells filled, {skipped} rows skipped; written to {file}',
  'note.fillNothing': 'No month cell needed filling; {file} written unchanged',
  'note.templateWritten': '{kind} template for {year} written to {file}',
  'note.skipped': 'Row {row} skipped: {reason}',
  'note.fillPreview': 'Row {row}: {cell} ← {value} ({rule}, from {source})',
  'note.sheetChosen': 'Sheet checked: {sheet}',
} as const satisfies Record<CliKey, string>;

const CATALOGUES: Record<Lang, Record<CliKey, string>> = { id: cliId, en: cliEn };

/** A CLI message with {placeholders} filled. */
export function cliText(key: CliKey, lang: Lang, data: Record<string, string | number> = {}): string {
  const template = CATALOGUES[lang === 'en' ? 'en' : 'id'][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
  );
}

/** A user error: shown as one line on stderr, exit code 2. */
export class CliError extends Error {
  constructor(
    readonly key: CliKey,
    readonly data: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = 'CliError';
  }
  text(lang: Lang): string {
    return oneLine(cliText(this.key, lang, this.data));
  }
}

/** Collapses any message to a single line (reasons from libraries may span several). */
export function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
