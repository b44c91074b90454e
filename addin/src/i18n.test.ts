import { describe, expect, it } from 'vitest';
import { label, paneEn, paneId } from './i18n.js';

describe('task pane labels', () => {
  it('has every label in both languages, non-empty, with the same placeholders', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(paneId) as (keyof typeof paneId)[]) {
      expect(paneId[key].trim(), key).not.toBe('');
      expect(paneEn[key].trim(), key).not.toBe('');
      expect(holes(paneEn[key]), key).toEqual(holes(paneId[key]));
    }
  });

  it.each([
    ['tab.findings', 'id', undefined, 'Temuan'],
    ['tab.findings', 'en', undefined, 'Findings'],
    ['validate.sheet', 'id', { sheet: 'Lampiran' }, 'Lembar “Lampiran”'],
    ['action.validate', 'id', undefined, 'Validasi lampiran'],
    ['action.validate', 'en', undefined, 'Validate lampiran'],
    ['fill.preview', 'en', { cells: 4, rows: 2 }, '4 cells will be filled on 2 rows'],
  ] as const)('%s in %s', (key, lang, data, expected) => {
    expect(label(key, lang, data)).toBe(expected);
  });
});
