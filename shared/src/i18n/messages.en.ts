// Finding messages in English; `satisfies` makes a missing or extra id a compile error.
import type { MessageData } from '../types.js';
import { field as f, monthList, monthName } from './format.js';
import type { MessageFn, MessageId } from './messages.id.js';

function monthOf(data: MessageData): string {
  const n = Number(f(data, 'month'));
  return Number.isInteger(n) && n >= 1 && n <= 12 ? monthName(n, 'en', 'long') : f(data, 'month');
}

export const messagesEn = {
  'no-grid': () =>
    'No lampiran grid found: no header row (NO, KEGIATAN, INDIKATOR KEBERHASILAN, month columns) on this sheet',
  'missing-column': (d) =>
    f(d, 'column').toUpperCase().startsWith('KET')
      ? `Column ${f(d, 'column')} is missing — an older plan without remarks; schedule rules cannot be read from KET`
      : `Column ${f(d, 'column')} is missing from the lampiran grid`,
  'month-header': (d) =>
    `The month columns are not 12 consecutive months from January to December; found: ${f(d, 'found')}`,
  'column-numbers': (d) =>
    `The column-number row should run 1 to ${f(d, 'expected')}; found: ${f(d, 'found')}`,
  'repeated-header': (d) =>
    `The table header appears again inside the table (${f(d, 'rows')} rows, from a page break); these rows are skipped`,
  'extra-cell': (d) =>
    `Content outside the grid, right of column ${f(d, 'lastColumn')}: “${f(d, 'value')}” — the row was probably shifted when pasted`,
  'orphan-row': () => 'This row holds data but no area of change or activity starts above it',
  'unknown-area': (d) => `Unknown area of change: “${f(d, 'text')}”`,
  'unknown-area.suggest': (d) =>
    `Unknown area of change: “${f(d, 'text')}” — did you mean “${f(d, 'suggestion')}”?`,
  'missing-area': (d) => `The ${f(d, 'kind')} area of change “${f(d, 'area')}” is missing from the lampiran`,
  'numbering.no': (d) =>
    `Area numbering is out of order: found “${f(d, 'found')}”, expected “${f(d, 'expected')}”`,
  'numbering.kegiatan': (d) =>
    `Activity numbering is out of order: found “${f(d, 'found')}”, expected “${f(d, 'expected')}”`,
  'numbering.sub': (d) =>
    `Sub-activity numbering is out of order: found “${f(d, 'found')}”, expected “${f(d, 'expected')}”`,
  'missing-indicator': (d) => `Activity without a success indicator: “${f(d, 'activity')}”`,
  unscheduled: (d) => `Activity not scheduled, no month is marked: “${f(d, 'activity')}”`,
  'invalid-mark': (d) => `The ${monthOf(d)} cell is not a check mark: “${f(d, 'value')}”`,
  'shifted-row': (d) =>
    `The row looks shifted: a cell's content does not fit its column (“${f(d, 'value')}”) — check whether the row moved columns when pasted`,
  'mark-in-ket': (d) =>
    `A check mark is in the KET column (“${f(d, 'value')}”) — the marks were probably pushed one column to the right`,
  'schedule-mismatch': (d) =>
    `The schedule does not match the rule “${f(d, 'rule')}”: expected ${monthList(d['expected'], 'en')}, marked ${monthList(d['found'], 'en')}`,
  'unresolved-recurrence': (d) =>
    `The schedule “${f(d, 'phrase')}” cannot be turned into months; mark the months yourself`,
  markup: (d) => `The cell contains HTML code ${f(d, 'tag')}; remove it so the text prints cleanly`,
} satisfies Record<MessageId, MessageFn>;
