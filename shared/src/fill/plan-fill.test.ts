import { describe, expect, it } from 'vitest';
import {
  FIRST_DATA_ROW,
  gridOf,
  KET_COLUMN,
  monthColumn,
  withCell,
  type RowSpec,
} from '../recurrence/test-grid.js';
import { a1 } from '../a1.js';
import type { CellValue, FillOptions, FillPlan, SheetInput } from '../types.js';
import { planFill } from './plan-fill.js';

const R = FIRST_DATA_ROW;
const AREA = {
  no: 1,
  area: 'Manajemen Perubahan',
  kegiatan: '1. Rapat',
  sub: '1) Rapat koordinasi',
  indikator: 'Notulen',
};
const fill = (rows: RowSpec[], options: FillOptions = {}) =>
  planFill({ values: gridOf(rows) }, { currentYear: 2020, ...options });

/** The month numbers written on `row`. */
const monthsWritten = (plan: FillPlan, row: number) =>
  plan.writes.filter((w) => w.row === row).map((w) => w.column - monthColumn(1) + 1);

function apply(values: CellValue[][], plan: FillPlan): CellValue[][] {
  return plan.writes.reduce((v, w) => withCell(v, w.row, w.column, w.value), values);
}

describe('planFill', () => {
  it('writes the rule months into the empty month cells of the first row, in the dry-run shape', () => {
    const plan = fill([{ ...AREA, ket: 'triwulanan' }]);
    expect(plan.skipped).toEqual([]);
    expect(plan.writes).toEqual(
      [3, 6, 9, 12].map((m) => ({
        cell: a1(R, monthColumn(m)),
        row: R,
        column: monthColumn(m),
        value: '√',
        rule: 'triwulanan',
        source: 'ket',
      })),
    );
    expect(plan.writes[0]?.cell).toBe(`H${R}`);
  });

  it('never overwrites or removes anything', () => {
    const values = gridOf([
      { ...AREA, months: [3], ket: 'triwulanan' },
      { indikator: 'Daftar hadir', months: [6], ket: 'catatan' },
      { sub: '2) Evaluasi', indikator: 'Laporan', months: { 12: 'V' }, ket: 'Setiap bulan' },
    ]);
    const plan = planFill({ values }, { currentYear: 2020 });
    for (const w of plan.writes) {
      const before = values[w.row - 1]?.[w.column - 1] ?? null;
      expect(before === null || before === '').toBe(true);
    }
    // Months marked on a continuation row are not written again on the first row.
    expect(monthsWritten(plan, R)).toEqual([9, 12]);
    expect(monthsWritten(plan, R + 2)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const after = apply(values, plan);
    values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v !== null && v !== '') expect(after[i]?.[j]).toBe(v);
      }),
    );
  });

  it('skips and reports an activity whose marks are not within the rule', () => {
    const plan = fill([
      { ...AREA, months: [1, 2], ket: 'triwulanan' },
      { sub: '2) Evaluasi', indikator: 'Laporan', months: [6], ket: 'semesteran' },
    ]);
    expect(plan.skipped).toEqual([{ row: R, reason: 'schedule-mismatch', rule: 'triwulanan' }]);
    expect(monthsWritten(plan, R)).toEqual([]);
    expect(monthsWritten(plan, R + 1)).toEqual([12]);
  });

  it('skips and reports an activity with non-mark content in its month cells', () => {
    const plan = fill([
      { ...AREA, months: { 3: '?' }, ket: 'triwulanan' },
      { sub: '2) Evaluasi', indikator: 'Laporan', ket: 'tahunan' },
      { indikator: 'Lampiran', months: { 4: 2 } },
    ]);
    expect(plan.skipped).toEqual([
      { row: R, reason: 'non-mark-content', rule: 'triwulanan' },
      { row: R + 1, reason: 'non-mark-content', rule: 'tahunan' },
    ]);
    expect(plan.writes).toEqual([]);
  });

  it('skips a month cell hidden under a merge', () => {
    const values = gridOf([{ ...AREA, months: [1], ket: 'bulanan' }]);
    const plan = planFill(
      { values, merges: [{ top: R, left: monthColumn(1), bottom: R, right: monthColumn(12) }] },
      { currentYear: 2020 },
    );
    expect(plan.writes).toEqual([]);
    expect(plan.skipped.map((s) => s.reason)).toEqual(['non-mark-content']);
  });

  it('writes nothing on a row whose text was pushed into the month cells', () => {
    // parsePlan reads such a row as shifted: it starts no activity, so there is nothing to fill.
    const plan = fill([{ ...AREA, months: { 3: 'lihat catatan kegiatan' }, ket: 'triwulanan' }]);
    expect(plan.writes).toEqual([]);
  });

  it('reports an unresolved rule and writes nothing for it', () => {
    const plan = fill([{ ...AREA, ket: 'secara berkala' }]);
    expect(plan).toEqual({
      writes: [],
      skipped: [{ row: R, reason: 'unresolved-recurrence', rule: 'secara berkala' }],
    });
  });

  it('applies an explicit rule to the activities touching the rows, over their KET', () => {
    const rows: RowSpec[] = [
      { ...AREA, ket: 'tahunan' },
      { indikator: 'Daftar hadir' },
      { sub: '2) Evaluasi', indikator: 'Laporan', ket: 'tahunan' },
    ];
    // Row R+1 is a continuation row: it selects the first activity.
    const plan = fill(rows, { rule: 'semesteran', rows: [R + 1] });
    expect(plan.writes.filter((w) => w.row === R).map((w) => [w.cell, w.source, w.rule])).toEqual([
      [a1(R, monthColumn(6)), 'option', 'semesteran'],
      [a1(R, monthColumn(12)), 'option', 'semesteran'],
    ]);
    // Other activities keep their own rule.
    expect(plan.writes.filter((w) => w.row === R + 2).map((w) => [w.source, w.rule])).toEqual([
      ['ket', 'tahunan'],
    ]);
  });

  it('applies an explicit rule to every activity when no rows are given', () => {
    const plan = fill([{ ...AREA }, { sub: '2) Evaluasi', indikator: 'Laporan', ket: 'tahunan' }], {
      rule: 'RRULE:FREQ=YEARLY;BYMONTH=3,6',
    });
    expect(plan.writes.map((w) => [w.row, w.column - monthColumn(1) + 1, w.source])).toEqual([
      [R, 3, 'option'],
      [R, 6, 'option'],
      [R + 1, 3, 'option'],
      [R + 1, 6, 'option'],
    ]);
    expect(plan.writes[0]?.rule).toBe('RRULE:FREQ=YEARLY;BYMONTH=3,6');
  });

  it('rows without a rule restrict the fill; rows outside any activity are reported', () => {
    const rows: RowSpec[] = [
      { ...AREA, ket: 'tahunan' },
      { sub: '2) Evaluasi', indikator: 'Laporan', ket: 'tahunan' },
      { sub: '3) Arsip', indikator: 'Arsip' },
    ];
    const plan = fill(rows, { rows: [R + 1, R + 2, 2] });
    expect(plan.writes.map((w) => w.row)).toEqual([R + 1]);
    expect(plan.skipped).toEqual([
      { row: 2, reason: 'not-an-activity' },
      { row: R + 2, reason: 'no-rule' },
    ]);
  });

  it('an explicit rule that reads as nothing is reported, not guessed', () => {
    const plan = fill([{ ...AREA }], { rule: 'kapan-kapan', rows: [R] });
    expect(plan).toEqual({
      writes: [],
      skipped: [{ row: R, reason: 'unresolved-recurrence', rule: 'kapan-kapan' }],
    });
  });

  it('reads the text only with inference', () => {
    const rows: RowSpec[] = [{ ...AREA, indikator: 'Survei dilakukan minimal 4 kali dalam setahun' }];
    expect(fill(rows, { infer: false })).toEqual({ writes: [], skipped: [] });
    const plan = fill(rows, { infer: true });
    expect(monthsWritten(plan, R)).toEqual([3, 6, 9, 12]);
    expect(plan.writes.every((w) => w.source === 'text' && w.rule === 'minimal 4 kali dalam setahun')).toBe(
      true,
    );
  });

  it('follows the anchor', () => {
    const rows: RowSpec[] = [
      { ...AREA, ket: 'triwulanan' },
      { sub: '2) Evaluasi', indikator: 'Laporan', ket: 'tahunan' },
    ];
    expect(monthsWritten(fill(rows, { anchor: 'end' }), R)).toEqual([3, 6, 9, 12]);
    expect(monthsWritten(fill(rows, { anchor: 'start' }), R)).toEqual([1, 4, 7, 10]);
    expect(monthsWritten(fill(rows, { anchor: 'end' }), R + 1)).toEqual([12]);
    expect(monthsWritten(fill(rows, { anchor: 'start' }), R + 1)).toEqual([1]);
  });

  it('writes true where the month cells are checkboxes', () => {
    const unticked = Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => [m, false]));
    const plan = fill([
      { ...AREA, months: { ...unticked, 6: true }, ket: 'semesteran' },
      { sub: '2) Evaluasi', indikator: 'Laporan', months: unticked, ket: 'tahunan' },
    ]);
    expect(plan.writes.map((w) => [w.row, w.column - monthColumn(1) + 1, w.value])).toEqual([
      [R, 12, true],
      [R + 1, 12, true],
    ]);
  });

  it('writes the mark most used in the sheet', () => {
    const plan = fill([
      { ...AREA, months: [1, 2, 3], mark: '✓' },
      { sub: '2) Evaluasi', indikator: 'Laporan', ket: 'tahunan' },
    ]);
    expect(plan.writes.map((w) => w.value)).toEqual(['✓']);
  });

  it('is idempotent: planning again after applying the writes writes nothing', () => {
    const values = gridOf([
      { ...AREA, months: [3], ket: 'triwulanan' },
      { sub: '2) Evaluasi', indikator: 'Pelaporan dilakukan setiap semester', ket: null },
      { sub: '3) Survei', indikator: 'Laporan', ket: 'Mar, Jun dan Sep' },
      { sub: '4) Arsip', indikator: 'Arsip', ket: 'FREQ=MONTHLY;INTERVAL=2' },
    ]);
    for (const options of [
      { infer: true },
      { infer: true, anchor: 'start' as const },
      { rule: 'bulanan', rows: [R + 2] },
    ]) {
      const first = planFill({ values }, { currentYear: 2020, ...options });
      expect(first.writes.length).toBeGreaterThan(0);
      const again = planFill({ values: apply(values, first) }, { currentYear: 2020, ...options });
      expect(again.writes).toEqual([]);
      expect(again.skipped).toEqual(first.skipped);
    }
  });

  it('resolves RRULEs in the plan year from the title', () => {
    const values = gridOf([{ ...AREA, ket: 'DTSTART:20240201T000000Z RRULE:FREQ=MONTHLY;INTERVAL=3' }], {
      year: 2025,
    });
    expect(monthsWritten(planFill({ values }, { currentYear: 2020 }), R)).toEqual([2, 5, 8, 11]);
  });

  it('returns an empty plan when there is no grid, and never throws on odd input', () => {
    expect(planFill({ values: [] })).toEqual({ writes: [], skipped: [] });
    expect(planFill({ values: [['Daftar hadir'], ['Nama', 'Jabatan']] })).toEqual({
      writes: [],
      skipped: [],
    });
    expect(planFill({ values: [[null]] }, undefined)).toEqual({ writes: [], skipped: [] });
    const sheet = { values: gridOf([{ ...AREA, ket: 'triwulanan' }]) } as SheetInput;
    expect(() =>
      planFill(sheet, { rows: 'x' as unknown as number[], rule: 5 as unknown as string }),
    ).not.toThrow();
  });

  it('works on a grid that does not start at A1', () => {
    const values = gridOf([{ ...AREA, ket: 'tahunan' }]).map((row) => [null, null, ...row]);
    const plan = planFill({ values: [[], ...values], originRow: 3, originColumn: 2 }, { currentYear: 2020 });
    // Shifted by one blank row and two blank columns inside the values, plus the origin offset.
    expect(plan.writes.map((w) => w.cell)).toEqual([a1(R + 3, monthColumn(12) + 3)]);
  });

  it('works on a 17-column plan without KET: explicit and inferred rules only', () => {
    const values = gridOf([{ ...AREA, indikator: 'Rapat dilakukan setiap semester' }]).map((row) =>
      row.slice(0, 17),
    );
    expect(planFill({ values }, { currentYear: 2020 })).toEqual({ writes: [], skipped: [] });
    expect(monthsWritten(planFill({ values }, { currentYear: 2020, infer: true }), R)).toEqual([6, 12]);
    expect(monthsWritten(planFill({ values }, { currentYear: 2020, rule: 'TW IV', rows: [R] }), R)).toEqual([
      12,
    ]);
  });

  it('leaves the KET column alone', () => {
    const plan = fill([{ ...AREA, ket: 'bulanan' }]);
    expect(plan.writes.some((w) => w.column === KET_COLUMN)).toBe(false);
    expect(plan.writes).toHaveLength(12);
  });
});
