// The folder summary: one line per spreadsheet. Titles come from users, so every text field is
// guarded against formula injection (a leading = + - @ tab or CR gets an apostrophe) and quoted.
import type { CheckOutcome } from './check-spreadsheet.js';

export const SUMMARY_HEADER = [
  'id',
  'title',
  'sheet',
  'errors',
  'warnings',
  'infos',
  'status',
  'message',
] as const;

export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || /^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function summaryHeaderLine(): string {
  return `${SUMMARY_HEADER.join(',')}\r\n`;
}

export function summaryLineOf(
  o: Pick<CheckOutcome, 'id' | 'title' | 'sheet' | 'status' | 'message' | 'report' | 'write'>,
): string {
  const s = o.report?.summary ?? null;
  const message = o.write && o.write.status !== 'none' ? `${o.message}; ${o.write.message}` : o.message;
  const status = o.status === 'ok' && o.write?.status === 'failed' ? 'write-failed' : o.status;
  return `${[o.id, o.title, o.sheet, s?.errors ?? null, s?.warnings ?? null, s?.infos ?? null, status, message].map(csvField).join(',')}\r\n`;
}
