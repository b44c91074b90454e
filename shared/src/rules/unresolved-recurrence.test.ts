import { describe, expect, it } from 'vitest';
import { FIRST_DATA_ROW, gridOf, KET_COLUMN, type RowSpec } from '../recurrence/test-grid.js';
import { sheetViewOf } from '../sheet-view.js';
import type { CellValue } from '../types.js';
import { validate } from '../validate.js';
import { RULES } from './index.js';
import type { RuleContext } from './rule.js';
import { unresolvedRecurrence } from './unresolved-recurrence.js';

function check(values: CellValue[][], options: { infer?: boolean } = {}) {
  const sheet = { values };
  const result = validate(sheet, { currentYear: 2020, ...options });
  if (!result.grid || !result.plan) throw new Error('test grid not found');
  const ctx: RuleContext = {
    sheet: sheetViewOf(sheet),
    grid: result.grid,
    plan: result.plan,
    options: { lang: 'id', infer: options.infer ?? false, anchor: 'end' },
  };
  return unresolvedRecurrence.check(ctx);
}

const AREA = {
  no: 1,
  area: 'Manajemen Perubahan',
  kegiatan: '1. Rapat',
  sub: '1) Rapat koordinasi',
  indikator: 'Notulen',
};
const at = (row: number, column: number, phrase: string) => ({
  row,
  column,
  data: { phrase },
  area: 'Manajemen Perubahan',
});

const TABLE: { name: string; rows: RowSpec[]; infer?: boolean; reports: ReturnType<typeof at>[] }[] = [
  {
    name: 'secara berkala in KET',
    rows: [{ ...AREA, ket: 'secara berkala' }],
    reports: [at(FIRST_DATA_ROW, KET_COLUMN, 'secara berkala')],
  },
  {
    name: 'sesuai kebutuhan in KET',
    rows: [{ ...AREA, months: [2], ket: 'Sesuai kebutuhan' }],
    reports: [at(FIRST_DATA_ROW, KET_COLUMN, 'Sesuai kebutuhan')],
  },
  {
    name: 'insidental in KET',
    rows: [{ ...AREA, ket: 'Insidental' }],
    reports: [at(FIRST_DATA_ROW, KET_COLUMN, 'Insidental')],
  },
  {
    name: 'menyesuaikan in KET',
    rows: [{ ...AREA, ket: 'Menyesuaikan' }],
    reports: [at(FIRST_DATA_ROW, KET_COLUMN, 'Menyesuaikan')],
  },
  {
    name: 'on a continuation row',
    rows: [
      { ...AREA, months: [3] },
      { indikator: 'Laporan', ket: 'berkala' },
    ],
    reports: [at(FIRST_DATA_ROW + 1, KET_COLUMN, 'berkala')],
  },
  { name: 'a resolved rule', rows: [{ ...AREA, ket: 'triwulanan' }], reports: [] },
  {
    name: 'a resolved rule wins in the same cell',
    rows: [{ ...AREA, ket: 'berkala, setiap triwulan' }],
    reports: [],
  },
  { name: 'no rule', rows: [{ ...AREA, ket: 'Tim RB' }], reports: [] },
  { name: 'text without inference', rows: [{ ...AREA, indikator: 'Evaluasi secara berkala' }], reports: [] },
  {
    name: 'text with inference',
    rows: [{ ...AREA, indikator: 'Evaluasi secara berkala' }],
    infer: true,
    reports: [at(FIRST_DATA_ROW, 5, 'secara berkala')],
  },
  {
    name: 'KET wins over text',
    rows: [{ ...AREA, indikator: 'Evaluasi secara berkala', ket: 'tahunan' }],
    infer: true,
    reports: [],
  },
];

describe('unresolved-recurrence', () => {
  it.each(TABLE)('$name', ({ rows, infer, reports }) => {
    expect(check(gridOf(rows), { infer })).toEqual(reports);
  });

  it('is registered and reported by validate as info at the cell', () => {
    expect(RULES).toContain(unresolvedRecurrence);
    const result = validate(
      { values: gridOf([{ ...AREA, months: [1], ket: 'secara berkala' }]) },
      { currentYear: 2020 },
    );
    const found = result.findings.filter((f) => f.rule === 'unresolved-recurrence');
    expect(found.map((f) => [f.severity, f.cell, f.data])).toEqual([
      ['info', `R${FIRST_DATA_ROW}`, { phrase: 'secara berkala' }],
    ]);
  });
});
