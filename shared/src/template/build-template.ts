// A new, print-ready lampiran sheet as pure data (SPEC §10 `template`): title, two-row header,
// column numbers, the kind's areas with NO 1..N and empty rows to write activities in.
// The sheet itself is the official document and stays in Indonesian; `lang` names the tab.
import { a1Range } from '../a1.js';
import { AREA_LISTS } from '../areas/area-lists.js';
import type { CellValue, Lang, MergeArea, PlanKind, TemplateSheet } from '../types.js';

export interface TemplateOptions {
  kind: PlanKind;
  year: number;
  lang?: Lang;
}

const COLUMNS = 18;
const FIRST_MONTH_COLUMN = 6;
const KET_COLUMN = 18;
/** Empty rows left under each area for its kegiatan. */
const ROWS_PER_AREA = 3;
const TITLE_ROWS = 2;
const HEADER_ROW = TITLE_ROWS + 2;
const MONTH_ROW = HEADER_ROW + 1;
const NUMBER_ROW = HEADER_ROW + 2;
const FIRST_DATA_ROW = HEADER_ROW + 3;

const MONTH_ABBREVIATIONS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Mei',
  'Jun',
  'Jul',
  'Agu',
  'Sep',
  'Okt',
  'Nov',
  'Des',
];

// Characters; wide text columns, narrow month columns so the 18 columns fit landscape A4.
const COLUMN_WIDTHS = [5, 22, 30, 34, 34, ...Array<number>(12).fill(4.5), 16];

function titleOf(kind: PlanKind): string {
  return kind === 'zi'
    ? 'RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS MENUJU WILAYAH BEBAS DARI KORUPSI (WBK) / WILAYAH BIROKRASI BERSIH DAN MELAYANI (WBBM)'
    : 'RENCANA AKSI REFORMASI BIROKRASI';
}

function sheetNameOf(kind: PlanKind, year: number, lang: Lang): string {
  const k = kind === 'zi' ? 'ZI' : 'RB';
  return lang === 'en' ? `Action Plan ${k} ${year}` : `Lampiran ${k} ${year}`;
}

function emptyRow(): CellValue[] {
  return Array<CellValue>(COLUMNS).fill(null);
}

export function buildTemplate(opts: TemplateOptions): TemplateSheet {
  const kind: PlanKind = opts.kind === 'zi' ? 'zi' : 'rb';
  const year = Number.isInteger(opts.year) ? opts.year : new Date().getFullYear();
  const lang: Lang = opts.lang === 'en' ? 'en' : 'id';
  const areas = AREA_LISTS[kind].areas.filter((a) => !a.optional);

  const values: CellValue[][] = [];
  const merges: MergeArea[] = [];
  const mergeRow = (row: number, left: number, right: number) =>
    merges.push({ top: row, left, bottom: row, right });

  values.push([titleOf(kind), ...emptyRow().slice(1)]);
  mergeRow(1, 1, COLUMNS);
  values.push([`DI LINGKUNGAN KOMISI PEMILIHAN UMUM ………… TAHUN ${year}`, ...emptyRow().slice(1)]);
  mergeRow(2, 1, COLUMNS);
  values.push(emptyRow());

  const header = emptyRow();
  header[0] = 'NO';
  header[1] = kind === 'zi' ? 'TIM KERJA' : 'AREA PERUBAHAN';
  header[2] = 'KEGIATAN';
  header[3] = 'SUB KEGIATAN';
  header[4] = 'INDIKATOR KEBERHASILAN';
  header[FIRST_MONTH_COLUMN - 1] = 'PELAKSANAAN (BULAN)';
  header[KET_COLUMN - 1] = 'KET';
  values.push(header);

  const months = emptyRow();
  for (let m = 1; m <= 12; m++)
    months[FIRST_MONTH_COLUMN - 2 + m] = kind === 'zi' ? MONTH_ABBREVIATIONS[m - 1]! : m;
  values.push(months);
  // Columns other than the months span both header rows.
  for (const c of [1, 2, 3, 4, 5, KET_COLUMN])
    merges.push({ top: HEADER_ROW, left: c, bottom: MONTH_ROW, right: c });
  mergeRow(HEADER_ROW, FIRST_MONTH_COLUMN, FIRST_MONTH_COLUMN + 11);

  values.push(Array.from({ length: COLUMNS }, (_, i) => i + 1));

  areas.forEach((area, i) => {
    const row = emptyRow();
    row[0] = i + 1;
    row[1] = area.name;
    values.push(row);
    for (let k = 0; k < ROWS_PER_AREA; k++) values.push(emptyRow());
  });

  const lastDataRow = FIRST_DATA_ROW + areas.length * (1 + ROWS_PER_AREA) - 1;
  return {
    name: sheetNameOf(kind, year, lang),
    kind,
    year,
    values,
    merges,
    columnWidths: COLUMN_WIDTHS.slice(),
    printTitleRows: { first: HEADER_ROW, last: NUMBER_ROW },
    headerRow: HEADER_ROW,
    firstDataRow: FIRST_DATA_ROW,
    lastDataRow,
    monthRange: a1Range(FIRST_DATA_ROW, FIRST_MONTH_COLUMN, lastDataRow, FIRST_MONTH_COLUMN + 11),
    marks: ['√'],
    orientation: 'landscape',
    paperSize: 'A4',
    headerRows: [HEADER_ROW, MONTH_ROW, NUMBER_ROW],
  };
}
