// Labels only the Google Sheets host needs; shared labels come from t() in shared/src/i18n.
// `satisfies` makes a missing English label a compile error.
import { t as sharedT, type UiKey } from '../../shared/src/i18n/index.js';
import type { Lang } from '../../shared/src/types.js';

const gasId = {
  'gas.undoTooLarge':
    'Pengisian ini terlalu besar untuk dapat diurungkan ({cells} sel; batas penyimpanan dokumen Google {limit} KB). Pilih lebih sedikit baris lalu coba lagi — tidak ada yang diubah.',
  'gas.undoNotSaved':
    'Data urungkan tidak dapat disimpan ({reason}); sel yang baru diisi sudah dikosongkan kembali.',
  'gas.highlightFailed': 'Temuan ditampilkan, tetapi sorotan tidak dapat dipasang: {reason}',
  'gas.sheetMissing': 'Lembar “{sheet}” tidak ditemukan lagi. Mungkin sudah dihapus atau diganti namanya.',
  'gas.noSelection': 'Pilih dulu baris kegiatan di lembar, lalu coba lagi.',
  'gas.otherSheet':
    'Pratinjau dibuat untuk lembar “{sheet}”. Buka lembar itu, buat pratinjau lagi, lalu terapkan.',
  'gas.selectionRows': 'Baris terpilih: {rows}',
  'gas.fillOnSheet': 'Lembar: {sheet}',
  'gas.previewStale':
    'Lembar berubah sejak pratinjau; hanya sel yang masih kosong dan ada di pratinjau yang diisi.',
  'gas.templateFailed': 'Templat tidak dapat disisipkan: {reason}. Lembar yang setengah jadi sudah dihapus.',
  'gas.loading': 'Memuat…',
  'gas.bridgeFailed': 'Tidak dapat menghubungi Google Sheets: {reason}',
  'gas.undoAvailable': 'Pengisian terakhir: {cells} sel di lembar “{sheet}”',
  'gas.section.findings': 'Validasi',
  'gas.section.fill': 'Isi bulan',
  'gas.section.template': 'Templat baru',
  'gas.grid': 'Tabel {range} · {kind} · tahun {year}',
  'gas.highlighted': '{count} rentang disorot',
  'gas.ignoredCount': '{count} diabaikan',
  'gas.noFindingSelected': 'Belum ada temuan terpilih',
} as const;

export type GasKey = keyof typeof gasId;

const gasEn = {
  'gas.undoTooLarge':
    'This fill is too large to be undone ({cells} cells; Google document storage limit {limit} KB). Select fewer rows and try again — nothing was changed.',
  'gas.undoNotSaved':
    'The undo data could not be saved ({reason}); the cells just filled were emptied again.',
  'gas.highlightFailed': 'Findings are shown, but the highlights could not be applied: {reason}',
  'gas.sheetMissing': 'Sheet “{sheet}” no longer exists. It may have been deleted or renamed.',
  'gas.noSelection': 'First select the activity rows in the sheet, then try again.',
  'gas.otherSheet': 'The preview was made for sheet “{sheet}”. Go to that sheet, preview again, then apply.',
  'gas.selectionRows': 'Selected rows: {rows}',
  'gas.fillOnSheet': 'Sheet: {sheet}',
  'gas.previewStale':
    'The sheet changed since the preview; only cells that are still empty and were in the preview were filled.',
  'gas.templateFailed': 'The template could not be inserted: {reason}. The half-built sheet was removed.',
  'gas.loading': 'Loading…',
  'gas.bridgeFailed': 'Could not reach Google Sheets: {reason}',
  'gas.undoAvailable': 'Last fill: {cells} cells on sheet “{sheet}”',
  'gas.section.findings': 'Validation',
  'gas.section.fill': 'Fill months',
  'gas.section.template': 'New template',
  'gas.grid': 'Grid {range} · {kind} · year {year}',
  'gas.highlighted': '{count} ranges highlighted',
  'gas.ignoredCount': '{count} ignored',
  'gas.noFindingSelected': 'No finding selected yet',
} satisfies Record<GasKey, string>;

const GAS: Record<Lang, Record<GasKey, string>> = { id: gasId, en: gasEn };

/** A label from the shared catalogue or from the host's own; {placeholders} filled. */
export function label(key: UiKey | GasKey, lang: Lang, data?: Record<string, string | number>): string {
  if (key.startsWith('gas.')) {
    const template = GAS[lang === 'en' ? 'en' : 'id'][key as GasKey];
    return template.replace(/\{([A-Za-z0-9_.-]+)\}/g, (whole, name: string) =>
      data && data[name] !== undefined ? String(data[name]) : whole,
    );
  }
  return sharedT(key as UiKey, lang, data);
}

/** Indonesian unless the user's Google locale is English ("en", "en_US", "en-GB"). */
export function langOfLocale(locale: string | null | undefined): Lang {
  return typeof locale === 'string' && /^en\b|^en[_-]/i.test(locale.trim()) ? 'en' : 'id';
}
