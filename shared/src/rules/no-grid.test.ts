import { describe, expect, it } from 'vitest';
import type { CellValue, SheetInput } from '../types.js';
import { cleanRbRows, lampiran } from '../../../test/helpers/lampiran-grid.js';
import { validate } from '../validate.js';

const sheets: { name: string; values: CellValue[][] }[] = [
  { name: 'empty sheet', values: [] },
  {
    name: 'a grid of numbers',
    values: Array.from({ length: 30 }, (_, r) => Array.from({ length: 20 }, (_, c) => r * c)),
  },
  {
    name: 'another table (NO / NAMA / JABATAN)',
    values: [
      ['NO', 'NAMA', 'JABATAN', 'KEDUDUKAN DALAM TIM', 'TUGAS DALAM TIM'],
      ['1', '2', '3', '4', '5'],
      ['1.', 'Thomas', 'Ketua KPU', 'Pengarah', 'Memberi arahan'],
    ],
  },
  {
    name: 'dates and booleans',
    values: [
      ['2023-01-31', true, false],
      [null, '#REF!', 3.5],
    ],
  },
];

describe('no-grid', () => {
  it.each(sheets)('$name', ({ values }) => {
    const sheet: SheetInput = { values };
    const r = validate(sheet, { currentYear: 2024 });
    expect(r.grid).toBeNull();
    expect(r.plan).toBeNull();
    expect(r.findings.map((f) => [f.rule, f.messageId, f.cell, f.severity])).toEqual([
      ['no-grid', 'no-grid', null, 'error'],
    ]);
    expect(r.summary).toEqual({
      errors: 1,
      warnings: 0,
      infos: 0,
      activities: 0,
      withIndicator: 0,
      scheduled: 0,
    });
  });

  it('a lampiran has a grid', () => {
    expect(validate(lampiran(cleanRbRows())).findings.filter((f) => f.rule === 'no-grid')).toEqual([]);
  });
});
