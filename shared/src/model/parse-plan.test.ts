import { describe, expect, it } from 'vitest';
import type { CellValue } from '../types.js';
import { sheetViewOf } from '../sheet-view.js';
import { findGrid } from '../grid/find-grid.js';
import { dataRow, lampiran } from '../../../test/helpers/lampiran-grid.js';
import { parsePlan, rowFactsOf } from './parse-plan.js';

const planOf = (rows: CellValue[][]) => {
  const view = sheetViewOf(lampiran(rows));
  const { grid } = findGrid(view, { currentYear: 2024 });
  return { plan: parsePlan(view, grid!), view };
};

describe('parsePlan', () => {
  it('builds areas, kegiatan and activities with spans, indicators and schedules', () => {
    const { plan } = planOf([
      dataRow('1', 'Manajemen Perubahan', '1. Perencanaan', '1) Pembentukan tim', 'SK tim', [1], 'sekali'),
      dataRow(null, null, null, null, 'Notulen rapat', [2]),
      dataRow(null, null, null, '2) Rapat', null, [3, 6]),
      dataRow(null, null, '2. Pelaksanaan', null, 'Laporan', [12]),
      dataRow('2', 'Penataan Tata Laksana', '1. SOP', '1) Penyusunan SOP', 'SOP', []),
    ]);
    expect(plan.areas.map((a) => [a.row, a.no, a.text, a.canonical, a.kegiatan.length])).toEqual([
      [6, '1', 'Manajemen Perubahan', 'Manajemen Perubahan', 2],
      [10, '2', 'Penataan Tata Laksana', 'Penataan Tatalaksana', 1],
    ]);
    expect(
      plan.activities.map((a) => [a.row, a.endRow, a.text, a.schedule, a.kegiatan, a.area, a.ket]),
    ).toEqual([
      [6, 7, '1) Pembentukan tim', [1, 2], '1. Perencanaan', 'Manajemen Perubahan', 'sekali'],
      [8, 8, '2) Rapat', [3, 6], '1. Perencanaan', 'Manajemen Perubahan', null],
      [9, 9, '2. Pelaksanaan', [12], '2. Pelaksanaan', 'Manajemen Perubahan', null],
      [10, 10, '1) Penyusunan SOP', [], '1. SOP', 'Penataan Tatalaksana', null],
    ]);
    expect(plan.activities[0]!.rows.map((r) => r.indikator)).toEqual(['SK tim', 'Notulen rapat']);
    expect(plan.activities[2]!.subKegiatan).toBeNull();
    expect(plan.areas[0]!.kegiatan[0]!.activities.map((a) => a.row)).toEqual([6, 8]);
  });

  it('a kegiatan row that only heads its sub kegiatan rows is not an activity', () => {
    const { plan } = planOf([
      dataRow('1', 'Manajemen Perubahan', '1. Perencanaan', null, null, []),
      dataRow(null, null, null, '1) Rapat', 'Notulen', [1]),
    ]);
    expect(plan.activities.map((a) => a.row)).toEqual([7]);
  });

  it('a kegiatan row with its own indicator stays an activity before its sub kegiatan', () => {
    const { plan } = planOf([
      dataRow('1', 'Manajemen Perubahan', '1. Perencanaan', null, 'Dokumen', [1]),
      dataRow(null, null, null, '1) Rapat', 'Notulen', [1]),
    ]);
    expect(plan.activities.map((a) => a.row)).toEqual([6, 7]);
  });

  it('a page-break continuation row joins the row above and starts nothing', () => {
    const { plan, view } = planOf([
      dataRow(
        '1',
        'Manajemen Perubahan',
        '1. Perencanaan',
        '1) Sosialisasi RB melalui',
        'Media sosialisasi di',
        [1],
      ),
      [],
      dataRow(null, null, null, 'berbagai media', 'lingkungan kerja', []),
      dataRow(null, null, null, '2) Rapat', 'Notulen', [2]),
    ]);
    expect(plan.activities.map((a) => [a.row, a.endRow])).toEqual([
      [6, 8],
      [9, 9],
    ]);
    expect(rowFactsOf(plan, view).continuationRows).toEqual([8]);
  });

  it('a shifted row is read right-aligned: kegiatan, sub kegiatan, indicator; split numbers rejoined', () => {
    const { plan, view } = planOf([
      dataRow('1', 'Manajemen Perubahan', '1. Perencanaan', '1) Rapat', 'Notulen', [1]),
      [null, null, '2', 'Pelaksanaan', '1', 'Sosialisasi RB', 'Media sosialisasi', '√'],
      [null, null, null, null, null, 'Daftar hadir', null, '√'],
      [null, null, null, '3', 'Evaluasi', 'Laporan evaluasi', null, null, '√'],
    ]);
    expect(rowFactsOf(plan, view).shiftedRows).toEqual([7, 8, 9]);
    expect(plan.activities.map((a) => [a.row, a.endRow, a.kegiatan, a.text, a.schedule])).toEqual([
      [6, 6, '1. Perencanaan', '1) Rapat', [1]],
      [7, 8, '2 Pelaksanaan', '1 Sosialisasi RB', [3]],
      [9, 9, '2 Pelaksanaan', '3 Evaluasi', [4]],
    ]);
    expect(plan.activities[1]!.rows.map((r) => r.indikator)).toEqual(['Media sosialisasi', 'Daftar hadir']);
    expect(plan.areas[0]!.kegiatan.map((k) => k.text)).toEqual(['1. Perencanaan', '2 Pelaksanaan']);
  });

  it('marks and invalid month cells of a row', () => {
    const { plan } = planOf([
      dataRow('1', 'Manajemen Perubahan', '1. K', '1) S', 'I', { 1: '√', 2: '-', 3: true, 4: false }),
    ]);
    expect(plan.activities[0]!.rows[0]).toMatchObject({ marks: [1, 3], invalid: [{ month: 2, value: '-' }] });
  });

  it('the preferred mark is the most used one, or true for checkbox cells', () => {
    const marks = (cells: Record<number, CellValue>[]) =>
      planOf(
        cells.map((c, i) =>
          dataRow(i === 0 ? '1' : null, i === 0 ? 'Manajemen Perubahan' : null, null, `${i + 1}) S`, 'I', c),
        ),
      ).plan.preferredMark;
    expect(marks([{ 1: '✓', 2: '✓' }, { 3: '√' }, { 4: ' ✓ ' }])).toBe('✓');
    expect(marks([{ 1: 'x' }, { 2: 1 }, { 3: 1 }])).toBe('1');
    expect(
      marks([
        { 1: true, 2: false },
        { 3: false, 4: '√' },
      ]),
    ).toBe(true);
    expect(marks([{}])).toBe('√');
  });

  it('rowFactsOf recomputes facts for a plan it has not seen', () => {
    const { plan, view } = planOf([
      dataRow('1', 'Manajemen Perubahan', '1. K', '1) S', 'I', { 1: '-' }),
      [null, null, null, '2', 'x', 'Tersedianya dokumen'],
    ]);
    const copy = { ...plan };
    expect(rowFactsOf(copy, view)).toEqual(rowFactsOf(plan, view));
    expect(rowFactsOf(copy, view).rows.map((f) => f.row)).toEqual([6, 7]);
    expect(rowFactsOf(copy, view).shiftedRows).toEqual([7]);
  });
});
