// Labels only the task pane needs; shared labels come from the core's t(). Indonesian first;
// `satisfies` makes a missing or extra English label a compile error.
import { t as sharedT, type Lang } from '../../shared/src/index.js';
import type { UiKey } from '../../shared/src/i18n/index.js';

export const paneId = {
  'pane.tabs': 'Bagian panel',
  'tab.findings': 'Temuan',
  'tab.fill': 'Isi bulan',
  'tab.chart': 'Grafik',
  'tab.tools': 'Alat',
  'validate.hint': 'Memeriksa lembar yang aktif dan menyorot sel bermasalah. Isi sel tidak diubah.',
  'validate.sheet': 'Lembar “{sheet}”',
  'findings.list': 'Daftar temuan',
  'findings.group': '{severity} ({count})',
  'findings.current': 'Temuan yang dipilih',
  'findings.restoreIgnored': 'Tampilkan lagi {count} temuan yang diabaikan',
  'findings.ignoreLabel': 'Abaikan temuan di {cell}',
  'findings.noValidation': 'Belum divalidasi. Tekan “Validasi lampiran”.',
  'findings.nav': 'Navigasi temuan',
  'findings.showAll': 'Tampilkan semua temuan ({shown} dari {total} ditampilkan)',
  'status.ignored': 'Temuan diabaikan; disimpan di buku kerja ini',
  'status.restored': 'Temuan yang diabaikan ditampilkan lagi',
  'status.selected': 'Sel {cell} dipilih',
  'status.notProtectedPaint': 'Temuan ditampilkan, tetapi sorotan tidak ditulis.',
  'fill.sources': 'Sumber aturan',
  'fill.source.ket': 'Aturan di kolom KET',
  'fill.source.selection': 'Aturan untuk baris yang dipilih di lembar',
  'fill.source.ket.short': 'KET',
  'fill.source.text.short': 'teks',
  'fill.source.option.short': 'pilihan',
  'fill.previewTitle': 'Pratinjau',
  'fill.rowsList': 'Baris: {rows}',
  'fill.selectRows': 'Pilih baris kegiatan di lembar, lalu tekan Pratinjau.',
  'fill.needRule': 'Tulis aturan untuk baris terpilih.',
  'fill.stale': 'Pengaturan berubah; buat pratinjau lagi sebelum menerapkan.',
  'chart.empty': 'Validasi dulu untuk melihat grafik.',
  'chart.monthBar': '{month}: {count} kegiatan',
  'chart.areaBar': '{area}: {scheduled} dari {activities} kegiatan terjadwal',
  'chart.monthSummary': 'Kegiatan terjadwal per bulan, paling banyak {max} pada {month}',
  'chart.noArea': 'Tanpa area',
  'chart.legend.scheduled': 'terjadwal',
  'chart.legend.unscheduled': 'belum terjadwal',
  'tools.template': 'Lembar lampiran baru',
  'tools.report': 'Laporan',
  'tools.report.hint': 'Menulis temuan ke lembar “{sheet}” dengan tautan ke setiap sel.',
  'tools.needValidation': 'Validasi dulu, lalu tulis laporan.',
  'tools.highlights': 'Sorotan',
  'error.notExcel': 'Panel ini harus dibuka dari Excel (tab Beranda › Lampiran).',
  'lang.label': 'Bahasa',
} as const;

export type PaneKey = keyof typeof paneId;

export const paneEn = {
  'pane.tabs': 'Panel sections',
  'tab.findings': 'Findings',
  'tab.fill': 'Fill months',
  'tab.chart': 'Chart',
  'tab.tools': 'Tools',
  'validate.hint': 'Checks the active sheet and highlights problem cells. Cell contents are not changed.',
  'validate.sheet': 'Sheet “{sheet}”',
  'findings.list': 'Findings list',
  'findings.group': '{severity} ({count})',
  'findings.current': 'Selected finding',
  'findings.restoreIgnored': 'Show the {count} ignored findings again',
  'findings.ignoreLabel': 'Ignore the finding at {cell}',
  'findings.noValidation': 'Not validated yet. Press “Validate lampiran”.',
  'findings.nav': 'Finding navigation',
  'findings.showAll': 'Show all findings ({shown} of {total} shown)',
  'status.ignored': 'Finding ignored; saved in this workbook',
  'status.restored': 'Ignored findings are shown again',
  'status.selected': 'Cell {cell} selected',
  'status.notProtectedPaint': 'Findings are listed, but highlights were not written.',
  'fill.sources': 'Where the rule comes from',
  'fill.source.ket': 'Rules in the KET column',
  'fill.source.selection': 'A rule for the rows selected in the sheet',
  'fill.source.ket.short': 'KET',
  'fill.source.text.short': 'text',
  'fill.source.option.short': 'chosen',
  'fill.previewTitle': 'Preview',
  'fill.rowsList': 'Rows: {rows}',
  'fill.selectRows': 'Select the activity rows in the sheet, then press Preview.',
  'fill.needRule': 'Type a rule for the selected rows.',
  'fill.stale': 'Settings changed; preview again before applying.',
  'chart.empty': 'Validate first to see the chart.',
  'chart.monthBar': '{month}: {count} activities',
  'chart.areaBar': '{area}: {scheduled} of {activities} activities scheduled',
  'chart.monthSummary': 'Activities scheduled per month, most ({max}) in {month}',
  'chart.noArea': 'No area',
  'chart.legend.scheduled': 'scheduled',
  'chart.legend.unscheduled': 'not scheduled',
  'tools.template': 'New lampiran sheet',
  'tools.report': 'Report',
  'tools.report.hint': 'Writes the findings to the sheet “{sheet}” with a link to every cell.',
  'tools.needValidation': 'Validate first, then write the report.',
  'tools.highlights': 'Highlights',
  'error.notExcel': 'Open this panel from Excel (Home tab › Lampiran).',
  'lang.label': 'Language',
} satisfies Record<PaneKey, string>;

const PANE: Record<Lang, Record<PaneKey, string>> = { id: paneId, en: paneEn };

export type Label = PaneKey | UiKey;

function isPaneKey(key: string): key is PaneKey {
  return Object.prototype.hasOwnProperty.call(paneId, key);
}

/** A pane or shared label in `lang` with {placeholders} filled. */
export function label(key: Label, lang: Lang, data?: Record<string, string | number>): string {
  if (!isPaneKey(key)) return sharedT(key, lang, data);
  const template = PANE[lang === 'en' ? 'en' : 'id'][key];
  return template.replace(/\{([A-Za-z0-9_.-]+)\}/g, (whole, name: string) => {
    const v = data?.[name];
    return v === undefined ? whole : String(v);
  });
}
