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

/** White space around a label (a character code; NaN past the end counts as space). */
function isSpaceCode(code: number): boolean {
  return code !== code || code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
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
  // By character code throughout: charCodeAt past the end is NaN, which no test below accepts
  // except isSpaceCode (the end of the text ends a label).
  const n = t.length;
  let i = 0;
  while (i < n && isSpaceCode(t.charCodeAt(i))) i++;
  const start = i;
  const first = t.charCodeAt(i);
  if (isDigit(first)) {
    let value = 0;
    while (i < n && isDigit(t.charCodeAt(i)) && i - start < 4) value = value * 10 + (t.charCodeAt(i++) - 48);
    if (i - start > 3) return false;
    let j = i;
    while (t.charCodeAt(j) === 32) j++;
    let punct = '';
    const p = t.charCodeAt(j);
    if (p === 46 /* . */ || p === 41 /* ) */) {
      punct = p === 46 ? '.' : ')';
      j++;
    } else j = i;
    if (!isSpaceCode(t.charCodeAt(j))) return false;
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
    while (t.charCodeAt(j) === 32) j++;
    const p = t.charCodeAt(j);
    if (p !== 46 && p !== 41) return false;
    if (!isSpaceCode(t.charCodeAt(j + 1))) return false;
    const lower = first >= 65 && first <= 90 ? first + 32 : first;
    out.value = lower - 96;
    out.style = first === lower ? 'lower' : 'upper';
    out.punct = p === 46 ? '.' : ')';
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
