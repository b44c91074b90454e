import { describe, expect, it } from 'vitest';
import { cleanRbRows, dataRow, lampiran } from '../../test/helpers/lampiran-grid.js';
import { validate } from './validate.js';

const broken = () =>
  lampiran([
    ...cleanRbRows().slice(0, 2),
    dataRow(null, null, '2. Kegiatan', '1) Tanpa indikator', null, []),
    dataRow(null, null, null, '2) Tanda di KET', 'Indikator', [1], '√'),
    ...cleanRbRows().slice(2),
  ]);

describe('validate', () => {
  it('turns reports into findings with A1 cells, keys, areas and severities', () => {
    const r = validate(broken(), { currentYear: 2024 });
    expect(r.findings.map((f) => [f.rule, f.cell, f.range, f.key, f.severity, f.area])).toEqual([
      ['missing-indicator', 'E8', 'E8', 'missing-indicator@E8', 'error', 'Manajemen Perubahan'],
      ['unscheduled', 'F8', 'F8:Q8', 'unscheduled@F8:Q8', 'error', 'Manajemen Perubahan'],
      ['mark-in-ket', 'R9', 'R9', 'mark-in-ket@R9', 'warning', 'Manajemen Perubahan'],
    ]);
    expect(r.findings[1]).toMatchObject({
      row: 8,
      column: 6,
      endRow: 8,
      endColumn: 17,
      suggestion: null,
      messageId: 'unscheduled',
    });
    expect(r.summary).toEqual({
      errors: 2,
      warnings: 1,
      infos: 0,
      activities: 18,
      withIndicator: 17,
      scheduled: 17,
    });
  });

  it('leaves out ignored keys, from findings and summary', () => {
    const r = validate(broken(), { currentYear: 2024, ignored: ['unscheduled@F8:Q8'] });
    expect(r.findings.map((f) => f.key)).toEqual(['missing-indicator@E8', 'mark-in-ket@R9']);
    expect(r.summary.errors).toBe(1);
  });

  it('sorts by row, column, rule with position-less findings last', () => {
    const rows = cleanRbRows().slice(0, 4);
    rows[1] = dataRow(null, null, null, '3) Lompat', '<i>x</i>', { 1: '-' });
    const r = validate(lampiran(rows), { currentYear: 2024 });
    const positions = r.findings.map((f) => [f.row ?? Infinity, f.column ?? Infinity, f.rule] as const);
    const sorted = [...positions].sort(
      (a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0),
    );
    expect(positions).toEqual(sorted);
    expect(r.findings.at(-1)?.rule).toBe('missing-area');
  });

  it('defaults: current year when the title has none; never throws on nonsense', () => {
    const r = validate(lampiran(cleanRbRows(), { title: [['RENCANA AKSI'], []] }));
    expect(r.grid?.year).toBe(new Date().getFullYear());
    expect(() => validate(undefined as never)).not.toThrow();
    expect(() => validate({ values: 'x' } as never, 'y' as never)).not.toThrow();
    expect(() => validate({ values: [null, undefined, [undefined, {}], 5] } as never)).not.toThrow();
    expect(validate({ values: [] }).findings.map((f) => f.rule)).toEqual(['no-grid']);
  });
});
