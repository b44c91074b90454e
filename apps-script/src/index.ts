// The public surface of the script: exactly the functions Apps Script must see (menu items,
// triggers, and what the sidebar calls). build.mjs emits a top-level function for each export.
import type { Anchor, Lang, PlanKind } from '../../shared/src/types.js';
import type { Boot, FillRequest, Settings, SidebarApi, TemplateRequest } from './api.js';
import { label, langOfLocale } from './i18n.js';
import { addMenu, alertUser, isAuthModeNone, showSidebarHtml, toast, userLocale } from './sheets.js';
import {
  applyFill,
  previewFill,
  reply,
  runActivate,
  runClearHighlights,
  runInsertTemplate,
  runValidate,
  setIgnored,
  undoFill,
  undoInfo,
} from './server.js';

// Set by build.mjs (`--addon`): an Editor add-on always uses the add-on menu under Extensions.
declare const __LAMPIRAN_ADDON__: boolean;
const BUILT_AS_ADDON = typeof __LAMPIRAN_ADDON__ !== 'undefined' && __LAMPIRAN_ADDON__;

const MENU_ITEMS = [
  { key: 'action.validate', functionName: 'validateLampiran' },
  { key: 'action.fill', functionName: 'fillMonths' },
  { key: 'action.clearHighlights', functionName: 'clearHighlights' },
  { key: 'action.insertTemplate', functionName: 'insertTemplate' },
  { key: 'action.openPanel', functionName: 'showSidebar' },
] as const;

function menu(e: GoogleAppsScript.Events.SheetsOnOpen | undefined, addon: boolean): void {
  // Indonesian labels: reading the user's locale needs the Session service, and onOpen must touch
  // nothing but the Ui service so it runs in AuthMode.NONE.
  addMenu(
    label('app.menu', 'id'),
    MENU_ITEMS.map((i) => ({ label: label(i.key, 'id'), functionName: i.functionName })),
    addon || BUILT_AS_ADDON || isAuthModeNone(e),
  );
}

export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  menu(e, false);
}

/** Runs when the add-on is installed: the menu must appear without reopening the file. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  menu(e as GoogleAppsScript.Events.SheetsOnOpen | undefined, true);
}

function userLang(): Lang {
  return langOfLocale(userLocale());
}

function defaults(lang: Lang): Settings {
  return { lang, anchor: 'end', infer: false };
}

function openSidebar(boot: Omit<Boot, 'year'>): void {
  showSidebarHtml(label('app.name', boot.lang), { ...boot, year: new Date().getFullYear() });
}

function safeUndoInfo() {
  try {
    return undoInfo();
  } catch {
    return null;
  }
}

export function showSidebar(): void {
  const lang = userLang();
  openSidebar({ lang, view: 'findings', result: null, undo: safeUndoInfo(), message: null });
}

/** Menu: validate the active sheet, paint the highlights and show the findings in the sidebar. */
export function validateLampiran(): void {
  const lang = userLang();
  const r = reply(lang, () => runValidate(defaults(lang)));
  if (!r.ok) {
    alertUser(r.message);
    return;
  }
  openSidebar({
    lang,
    view: 'findings',
    result: r.value,
    undo: safeUndoInfo(),
    message: r.value.highlightError,
  });
}

/** Menu: open the fill section, which shows the preview before anything is written. */
export function fillMonths(): void {
  const lang = userLang();
  openSidebar({ lang, view: 'fill', result: null, undo: safeUndoInfo(), message: null });
}

export function clearHighlights(): void {
  const lang = userLang();
  const r = reply(lang, runClearHighlights);
  if (r.ok) toast(label('status.highlightsCleared', lang), label('app.name', lang));
  else alertUser(r.message);
}

export function insertTemplate(): void {
  const lang = userLang();
  openSidebar({ lang, view: 'template', result: null, undo: safeUndoInfo(), message: null });
}

// ---------------------------------------------------------------------------------------------
// Called by the sidebar through google.script.run. Arguments arrive from the browser: treat them
// as untrusted and normalise them before use.

function langArg(v: unknown): Lang {
  return v === 'en' ? 'en' : 'id';
}

function settingsArg(v: unknown): Settings {
  const o = (v && typeof v === 'object' ? v : {}) as Record<string, unknown>;
  const anchor: Anchor = o.anchor === 'start' ? 'start' : 'end';
  return { lang: langArg(o.lang), anchor, infer: o.infer === true };
}

function fillArg(v: unknown): FillRequest {
  const o = (v && typeof v === 'object' ? v : {}) as Record<string, unknown>;
  return { ...settingsArg(v), rule: typeof o.rule === 'string' ? o.rule.slice(0, 500) : '' };
}

function stringArg(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

export const lampiranValidate: SidebarApi['lampiranValidate'] = (settings) => {
  const s = settingsArg(settings);
  return reply(s.lang, () => runValidate(s));
};

export const lampiranActivate: SidebarApi['lampiranActivate'] = (sheet, range, lang) =>
  reply(langArg(lang), () => runActivate(stringArg(sheet), stringArg(range)));

export const lampiranSetIgnored: SidebarApi['lampiranSetIgnored'] = (sheet, key, ignored, settings) => {
  const s = settingsArg(settings);
  return reply(s.lang, () => setIgnored(stringArg(sheet), stringArg(key), ignored === true, s));
};

export const lampiranPreviewFill: SidebarApi['lampiranPreviewFill'] = (request) => {
  const r = fillArg(request);
  return reply(r.lang, () => previewFill(r));
};

export const lampiranApplyFill: SidebarApi['lampiranApplyFill'] = (request, sheet, cells) => {
  const r = fillArg(request);
  const list = Array.isArray(cells) ? cells.filter((c): c is string => typeof c === 'string') : [];
  return reply(r.lang, () => applyFill(r, stringArg(sheet), list));
};

export const lampiranUndoFill: SidebarApi['lampiranUndoFill'] = (lang) => reply(langArg(lang), undoFill);

export const lampiranUndoInfo: SidebarApi['lampiranUndoInfo'] = (lang) => reply(langArg(lang), undoInfo);

export const lampiranClearHighlights: SidebarApi['lampiranClearHighlights'] = (lang) =>
  reply(langArg(lang), runClearHighlights);

export const lampiranInsertTemplate: SidebarApi['lampiranInsertTemplate'] = (request) => {
  const o = (request && typeof request === 'object' ? request : {}) as Partial<TemplateRequest>;
  const kind: PlanKind = o.kind === 'zi' ? 'zi' : 'rb';
  const lang = langArg(o.lang);
  return reply(lang, () => runInsertTemplate({ lang, kind, year: Number(o.year) }));
};
