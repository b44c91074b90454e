import { describe, expect, it } from 'vitest';
import { findGrid } from '../grid/find-grid.js';
import { parsePlan } from '../model/parse-plan.js';
import { sheetViewOf } from '../sheet-view.js';
import type { Anchor } from '../types.js';
import { ruleOfActivity } from './rule-of-activity.js';
import { FIRST_DATA_ROW, gridOf, KET_COLUMN, type RowSpec } from './test-grid.js';

function rulesOf(rows: RowSpec[], opts: { infer?: boolean; anchor?: Anchor } = {}) {
  const view = sheetViewOf({ values: gridOf(rows) });
  const grid = findGrid(view, { currentYear: 2020 }).grid;
  if (!grid) throw new Error('test grid not found');
  const plan = parsePlan(view, grid);
  return plan.activities.map((a) =>
    ruleOfActivity(a, {
      infer: opts.infer ?? false,
      anchor: opts.anchor ?? 'end',
      year: grid.year,
      view,
      grid,
    }),
  );
}

const AREA = { no: 1, area: 'Manajemen Perubahan' };

describe('ruleOfActivity', () => {
  it('reads the KET cell of the first row', () => {
    const [r] = rulesOf([
      { ...AREA, kegiatan: '1. Rapat', sub: '1) Rapat koordinasi', indikator: 'Notulen', ket: 'Triwulanan' },
    ]);
    expect(r).toEqual({
      recurrence: { kind: 'months', months: [3, 6, 9, 12], phrase: 'Triwulanan' },
      source: 'ket',
      row: FIRST_DATA_ROW,
      column: KET_COLUMN,
    });
  });

  it('reads a KET cell on a continuation row of the span', () => {
    const [r] = rulesOf([
      { ...AREA, kegiatan: '1. Rapat', sub: '1) Rapat koordinasi', indikator: 'Notulen' },
      { indikator: 'Daftar hadir', ket: 'semesteran' },
    ]);
    expect(r?.source).toBe('ket');
    expect(r?.row).toBe(FIRST_DATA_ROW + 1);
    expect(r?.recurrence).toEqual({ kind: 'months', months: [6, 12], phrase: 'semesteran' });
  });

  it('prefers a resolved KET rule on a later row over an unresolved one', () => {
    const [r] = rulesOf([
      { ...AREA, kegiatan: '1. Rapat', sub: '1) Rapat', indikator: 'Notulen', ket: 'secara berkala' },
      { indikator: 'Daftar hadir', ket: 'Tahunan' },
    ]);
    expect(r?.recurrence).toEqual({ kind: 'months', months: [12], phrase: 'Tahunan' });
  });

  it('ignores the text without inference and reads it with inference', () => {
    const rows: RowSpec[] = [
      {
        ...AREA,
        kegiatan: '1. Pelaporan',
        sub: '1) Pelaporan gratifikasi',
        indikator: 'Pelaporan dilakukan setiap triwulan',
      },
    ];
    expect(rulesOf(rows, { infer: false })).toEqual([null]);
    expect(rulesOf(rows, { infer: true })).toEqual([
      {
        recurrence: { kind: 'months', months: [3, 6, 9, 12], phrase: 'setiap triwulan' },
        source: 'text',
        row: FIRST_DATA_ROW,
        column: 5,
      },
    ]);
  });

  it('KET wins over the text', () => {
    const [r] = rulesOf(
      [
        {
          ...AREA,
          kegiatan: '1. Survei',
          sub: '1) Survei dilakukan setiap bulan',
          indikator: 'Laporan survei',
          ket: 'semester II',
        },
      ],
      { infer: true },
    );
    expect(r?.source).toBe('ket');
    expect(r?.recurrence).toEqual({ kind: 'months', months: [12], phrase: 'semester II' });
  });

  it('reads the SUB KEGIATAN before the INDIKATOR', () => {
    const [r] = rulesOf(
      [
        {
          ...AREA,
          kegiatan: '1. Survei',
          sub: '1) Survei tahunan dilakukan setiap tahun',
          indikator: 'Survei dilakukan setiap triwulan',
        },
      ],
      { infer: true },
    );
    expect(r?.column).toBe(4);
    expect(r?.recurrence).toEqual({ kind: 'months', months: [12], phrase: 'setiap tahun' });
  });

  it('reads the KEGIATAN of an activity without sub kegiatan', () => {
    const [r] = rulesOf(
      [{ ...AREA, kegiatan: '1. Rapat pimpinan dilakukan setiap bulan', indikator: 'Notulen rapat' }],
      {
        infer: true,
      },
    );
    expect(r?.column).toBe(3);
    expect(r?.recurrence.kind).toBe('months');
  });

  it('follows the anchor', () => {
    const rows: RowSpec[] = [
      { ...AREA, kegiatan: '1. Rapat', sub: '1) Rapat', indikator: 'Notulen', ket: 'triwulanan' },
    ];
    expect(rulesOf(rows, { anchor: 'start' })[0]?.recurrence).toEqual({
      kind: 'months',
      months: [1, 4, 7, 10],
      phrase: 'triwulanan',
    });
  });

  it('a document name in the text is not a rule', () => {
    expect(
      rulesOf(
        [
          {
            ...AREA,
            kegiatan: '1. Penyusunan',
            sub: '1) Penyusunan Rencana Aksi Tahunan',
            indikator: 'Laporan Tahunan',
          },
        ],
        {
          infer: true,
        },
      ),
    ).toEqual([null]);
  });
});
