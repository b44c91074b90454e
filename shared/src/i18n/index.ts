// Rendering of finding messages and UI labels, in Indonesian (default) or English.
import type { Finding, Lang, MessageData } from '../types.js';
import { fill, UI } from './format.js';
import { messagesEn } from './messages.en.js';
import { messagesId, type MessageFn, type MessageId } from './messages.id.js';
import type { UiKey } from './ui.id.js';

export { uiId, type UiKey } from './ui.id.js';
export { uiEn } from './ui.en.js';
export { messagesId, type MessageId, type MessageFn } from './messages.id.js';
export { messagesEn } from './messages.en.js';
export { monthList, monthName } from './format.js';

export const MESSAGES: Record<Lang, Record<MessageId, MessageFn>> = { id: messagesId, en: messagesEn };

function langOf(lang: Lang | undefined): Lang {
  return lang === 'en' ? 'en' : 'id';
}

/** A UI label with {placeholders} filled; an unknown key comes back as itself. */
export function t(key: UiKey, lang: Lang, data?: Record<string, string | number>): string {
  const template = UI[langOf(lang)][key] ?? UI.id[key];
  return template === undefined ? String(key) : fill(template, data);
}

function lookup(catalogue: Record<string, MessageFn>, id: string): MessageFn | undefined {
  return Object.prototype.hasOwnProperty.call(catalogue, id) ? catalogue[id] : undefined;
}

/**
 * The finding's message in `lang`. A variant id such as "missing-column.ket" falls back to its
 * base id when the catalogue has no entry for it; an unknown id comes back as itself. Never throws.
 */
export function formatMessage(finding: Pick<Finding, 'messageId' | 'data'>, lang: Lang): string {
  const catalogue = MESSAGES[langOf(lang)] as Record<string, MessageFn>;
  const id = String(finding.messageId);
  const fn = lookup(catalogue, id) ?? lookup(catalogue, id.split('.')[0] ?? id);
  if (!fn) return id;
  try {
    return fn((finding.data ?? {}) as MessageData);
  } catch {
    // A catalogue function is plain string building; this guards against exotic data only.
    return id;
  }
}
