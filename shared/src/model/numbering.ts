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

/** What scanLabel finds: a Label without its `raw` text, which is built only when needed. */
export interface LabelScan {
  value: number;
  style: Label['style'];
  punct: string;
  /** The text scanned (tags stripped) and the label's span in it. */
  text: string;
  start: number;
  end: number;
}

/** A fresh LabelScan to reuse across calls of scanLabel. */
export function newLabelScan(): LabelScan {
  return { value: 0, style: 'number', punct: '', text: '', start: 0, end: 0 };
}

/**
 * The numbering label that opens a KEGIATAN / SUB KEGIATAN text, into `out`; false when none.
 * Allocates nothing in the common case (rules call it for every activity, SPEC §12).
 */
// Hand-written rather than a regex: it runs on every activity of a sheet (SPEC §12).
export function scanLabel(text: string, out: LabelScan): boolean {
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
    if (i - start > 3) return false;
    let j = i;
    while (j < t.length && t[j] === ' ') j++;
    let punct = '';
    if (t[j] === '.' || t[j] === ')') {
      punct = t[j]!;
      j++;
    } else j = i;
    if (!isSpace(t[j])) return false;
    out.value = value;
    out.style = 'number';
    out.punct = punct;
    out.text = t;
    out.start = start;
    out.end = j;
    return true;
  }
  if (isAsciiLetter(first)) {
    let j = i + 1;
    while (j < t.length && t[j] === ' ') j++;
    if (t[j] !== '.' && t[j] !== ')') return false;
    const punct = t[j]!;
    if (!isSpace(t[j + 1])) return false;
    const code = t.charCodeAt(i);
    const lower = code >= 65 && code <= 90 ? code + 32 : code;
    out.value = lower - 96;
    out.style = code === lower ? 'lower' : 'upper';
    out.punct = punct;
    out.text = t;
    out.start = i;
    out.end = j + 1;
    return true;
  }
  return false;
}

/** The label as written ("1.", "b)"), spaces inside it dropped. */
export function rawOfScan(scan: LabelScan): string {
  if (scan.style !== 'number') return scan.text[scan.start]! + scan.punct;
  // Only spaces can sit inside a number label ("1 ."): skip the regex when there are none.
  const raw = scan.text.slice(scan.start, scan.end);
  return raw.indexOf(' ') < 0 ? raw : raw.replace(/\s+/g, '');
}

const labelScratch = newLabelScan();

/** The numbering label that opens a KEGIATAN / SUB KEGIATAN text, or null. */
export function labelOf(text: string): Label | null {
  if (!scanLabel(text, labelScratch)) return null;
  const s = labelScratch;
  return { raw: rawOfScan(s), value: s.value, style: s.style, punct: s.punct };
}

/** The number in a NO cell ("1", "1.", "IV"), or null when it holds no number. */
export function noValueOf(text: string): number | null {
  const t = text.trim().replace(/[.)]$/, '').trim();
  if (/^\d{1,3}$/.test(t)) return Number(t);
  return ROMAN[t.toUpperCase()] ?? null;
}

/** How the label `value` would be written in the style of `like`. */
export function formatLabel(value: number, like: Pick<Label, 'style' | 'punct'>): string {
  const body =
    like.style === 'number'
      ? String(value)
      : value >= 1 && value <= 26
        ? String.fromCharCode((like.style === 'lower' ? 96 : 64) + value)
        : String(value);
  return body + like.punct;
}
