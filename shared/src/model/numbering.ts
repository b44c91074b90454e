// Numbering labels of NO, KEGIATAN and SUB KEGIATAN cells: "1", "1.", "1)", "a.", "A)",
// and a leading number inside the text ("1 Perencanaan …"), as seen in real plans.

export interface Label {
  /** The label as written ("1.", "b)"). */
  raw: string;
  /** 1-based value (a = 1). */
  value: number;
  style: 'number' | 'lower' | 'upper';
  /** Punctuation after the label ("." , ")" or ""). */
  punct: string;
}

const ROMAN: Record<string, number> = {
  I: 1,
  II: 2,
  III: 3,
  IV: 4,
  V: 5,
  VI: 6,
  VII: 7,
  VIII: 8,
  IX: 9,
  X: 10,
  XI: 11,
  XII: 12,
};

function stripTags(text: string): string {
  return text.indexOf('<') < 0 ? text : text.replace(/<[^>]*>/g, ' ');
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0';
}

/** The numbering label that opens a KEGIATAN / SUB KEGIATAN text, or null. */
// Hand-written rather than a regex: it runs on every activity of a sheet (SPEC §12).
export function labelOf(text: string): Label | null {
  let t = text;
  if (t.charCodeAt(0) === 60 /* < */) t = stripTags(t);
  let i = 0;
  while (i < t.length && isSpace(t[i])) i++;
  const start = i;
  const first = t.charCodeAt(i);
  if (isDigit(first)) {
    let value = 0;
    while (i < t.length && isDigit(t.charCodeAt(i)) && i - start < 4)
      value = value * 10 + (t.charCodeAt(i++) - 48);
    if (i - start > 3) return null;
    let j = i;
    while (j < t.length && t[j] === ' ') j++;
    let punct = '';
    if (t[j] === '.' || t[j] === ')') {
      punct = t[j]!;
      j++;
    } else j = i;
    if (!isSpace(t[j])) return null;
    return { raw: t.slice(start, j).replace(/\s+/g, ''), value, style: 'number', punct };
  }
  if (isAsciiLetter(first)) {
    let j = i + 1;
    while (j < t.length && t[j] === ' ') j++;
    if (t[j] !== '.' && t[j] !== ')') return null;
    const punct = t[j]!;
    if (!isSpace(t[j + 1])) return null;
    const ch = t[i]!;
    const lower = ch.toLowerCase();
    return {
      raw: ch + punct,
      value: lower.charCodeAt(0) - 96,
      style: ch === lower ? 'lower' : 'upper',
      punct,
    };
  }
  return null;
}

/** The number in a NO cell ("1", "1.", "IV"), or null when it holds no number. */
export function noValueOf(text: string): number | null {
  const t = text.trim().replace(/[.)]$/, '').trim();
  if (/^\d{1,3}$/.test(t)) return Number(t);
  return ROMAN[t.toUpperCase()] ?? null;
}

/** How the label `value` would be written in the style of `like`. */
export function formatLabel(value: number, like: Label): string {
  const body =
    like.style === 'number'
      ? String(value)
      : value >= 1 && value <= 26
        ? String.fromCharCode((like.style === 'lower' ? 96 : 64) + value)
        : String(value);
  return body + like.punct;
}
