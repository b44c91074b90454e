// Small helpers shared by the catalogues: placeholder filling and month lists.
import type { Lang, MessageData } from '../types.js';
import { uiEn } from './ui.en.js';
import { uiId } from './ui.id.js';

export const UI: Record<Lang, Record<string, string>> = { id: uiId, en: uiEn };

/** Replaces {name} with data[name]; an unknown placeholder is left visible rather than dropped. */
export function fill(template: string, data?: MessageData): string {
  if (!data) return template;
  return template.replace(/\{([A-Za-z0-9_.-]+)\}/g, (whole, name: string) => {
    const v = data[name];
    return v === undefined || v === null ? whole : String(v);
  });
}

/** A data field as text; a missing field is an empty string, never "undefined". */
export function field(data: MessageData | undefined, name: string): string {
  const v = data?.[name];
  return v === undefined || v === null ? '' : String(v);
}

export function monthName(month: number, lang: Lang, style: 'short' | 'long' = 'short'): string {
  return UI[lang][`month.${style}.${month}`] ?? String(month);
}

/** "3,6,9,12" (or an array) -> "Mar, Jun, Sep, Des"; pieces that are not 1..12 are kept as written. */
export function monthList(
  months: string | number | readonly number[] | undefined,
  lang: Lang,
  style: 'short' | 'long' = 'short',
): string {
  const parts =
    typeof months === 'number'
      ? [String(months)]
      : Array.isArray(months)
        ? months.map(String)
        : String(months ?? '').split(/[,;\s]+/);
  const names = parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => {
      const n = Number(p);
      return Number.isInteger(n) && n >= 1 && n <= 12 ? monthName(n, lang, style) : p;
    });
  return names.length === 0 ? (UI[lang]['months.none'] ?? '') : names.join(', ');
}
