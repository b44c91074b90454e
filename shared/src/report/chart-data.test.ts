import { describe, expect, it } from 'vitest';
import type { Activity, Area, Plan } from '../types.js';
import { chartDataOf } from './chart-data.js';
import { GRID } from './test-fixtures.js';

function activity(row: number, schedule: number[], indikator: string | null, area: string | null): Activity {
  return {
    row,
    endRow: row,
    area,
    kegiatan: 'K',
    subKegiatan: null,
    text: `kegiatan ${row}`,
    rows: [{ row, indikator, marks: schedule, invalid: [], ket: null }],
    schedule,
    ket: null,
  };
}

function area(row: number, text: string, canonical: string | null): Area {
  return { row, column: 2, no: null, text, canonical, suggestion: null, kegiatan: [] };
}

describe('chartDataOf', () => {
  it('gives twelve zeros and no areas without a plan', () => {
    expect(chartDataOf(null)).toEqual({ perMonth: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], perArea: [] });
  });

  it('counts activities per month and per area', () => {
    const plan: Plan = {
      grid: GRID,
      preferredMark: '√',
      areas: [area(8, 'MANAJEMEN PERUBAHAN', 'Manajemen Perubahan'), area(12, 'Tatalaksna', null)],
      activities: [
        activity(9, [3, 6, 9, 12], 'SK tim', 'Manajemen Perubahan'),
        activity(10, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], null, 'Manajemen Perubahan'),
        activity(11, [], '  ', 'Manajemen Perubahan'),
        activity(13, [12, 12], 'Laporan', 'Tatalaksna'),
      ],
    };
    const data = chartDataOf(plan);
    expect(data.perMonth).toEqual([1, 1, 2, 1, 1, 2, 1, 1, 2, 1, 1, 3]);
    expect(data.perArea).toEqual([
      { area: 'Manajemen Perubahan', activities: 3, scheduled: 2, withIndicator: 1 },
      { area: 'Tatalaksna', activities: 1, scheduled: 1, withIndicator: 1 },
    ]);
  });

  it('puts activities before any area in a first group named ""', () => {
    const plan: Plan = {
      grid: GRID,
      preferredMark: '√',
      areas: [area(10, 'Pengawasan', 'Penguatan Pengawasan')],
      activities: [activity(8, [13, 0, 5], 'x', null), activity(11, [], null, 'Penguatan Pengawasan')],
    };
    const data = chartDataOf(plan);
    expect(data.perMonth).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(data.perArea).toEqual([
      { area: '', activities: 1, scheduled: 1, withIndicator: 1 },
      { area: 'Penguatan Pengawasan', activities: 1, scheduled: 0, withIndicator: 0 },
    ]);
  });

  it('lists an area with no activity with zeros', () => {
    const plan: Plan = {
      grid: GRID,
      preferredMark: '√',
      areas: [area(8, 'Pengawasan', 'Penguatan Pengawasan')],
      activities: [],
    };
    expect(chartDataOf(plan).perArea).toEqual([
      { area: 'Penguatan Pengawasan', activities: 0, scheduled: 0, withIndicator: 0 },
    ]);
  });
});
