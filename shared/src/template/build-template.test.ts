import { describe, expect, it } from 'vitest';
import { parseA1Range } from '../a1.js';
import { AREA_LISTS } from '../areas/area-lists.js';
import { isMark } from '../model/marks.js';
import { planFill } from '../fill/plan-fill.js';
import type { PlanKind } from '../types.js';
import { validate } from '../validate.js';
import { buildTemplate } from './build-template.js';

const KINDS: PlanKind[] = ['rb', 'zi'];

describe('buildTemplate', () => {
  it.each(KINDS)('%s: validates with no findings, the right grid, kind and year', (kind) => {
    const t = buildTemplate({ kind, year: 2025 });
    const result = validate({ values: t.values, merges: t.merges }, { currentYear: 2019 });
    expect(result.findings).toEqual([]);
    expect(result.grid).toMatchObject({
      kind,
      year: 2025,
      columns: 18,
      headerRow: t.headerRow,
      monthHeaderRow: t.headerRow + 1,
      columnNumberRow: t.headerRow + 2,
      firstDataRow: t.firstDataRow,
      firstColumn: 1,
    });
    const expected = AREA_LISTS[kind].areas.filter((a) => !a.optional).map((a) => a.name);
    expect(result.plan?.areas.map((a) => a.canonical)).toEqual(expected);
    // Placeholder rows carry only an area: nothing to report as an activity yet.
    expect(result.plan?.activities).toEqual([]);
  });

  it('RB: title, header, months 1..12, column numbers, areas numbered 1..8', () => {
    const t = buildTemplate({ kind: 'rb', year: 2025 });
    expect(t.values[0]?.[0]).toBe('RENCANA AKSI REFORMASI BIROKRASI');
    expect(String(t.values[1]?.[0])).toMatch(/TAHUN 2025$/);
    const header = t.values[t.headerRow - 1]!;
    expect(header.slice(0, 6)).toEqual([
      'NO',
      'AREA PERUBAHAN',
      'KEGIATAN',
      'SUB KEGIATAN',
      'INDIKATOR KEBERHASILAN',
      'PELAKSANAAN (BULAN)',
    ]);
    expect(header[17]).toBe('KET');
    expect(t.values[t.headerRow]?.slice(5, 17)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(t.values[t.headerRow + 1]).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    const numbered = t.values.slice(t.firstDataRow - 1).filter((r) => r[0] !== null);
    expect(numbered.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(numbered[0]?.[1]).toBe('Manajemen Perubahan');
    expect(t.values.every((r) => r.length === 18)).toBe(true);
  });

  it('ZI: TIM KERJA, month names, the ZI title and six areas', () => {
    const t = buildTemplate({ kind: 'zi', year: 2024 });
    expect(String(t.values[0]?.[0])).toContain('ZONA INTEGRITAS');
    expect(String(t.values[1]?.[0])).toMatch(/TAHUN 2024$/);
    expect(t.values[t.headerRow - 1]?.[1]).toBe('TIM KERJA');
    expect(t.values[t.headerRow]?.slice(5, 17)).toEqual([
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
    ]);
    expect(t.values.slice(t.firstDataRow - 1).filter((r) => r[0] !== null)).toHaveLength(6);
  });

  it('print and layout metadata', () => {
    const t = buildTemplate({ kind: 'rb', year: 2025 });
    expect(t.printTitleRows).toEqual({ first: t.headerRow, last: t.headerRow + 2 });
    expect(t.headerRows).toEqual([t.headerRow, t.headerRow + 1, t.headerRow + 2]);
    expect(t.orientation).toBe('landscape');
    expect(t.paperSize).toBe('A4');
    expect(t.columnWidths).toHaveLength(18);
    expect(t.marks).toEqual(['√']);
    expect(t.marks.every((m) => isMark(m))).toBe(true);
    expect(t.lastDataRow).toBe(t.values.length);
    expect(parseA1Range(t.monthRange)).toEqual({
      row: t.firstDataRow,
      column: 6,
      endRow: t.lastDataRow,
      endColumn: 17,
    });
    // PELAKSANAAN (BULAN) merged over the 12 months; other header cells over both header rows.
    expect(t.merges).toContainEqual({ top: t.headerRow, left: 6, bottom: t.headerRow, right: 17 });
    expect(t.merges).toContainEqual({ top: t.headerRow, left: 1, bottom: t.headerRow + 1, right: 1 });
    expect(t.merges).toContainEqual({ top: t.headerRow, left: 18, bottom: t.headerRow + 1, right: 18 });
    expect(t.merges).toContainEqual({ top: 1, left: 1, bottom: 1, right: 18 });
  });

  it('names the sheet in the language', () => {
    expect(buildTemplate({ kind: 'rb', year: 2025 }).name).toBe('Lampiran RB 2025');
    expect(buildTemplate({ kind: 'zi', year: 2025, lang: 'en' }).name).toBe('Action Plan ZI 2025');
  });

  it('an activity typed into the template is found and can be filled', () => {
    const t = buildTemplate({ kind: 'rb', year: 2025 });
    const values = t.values.map((r) => r.slice());
    const row = values[t.firstDataRow]!; // first empty row under area 1
    row[2] = '1. Rapat koordinasi';
    row[4] = 'Notulen rapat';
    row[17] = 'triwulanan';
    const result = validate({ values, merges: t.merges }, { currentYear: 2019 });
    expect(result.plan?.activities.map((a) => a.row)).toEqual([t.firstDataRow + 1]);
    const plan = planFill({ values, merges: t.merges }, { currentYear: 2019 });
    expect(plan.writes.map((w) => w.cell)).toEqual(['H8', 'K8', 'N8', 'Q8']);
  });
});
