import { describe, expect, it } from 'vitest';
import { sheetViewOf, textOf } from './sheet-view.js';

describe('sheetViewOf', () => {
  it('reads in sheet coordinates from an origin', () => {
    const v = sheetViewOf({
      values: [
        ['a', null],
        [' b ', 2],
      ],
      originRow: 5,
      originColumn: 3,
    });
    expect(v.get(5, 3)).toBe('a');
    expect(v.text(6, 3)).toBe('b');
    expect(v.get(6, 4)).toBe(2);
    expect(v.get(4, 3)).toBeNull();
    expect(v.get(7, 3)).toBeNull();
    expect(v.lastRow).toBe(6);
    expect(v.lastColumn).toBe(4);
    expect(v.lastColumnOf(5)).toBe(3);
  });

  it('blanks non-master cells of merges (ExcelJS repeats the master value)', () => {
    const v = sheetViewOf({
      values: [
        ['Area', 'Area'],
        ['Area', 'x'],
      ],
      merges: [{ top: 1, left: 1, bottom: 2, right: 1 }],
    });
    expect(v.get(1, 1)).toBe('Area');
    expect(v.get(2, 1)).toBeNull();
    expect(v.get(1, 2)).toBe('Area');
  });

  it('never throws on ragged or odd input', () => {
    const v = sheetViewOf({ values: [[], undefined as never, ['x', undefined as never, NaN]] });
    expect(v.get(2, 1)).toBeNull();
    expect(v.get(3, 2)).toBeNull();
    expect(v.text(3, 3)).toBe('');
    expect(v.lastColumnOf(3)).toBe(1);
  });

  it('renders booleans and non-breaking spaces as text', () => {
    expect(textOf(true)).toBe('TRUE');
    expect(textOf('\u00a0√\u00a0')).toBe('√');
  });
});
