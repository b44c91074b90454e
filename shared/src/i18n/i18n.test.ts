import { describe, expect, it } from 'vitest';
import type { MessageData } from '../types.js';
import {
  formatMessage,
  MESSAGES,
  monthList,
  t,
  uiEn,
  uiId,
  type MessageFn,
  type MessageId,
  type UiKey,
} from './index.js';

// Compile-time checks (run by `tsc`): a catalogue missing a key must not compile.
type Equal<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const uiKeysMatch: Equal<keyof typeof uiEn, keyof typeof uiId> = true;
const messageKeysMatch: Equal<keyof typeof MESSAGES.en, MessageId> = true;
// @ts-expect-error an English UI catalogue without every Indonesian key is a compile error
const uiMissing = { 'app.name': 'Lampiran Checker' } satisfies Record<UiKey, string>;
// @ts-expect-error an English message catalogue without every message id is a compile error
const messagesMissing = { 'no-grid': () => 'No grid' } satisfies Record<MessageId, MessageFn>;

/** The ids and data of docs/ARCHITECTURE.md ("Message ids and their data"); `satisfies` keeps it complete. */
const SAMPLES = {
  'no-grid': {},
  'missing-column': { column: 'INDIKATOR KEBERHASILAN' },
  'month-header': { found: 'Jan, Feb, Mar, Apr, Mei, Jun, Jul, Agu, Sep, Okt, Des, Nov' },
  'column-numbers': { found: '1 2 3 5', expected: 18 },
  'repeated-header': { rows: 3 },
  'extra-cell': { value: 'Laporan kegiatan', lastColumn: 'R' },
  'orphan-row': {},
  'unknown-area': { text: 'Area Lain-lain' },
  'unknown-area.suggest': { text: 'Penataan Tatalaksna', suggestion: 'Penataan Tatalaksana' },
  'missing-area': { area: 'Penguatan Pengawasan', kind: 'RB' },
  'numbering.no': { found: '3', expected: '2' },
  'numbering.kegiatan': { found: '4.', expected: '3.' },
  'numbering.sub': { found: 'c)', expected: 'b)' },
  'missing-indicator': { activity: 'Penyusunan SOP' },
  unscheduled: { activity: 'Monitoring dan evaluasi' },
  'invalid-mark': { value: 'ok', month: 5 },
  'shifted-row': { value: 'Dokumen SK' },
  'mark-in-ket': { value: '√' },
  'schedule-mismatch': { rule: 'triwulanan', expected: '3,6,9,12', found: '3,5' },
  'unresolved-recurrence': { phrase: 'secara berkala' },
  markup: { tag: '<i>' },
} satisfies Record<MessageId, MessageData>;

const LANGS = ['id', 'en'] as const;

describe('finding messages', () => {
  it('has exactly the ids of the architecture contract in both languages', () => {
    expect(Object.keys(MESSAGES.id).sort()).toEqual(Object.keys(SAMPLES).sort());
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(SAMPLES).sort());
    expect([uiKeysMatch, messageKeysMatch, Object.keys(uiMissing), Object.keys(messagesMissing)]).toEqual([
      true,
      true,
      ['app.name'],
      ['no-grid'],
    ]);
  });

  const cases = Object.entries(SAMPLES).flatMap(([messageId, data]) =>
    LANGS.map((lang) => ({ messageId, data, lang })),
  );
  it.each(cases)('$messageId renders in $lang with its data', ({ messageId, data, lang }) => {
    const text = formatMessage({ messageId, data }, lang);
    expect(text.length).toBeGreaterThan(10);
    expect(text).not.toMatch(/undefined|null|NaN|\{|\}/);
    for (const [key, value] of Object.entries(data as MessageData)) {
      // Months are rendered as names; everything else appears as given.
      if (
        ['expected', 'found', 'month'].includes(key) &&
        messageId !== 'column-numbers' &&
        !messageId.startsWith('numbering') &&
        messageId !== 'month-header'
      )
        continue;
      expect(text).toContain(String(value));
    }
  });

  it('renders each message differently per language', () => {
    for (const [messageId, data] of Object.entries(SAMPLES)) {
      if (messageId === 'markup') continue;
      expect(formatMessage({ messageId, data }, 'en')).not.toBe(formatMessage({ messageId, data }, 'id'));
    }
  });

  it.each([
    [
      'id',
      'Jadwal tidak sesuai dengan aturan “triwulanan”: seharusnya Mar, Jun, Sep, Des, yang dicentang Mar, Mei',
    ],
    ['en', 'The schedule does not match the rule “triwulanan”: expected Mar, Jun, Sep, Dec, marked Mar, May'],
  ] as const)('renders comma-joined months as month names (%s)', (lang, expected) => {
    expect(formatMessage({ messageId: 'schedule-mismatch', data: SAMPLES['schedule-mismatch'] }, lang)).toBe(
      expected,
    );
  });

  it.each([
    ['3,6,9,12', 'id', 'Mar, Jun, Sep, Des'],
    ['8, 12', 'en', 'Aug, Dec'],
    ['', 'id', 'tidak ada'],
    ['', 'en', 'none'],
    ['1,13,x', 'en', 'Jan, 13, x'],
  ] as const)('monthList(%j, %s) = %s', (months, lang, expected) => {
    expect(monthList(months, lang)).toBe(expected);
  });

  it('names the month of an invalid mark in full', () => {
    expect(formatMessage({ messageId: 'invalid-mark', data: { value: 'ok', month: 8 } }, 'id')).toContain(
      'Agustus',
    );
    expect(formatMessage({ messageId: 'invalid-mark', data: { value: 'ok', month: '8' } }, 'en')).toContain(
      'August',
    );
  });

  it('matches the wording given in the brief', () => {
    expect(
      formatMessage({ messageId: 'missing-indicator', data: { activity: 'Rapat koordinasi' } }, 'id'),
    ).toBe('Kegiatan tanpa indikator keberhasilan: “Rapat koordinasi”');
    expect(formatMessage({ messageId: 'mark-in-ket', data: { value: '√' } }, 'id')).toContain(
      'kemungkinan bergeser satu kolom ke kanan',
    );
  });

  it('never throws and never shows "undefined" for missing or odd data', () => {
    for (const messageId of Object.keys(SAMPLES)) {
      for (const lang of LANGS) {
        const text = formatMessage({ messageId, data: {} }, lang);
        expect(text).not.toContain('undefined');
        expect(() => formatMessage({ messageId, data: null as unknown as MessageData }, lang)).not.toThrow();
      }
    }
  });

  it('falls back to the base id for a variant, and to the id itself when unknown', () => {
    expect(formatMessage({ messageId: 'missing-column.ket', data: { column: 'KET' } }, 'id')).toBe(
      formatMessage({ messageId: 'missing-column', data: { column: 'KET' } }, 'id'),
    );
    expect(formatMessage({ messageId: 'no-such-message', data: {} }, 'en')).toBe('no-such-message');
    expect(formatMessage({ messageId: 'toString', data: {} }, 'id')).toBe('toString');
    expect(formatMessage({ messageId: 'no-grid', data: {} }, 'xx' as 'id')).toBe(
      formatMessage({ messageId: 'no-grid', data: {} }, 'id'),
    );
  });
});

describe('UI labels', () => {
  const keys = Object.keys(uiId) as UiKey[];

  it('has every key in both languages, none empty, with the same placeholders', () => {
    expect(Object.keys(uiEn).sort()).toEqual([...keys].sort());
    const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
    for (const key of keys) {
      expect(uiId[key].trim(), key).not.toBe('');
      expect(uiEn[key].trim(), key).not.toBe('');
      expect(placeholders(uiEn[key]), key).toEqual(placeholders(uiId[key]));
    }
  });

  it.each([
    ['app.name', 'id', undefined, 'Pemeriksa Lampiran'],
    ['action.validate', 'id', undefined, 'Validasi lampiran'],
    ['action.validate', 'en', undefined, 'Validate lampiran'],
    ['report.sheetName', 'id', undefined, 'Laporan Validasi'],
    ['fill.preview', 'id', { cells: 12, rows: 4 }, '12 sel akan diisi pada 4 baris'],
    ['fill.preview', 'en', { cells: 1, rows: 1 }, '1 cells will be filled on 1 rows'],
    [
      'error.unexpected',
      'id',
      { code: 'E42' },
      'Terjadi kesalahan tak terduga (kode E42). Coba lagi; jika terus terjadi, sampaikan kode ini.',
    ],
    ['month.short.12', 'id', undefined, 'Des'],
    ['month.short.12', 'en', undefined, 'Dec'],
    ['month.long.8', 'id', undefined, 'Agustus'],
    ['severity.error', 'id', undefined, 'Kesalahan'],
    ['severity.warning.plural', 'en', undefined, 'Warnings'],
  ] as const)('t(%s, %s)', (key, lang, data, expected) => {
    expect(t(key, lang, data)).toBe(expected);
  });

  it('leaves an unfilled placeholder visible and returns an unknown key as itself', () => {
    expect(t('fill.preview', 'id', { cells: 3 })).toBe('3 sel akan diisi pada {rows} baris');
    expect(t('nope' as UiKey, 'en')).toBe('nope');
  });

  it('has short and full month names for 1..12 in both languages', () => {
    for (const lang of LANGS) {
      const short = Array.from({ length: 12 }, (_, i) => t(`month.short.${i + 1}` as UiKey, lang));
      const long = Array.from({ length: 12 }, (_, i) => t(`month.long.${i + 1}` as UiKey, lang));
      expect(new Set(short).size).toBe(12);
      expect(new Set(long).size).toBe(12);
      short.forEach((s, i) => expect(long[i]!.startsWith(s.slice(0, 3))).toBe(true));
    }
  });
});
