// Spreadsheet and folder ids as typed by a user: a bare id or a URL copied from the browser.

export interface SpreadsheetTarget {
  id: string;
  /** Sheet id from "#gid=…" or "?gid=…", when the URL carried one. */
  gid: number | null;
}

// Google ids use the URL-safe base64 alphabet; anything else (quotes, spaces) is refused, which
// also keeps a folder id from breaking out of the Drive query string.
const ID = /^[A-Za-z0-9_-]{3,200}$/;

function gidOf(url: URL): number | null {
  const fromHash = /(?:^|[#&])gid=(\d+)/.exec(url.hash);
  const raw = fromHash?.[1] ?? url.searchParams.get('gid');
  if (raw === null || raw === undefined || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

function urlOf(text: string): URL | null {
  if (!/^https?:\/\//i.test(text)) return null;
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

export function parseSpreadsheetTarget(input: string): SpreadsheetTarget | null {
  const text = input.trim();
  if (ID.test(text)) return { id: text, gid: null };
  const url = urlOf(text);
  if (!url) return null;
  const m = /\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]+)/.exec(url.pathname);
  if (!m || !ID.test(m[1]!)) return null;
  return { id: m[1]!, gid: gidOf(url) };
}

export function parseFolderTarget(input: string): string | null {
  const text = input.trim();
  if (ID.test(text)) return text;
  const url = urlOf(text);
  if (!url) return null;
  const m = /\/folders\/([A-Za-z0-9_-]+)/.exec(url.pathname) ?? null;
  const id = m?.[1] ?? url.searchParams.get('id');
  return id && ID.test(id) ? id : null;
}

/** The URL a user can click to open the sheet. */
export function spreadsheetUrl(id: string, sheetId: number | null): string {
  return `https://docs.google.com/spreadsheets/d/${id}/edit${sheetId === null ? '' : `#gid=${sheetId}`}`;
}
