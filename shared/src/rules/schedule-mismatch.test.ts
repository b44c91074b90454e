import { describe, expect, it } from 'vitest';
import { FIRST_DATA_ROW, gridOf, monthColumn, type RowSpec } from '../recurrence/test-grid.js';
import { sheetViewOf } from '../sheet-view.js';
import type { Anchor, CellValue } from '../types.js';
import { validate } from '../validate.js';
import { RULES } from './index.js';
import type { RuleContext } from './rule.js';
import { scheduleMismatch } from './schedule-mismatch.js';

/** Runs the rule on the grid and plan `validate` found, with the given options. */
function check(values: CellValue[][], options: { infer?: boolean; anchor?: Anchor } = {}) {
  const sheet = { values };
  const result = validate(sheet, { currentYear: 2020, ...options });
  if (!result.grid || !result.plan) throw new Error('test grid not found');
  const ctx: RuleContext = {
    sheet: sheetViewOf(sheet),
    grid: result.grid,
    plan: result.plan,
    options: { lang: 'id', infer: options.infer ?? false, anchor: options.anchor ?? 'end' },
  };
  return scheduleMismatch.check(ctx);
}

const AREA = {
  no: 1,
  area: 'Manajemen Perubahan',
  kegiatan: '1. Rapat',
  sub: '1) Rapat koordinasi',
  indikator: 'Notulen',
};
const at = (row: number, data: Record<string, string>) => ({
  row,
  column: monthColumn(1),
  endRow: row,
  endColumn: monthColumn(12),
  data,
  area: 'Manajemen Perubahan',
});

const TABLE: {
  name: string;
  rows: RowSpec[];
  infer?: boolean;
  anchor?: Anchor;
  reports: ReturnType<typeof at>[];
}[] = [
  {
    name: 'marks equal to the rule',
    rows: [{ ...AREA, months: [3, 6, 9, 12], ket: 'triwulanan' }],
    reports: [],
  },
  {
    name: 'marks at the start anchor are accepted',
    rows: [{ ...AREA, months: [1, 4, 7, 10], ket: 'triwulanan' }],
    reports: [],
  },
  {
    name: 'marks at the start anchor are accepted with anchor start too',
    rows: [{ ...AREA, months: [3, 6, 9, 12], ket: 'triwulanan' }],
    anchor: 'start',
    reports: [],
  },
  {
    name: 'marks that disagree',
    rows: [{ ...AREA, months: [1, 2], ket: 'triwulanan' }],
    reports: [at(FIRST_DATA_ROW, { rule: 'triwulanan', expected: '3,6,9,12', found: '1,2' })],
  },
  {
    name: 'expected months follow the anchor',
    rows: [{ ...AREA, months: [1, 2], ket: 'triwulanan' }],
    anchor: 'start',
    reports: [at(FIRST_DATA_ROW, { rule: 'triwulanan', expected: '1,4,7,10', found: '1,2' })],
  },
  {
    name: 'too few marks',
    rows: [{ ...AREA, months: [6], ket: 'semesteran' }],
    reports: [at(FIRST_DATA_ROW, { rule: 'semesteran', expected: '6,12', found: '6' })],
  },
  {
    name: 'marks across the span are united',
    rows: [
      { ...AREA, months: [6], ket: 'semesteran' },
      { indikator: 'Laporan', months: [12] },
    ],
    reports: [],
  },
  { name: 'no marks is left to unscheduled', rows: [{ ...AREA, ket: 'triwulanan' }], reports: [] },
  { name: 'no rule', rows: [{ ...AREA, months: [1, 2] }], reports: [] },
  {
    name: 'an unresolved rule is not a mismatch',
    rows: [{ ...AREA, months: [1, 2], ket: 'secara berkala' }],
    reports: [],
  },
  { name: 'month list', rows: [{ ...AREA, months: [3, 6, 9], ket: 'Mar, Jun dan Sep' }], reports: [] },
  {
    name: 'RRULE',
    rows: [{ ...AREA, months: [3, 6, 9, 12], ket: 'FREQ=YEARLY;BYMONTH=3,6' }],
    reports: [at(FIRST_DATA_ROW, { rule: 'FREQ=YEARLY;BYMONTH=3,6', expected: '3,6', found: '3,6,9,12' })],
  },
  {
    name: 'text rules only with inference (off)',
    rows: [{ ...AREA, indikator: 'Pelaporan dilakukan setiap triwulan', months: [1] }],
    reports: [],
  },
  {
    name: 'text rules only with inference (on)',
    rows: [{ ...AREA, indikator: 'Pelaporan dilakukan setiap triwulan', months: [1] }],
    infer: true,
    reports: [at(FIRST_DATA_ROW, { rule: 'setiap triwulan', expected: '3,6,9,12', found: '1' })],
  },
  {
    name: 'a document name is no rule even with inference',
    rows: [{ ...AREA, sub: '1) Penyusunan Rencana Aksi Tahunan', indikator: 'Laporan Tahunan', months: [1] }],
    infer: true,
    reports: [],
  },
  {
    name: 'second activity',
    rows: [
      { ...AREA, months: [12], ket: 'tahunan' },
      { sub: '2) Evaluasi', indikator: 'Laporan evaluasi', months: [5], ket: 'akhir tahun' },
    ],
    reports: [at(FIRST_DATA_ROW + 1, { rule: 'akhir tahun', expected: '12', found: '5' })],
  },
];

describe('schedule-mismatch', () => {
  it.each(TABLE)('$name', ({ rows, infer, anchor, reports }) => {
    expect(check(gridOf(rows), { infer, anchor })).toEqual(reports);
  });

  it('clips a long phrase to 80 characters', () => {
    const list = 'Januari, Februari, Maret, April, Mei, Juni, Juli, Agustus, September, Oktober dan November';
    const [r] = check(gridOf([{ ...AREA, months: [12], ket: list }]));
    expect(String(r?.data?.['rule']).length).toBeLessThanOrEqual(80);
  });

  it('is registered and reported by validate', () => {
    expect(RULES).toContain(scheduleMismatch);
    const result = validate(
      { values: gridOf([{ ...AREA, months: [1, 2], ket: 'triwulanan' }]) },
      { currentYear: 2020 },
    );
    const found = result.findings.filter((f) => f.rule === 'schedule-mismatch');
    expect(found.map((f) => [f.severity, f.range, f.messageId])).toEqual([
      ['warning', `F${FIRST_DATA_ROW}:Q${FIRST_DATA_ROW}`, 'schedule-mismatch'],
    ]);
  });
});
