import { describe, expect, it } from 'vitest';
import type { CellValue, SheetInput } from '../types.js';
import { sheetViewOf } from '../sheet-view.js';
import {
  HEADER,
  MONTH_ROW,
  NUMBER_ROW,
  cleanRbRows,
  dataRow,
  lampiran,
} from '../../../test/helpers/lampiran-grid.js';
import { findGrid } from './find-grid.js';

const find = (sheet: SheetInput, currentYear = 2030) => findGrid(sheetViewOf(sheet), { currentYear });
const shift = (rows: CellValue[][], n: number) =>
  rows.map((r) => (r.length ? [...new Array<CellValue>(n).fill(null), ...r] : r));

describe('findGrid', () => {
  it('finds header, month row, column numbers, data range, year and kind', () => {
    const { grid, reports } = find(lampiran(cleanRbRows()));
    expect(reports).toEqual([]);
    expect(grid).toMatchObject({
      range: 'A3:R21',
      headerRow: 3,
      firstHeaderRow: 3,
      monthHeaderRow: 4,
      columnNumberRow: 5,
      firstDataRow: 6,
      lastDataRow: 21,
      columns: 18,
      firstColumn: 1,
      kind: 'rb',
      year: 2024,
      cols: {
        no: 1,
        area: 2,
        kegiatan: 3,
        subKegiatan: 4,
        indikator: 5,
        months: [6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17],
        ket: 18,
      },
      repeatedHeaderRows: [],
    });
  });

  it('finds a grid that starts in column C', () => {
    const sheet = lampiran(cleanRbRows());
    const { grid } = find({ values: shift(sheet.values, 2) });
    expect(grid?.range).toBe('C3:T21');
    expect(grid?.cols.months[0]).toBe(8);
    expect(grid?.cols.ket).toBe(20);
  });

  it('honours originRow / originColumn of a partial read', () => {
    const sheet = lampiran(cleanRbRows());
    const { grid } = find({ values: sheet.values, originRow: 10, originColumn: 4 });
    expect(grid?.range).toBe('D12:U30');
    expect(grid?.headerRow).toBe(12);
  });

  it('a 17-column plan (no KET) with month names and no column-number row', () => {
    const header = HEADER.slice(0, 17);
    const monthRow: CellValue[] = [
      null,
      null,
      null,
      null,
      null,
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'Mei',
      'Jun',
      'Jul',
      'Agt',
      'Sep',
      'Okt',
      'Nop',
      'Des',
    ];
    const { grid, reports } = find(
      lampiran(
        cleanRbRows().map((r) => r.slice(0, 17)),
        { header, monthRow, numberRow: null },
      ),
    );
    expect(grid?.columns).toBe(17);
    expect(grid?.cols.ket).toBeNull();
    expect(grid?.columnNumberRow).toBeNull();
    expect(grid?.firstDataRow).toBe(5);
    expect(reports.map((r) => [r.rule, r.severity, r.data?.['column']])).toEqual([
      ['missing-column', 'warning', 'KET'],
    ]);
  });

  it('a one-row header with the months in it', () => {
    const header: CellValue[] = [
      'NO',
      'AREA PERUBAHAN',
      'KEGIATAN',
      'SUB KEGIATAN',
      'INDIKATOR KEBERHASILAN',
      ...MONTH_ROW.slice(5, 17),
      'KET',
    ];
    const { grid, reports } = find(lampiran(cleanRbRows(), { header, monthRow: null }));
    expect(reports).toEqual([]);
    expect(grid?.monthHeaderRow).toBe(3);
    expect(grid?.columnNumberRow).toBe(4);
    expect(grid?.firstDataRow).toBe(5);
  });

  it('stops before the signature block', () => {
    const { grid } = find(
      lampiran(cleanRbRows(), {
        signature: [
          [],
          ['Salinan sesuai dengan aslinya'],
          ['SEKRETARIS'],
          [],
          [null, null, null, 'ttd'],
          ['Plt. KEPALA'],
        ],
      }),
    );
    expect(grid?.lastDataRow).toBe(21);
  });

  it('stops before a following table', () => {
    const values = [
      ...lampiran(cleanRbRows(), { signature: [] }).values,
      [],
      ['NO', 'NAMA', 'JABATAN', 'KETERANGAN'],
      ['1', 'Ani', 'Ketua', '-'],
    ];
    expect(find({ values }).grid?.lastDataRow).toBe(21);
  });

  it('skips a NO / NAMA / JABATAN table above the lampiran', () => {
    const other: CellValue[][] = [
      ['NO', 'NAMA', 'JABATAN', 'KEDUDUKAN DALAM TIM', 'TUGAS DALAM TIM'],
      ['1', '2', '3', '4', '5'],
      ['1.', 'Ani', 'Ketua', 'Pengarah', 'Arahan'],
      [],
    ];
    const { grid } = find(lampiran(cleanRbRows(), { title: [...other, ['RENCANA AKSI TAHUN 2023'], []] }));
    expect(grid?.headerRow).toBe(7);
    expect(grid?.year).toBe(2023);
  });

  it('year: nearest "TAHUN 20xx" above, "TAHUN" / "2023" split over two lines, else the current year', () => {
    expect(
      find(lampiran(cleanRbRows(), { title: [['NOMOR 1 TAHUN 2021'], ['RENCANA AKSI TAHUN 2022'], []] })).grid
        ?.year,
    ).toBe(2022);
    expect(
      find(lampiran(cleanRbRows(), { title: [['RENCANA AKSI ZONA INTEGRITAS TAHUN'], ['2023'], []] })).grid
        ?.year,
    ).toBe(2023);
    expect(find(lampiran(cleanRbRows(), { title: [['RENCANA AKSI'], []] }), 2031).grid?.year).toBe(2031);
    expect(
      find(lampiran(cleanRbRows(), { title: [['ROAD MAP TAHUN 2020-2024'], []] }), 2031).grid?.year,
    ).toBe(2031);
  });

  it('kind: ZI from the TIM KERJA header, the title, or areas that fit the ZI list', () => {
    const ziHeader = HEADER.map((h, i) => (i === 1 ? 'TIM KERJA' : h));
    expect(find(lampiran(cleanRbRows(), { header: ziHeader })).grid?.kind).toBe('zi');
    expect(
      find(lampiran(cleanRbRows(), { title: [['RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS TAHUN 2023'], []] }))
        .grid?.kind,
    ).toBe('zi');
    const ziAreas = [
      'Manajemen Perubahan',
      'Penataan Tatalaksana',
      'Penataan Sistem Manajemen SDM',
      'Penguatan Akuntabilitas',
      'Penguatan Pengawasan',
      'Pelayanan Publik',
    ];
    const rows = ziAreas.map((a, i) => dataRow(String(i + 1), a, 'K', 'S', 'I', [1]));
    expect(find(lampiran(rows, { title: [['RENCANA AKSI 2023'], []] })).grid?.kind).toBe('zi');
    expect(find(lampiran(cleanRbRows(), { title: [['RENCANA AKSI 2023'], []] })).grid?.kind).toBe('rb');
  });

  it('lists every row of repeated header blocks, and only those inside the grid', () => {
    const rows = cleanRbRows();
    const values = [...rows.slice(0, 3), [], HEADER, MONTH_ROW, NUMBER_ROW, ...rows.slice(3), [], NUMBER_ROW];
    const { grid } = find(lampiran(values));
    expect(grid?.repeatedHeaderRows).toEqual([10, 11, 12]);
    expect(grid?.lastDataRow).toBe(25);
  });

  it('reports no-grid when there is no header', () => {
    expect(find({ values: [['hello'], ['world']] })).toMatchObject({
      grid: null,
      reports: [{ rule: 'no-grid', row: null, column: null }],
    });
  });

  it('treats non-master cells of a merge as blank', () => {
    const sheet = lampiran(cleanRbRows());
    // ExcelJS repeats the master value on merged cells: the title merged across A1:R1.
    sheet.values[0] = new Array(18).fill('RENCANA AKSI REFORMASI BIROKRASI TAHUN 2024');
    sheet.merges = [{ top: 1, left: 1, bottom: 1, right: 18 }];
    expect(find(sheet).grid?.year).toBe(2024);
  });
});

describe('findGrid on header variants from Excel', () => {
  it('month header cells that are dates, and "(1) (2) …" column numbers', () => {
    const monthRow: CellValue[] = [
      null,
      null,
      null,
      null,
      null,
      ...Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}-01`),
      null,
    ];
    const numberRow: CellValue[] = Array.from({ length: 18 }, (_, i) => `(${i + 1})`);
    const { grid, reports } = find(lampiran(cleanRbRows(), { monthRow, numberRow }));
    expect(reports).toEqual([]);
    expect(grid?.columnNumberRow).toBe(5);
    expect(grid?.firstDataRow).toBe(6);
  });

  it('header words split over lines and merged header cells', () => {
    const header: CellValue[] = [
      'No.',
      'AREA\nPERUBAHAN',
      'KEGIATAN',
      'SUB\nKEGIATAN',
      'INDIKATOR\nKEBERHASILAN',
      'PELAKSANAAN\n(BULAN)',
      ...new Array<CellValue>(11).fill('PELAKSANAAN\n(BULAN)'),
      'KET.',
    ];
    const sheet = lampiran(cleanRbRows(), { header });
    sheet.merges = [{ top: 3, left: 6, bottom: 3, right: 17 }];
    const { grid, reports } = find(sheet);
    expect(reports).toEqual([]);
    expect(grid?.cols.months[0]).toBe(6);
  });
});

describe('findGrid month row edge cases', () => {
  it('no month row, column numbers, then a data row marked "1" in every month: the data stays data', () => {
    const ones = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [i + 1, '1']));
    const rows = [dataRow(null, null, null, '1) Rapat', 'Notulen', ones), ...cleanRbRows()];
    const { grid, reports } = find(lampiran(rows, { monthRow: null }));
    expect(grid?.monthHeaderRow).toBe(3);
    expect(grid?.columnNumberRow).toBe(4);
    expect(grid?.firstDataRow).toBe(5);
    expect(reports.map((r) => r.rule)).toEqual(['month-header']);
  });
});
