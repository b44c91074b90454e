import { describe, expect, it } from 'vitest';
import { sheetViewOf } from '../sheet-view.js';
import { findGrid } from '../grid/find-grid.js';
import { dataRow, lampiran } from '../../../test/helpers/lampiran-grid.js';
import { isEmptyMonthValue, isMark, preferredMarkOf } from './marks.js';

describe('isMark', () => {
  it.each(['√', '✓', '✔', '☑', 'V', 'v', 'X', 'x', '1', 'TRUE', 'ü', ' √ ', true, 1])('%j is a mark', (v) => {
    expect(isMark(v)).toBe(true);
  });
  it.each(['', '-', '0', 'ok', 'Ya', '2', 'FALSE', false, 0, 2, null, '#REF!', '√√'])(
    '%j is not a mark',
    (v) => {
      expect(isMark(v)).toBe(false);
    },
  );
  it('FALSE (an unticked checkbox) counts as empty', () => {
    expect(isEmptyMonthValue(false)).toBe(true);
    expect(isEmptyMonthValue('FALSE')).toBe(true);
    expect(isEmptyMonthValue('-')).toBe(false);
  });
});

describe('preferredMarkOf', () => {
  const prefer = (rows: ReturnType<typeof dataRow>[]) => {
    const view = sheetViewOf(lampiran(rows));
    const { grid } = findGrid(view, { currentYear: 2024 });
    return preferredMarkOf(view, grid!);
  };
  it('is √ when nothing is marked', () => {
    expect(prefer([dataRow('1', 'Manajemen Perubahan', 'K', 'S', 'I', [])])).toBe('√');
  });
  it('is the most used mark', () => {
    expect(prefer([dataRow('1', 'Manajemen Perubahan', 'K', 'S', 'I', { 1: '✓', 2: '✓', 3: '√' })])).toBe(
      '✓',
    );
  });
  it('is boolean true when month cells are checkboxes', () => {
    expect(
      prefer([dataRow('1', 'Manajemen Perubahan', 'K', 'S', 'I', { 1: true, 2: false, 3: false })]),
    ).toBe(true);
  });
});
