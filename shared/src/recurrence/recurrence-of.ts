// The recurrence phrase grammar of SPEC §7: Indonesian and English phrases, and RFC 5545 RRULEs
// (expanded by the rrule package), resolved to months 1..12 of the plan year.
//
// The text is scanned by a list of matchers; each hit is a span with months, or an
// "unresolved" mark ("secara berkala"). Overlapping hits keep the higher-priority (then longer)
// one. Resolved hits win over unresolved ones and are united ("Mar, Jun dan Sep", "TW I dan III").
// In KET a bare period word is a rule; in free text a matcher needs a word that states a
// frequency ("setiap", "secara", "dilakukan", "pada", …) so "Laporan Tahunan" is not a schedule.
import type { Anchor, Recurrence } from '../types.js';
import { findRRule, monthsOfRRule } from './rrule-months.js';
import { internMonths } from '../month-lists.js';

export interface RecurrenceOptions {
  source: 'ket' | 'text';
  anchor: Anchor;
  year: number;
}

type Source = RecurrenceOptions['source'];

/** What a matcher resolves to: months, "unresolved", or null (the match turned out not to be a rule). */
type Resolution = number[] | 'unresolved' | null;

interface Matcher {
  re: RegExp;
  sources: readonly Source[];
  resolve(m: RegExpExecArray, anchor: Anchor, source: Source): Resolution;
}

interface Hit {
  start: number;
  end: number;
  priority: number;
  result: number[] | 'unresolved';
}

const ALL_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const MAX_TEXT = 4000;

// ---------- vocabulary ----------

// prettier-ignore
const NUMBER_WORDS: Record<string, number> = {
  satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9,
  sepuluh: 10, sebelas: 11, 'dua belas': 12, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6,
  seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, sekali: 1, once: 1, twice: 2, thrice: 3,
};

const NUM_WORD =
  'dua\\s+belas|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
// "4", "empat", "4 (empat)" as written in Indonesian letters.
const NUM = `(?:\\d{1,2}|${NUM_WORD})(?:\\s*\\(\\s*[a-z ]+\\s*\\))?`;

/** Period nouns and their length in months; weeks and days count as every month. */
const UNIT_LENGTH: [RegExp, number][] = [
  [/^(?:bulan|months?)$/, 1],
  [/^(?:tri\s*wulan|triwulan|kuartal|kwartal|quarters?)$/, 3],
  [/^(?:catur\s*wulan|caturwulan)$/, 4],
  [/^(?:semesters?)$/, 6],
  [/^(?:tahun|years?)$/, 12],
  [/^(?:minggu|pekan|hari|weeks?|days?)$/, 1],
];
const UNIT =
  '(?:tri\\s*wulan|catur\\s*wulan|kuartal|kwartal|quarters?|semesters?|bulan|months?|tahun|years?|minggu|pekan|hari|weeks?|days?)';

/** Adjectives and adverbs of a period ("triwulanan", "quarterly") and their length in months. */
const ADJ_LENGTH: [RegExp, number][] = [
  [/^(?:bulanan|monthly)$/, 1],
  [/^(?:tri\s*wulan(?:an)?|kuartal(?:an)?|kwartal(?:an)?|quarterly)$/, 3],
  [/^(?:catur\s*wulan(?:an)?|cawu)$/, 4],
  [/^(?:semester(?:an)?|semi-?annual(?:ly)?|bi-?annual(?:ly)?|half-?yearly|half yearly)$/, 6],
  [/^(?:tahunan|annual(?:ly)?|yearly)$/, 12],
  [/^(?:mingguan|harian|weekly|daily|fortnightly|dwimingguan)$/, 1],
];
const ADJ =
  '(?:tri\\s*wulan(?:an)?|catur\\s*wulan(?:an)?|kuartal(?:an)?|kwartal(?:an)?|semester(?:an)?|bulanan|tahunan|mingguan|harian|dwimingguan|cawu|monthly|quarterly|semi-?annual(?:ly)?|bi-?annual(?:ly)?|half-?yearly|half yearly|annual(?:ly)?|yearly|weekly|daily|fortnightly)';

const MONTH_NAMES: [RegExp, number][] = [
  [/^(?:januari|january|jan)$/, 1],
  [/^(?:februari|pebruari|february|feb|peb)$/, 2],
  [/^(?:maret|march|mar)$/, 3],
  [/^(?:april|apr)$/, 4],
  [/^(?:mei|may)$/, 5],
  [/^(?:juni|june|jun)$/, 6],
  [/^(?:juli|july|jul)$/, 7],
  [/^(?:agustus|august|agust|agus|agst|agt|ags|agu|aug)$/, 8],
  [/^(?:september|sept|sep)$/, 9],
  [/^(?:oktober|october|okt|oct)$/, 10],
  [/^(?:november|nopember|nov|nop)$/, 11],
  [/^(?:desember|december|des|dec)$/, 12],
];
const MONTH =
  '(?:januari|january|jan|februari|pebruari|february|feb|peb|maret|march|mar|april|apr|mei|may|juni|june|jun|juli|july|jul|agustus|august|agust|agus|agst|agt|ags|agu|aug|september|sept|sep|oktober|october|okt|oct|november|nopember|nov|nop|desember|december|des|dec)';

// Word boundaries on the normalised (lower-case) text.
const B = '(?<![a-z0-9])';
const E = '(?![a-z0-9])';

const LIST_SEP = '\\s*(?:,|;|\\/|&|\\+|\\bdan\\b|\\band\\b|\\bserta\\b|\\batau\\b|\\bor\\b)\\s*';
const RANGE_SEP =
  '\\s*(?:-|s\\.?\\s*\\/?\\s*d\\.?|sd|sampai(?:\\s+dengan)?|hingga|to|through|until|till)\\s*';
const SEP = `(?:${RANGE_SEP}|${LIST_SEP})`;

/** Words that make a free-text period word a statement of frequency. */
const DOING =
  '(?:secara|dilakukan|dilaksanakan|diselenggarakan|diadakan|dilaporkan|disampaikan|disusun|dievaluasi|dipantau|dimonitor|dimutakhirkan|diperbarui|diperbaharui|rutin|berkala|periodik)';
const DOING_EN =
  '(?:done|held|conducted|performed|carried\\s+out|reported|reviewed|updated|evaluated|monitored|submitted|published|prepared|run|organi[sz]ed)';
/** Words that place a named period or a month in time ("pada triwulan I", "in March"). */
const AT = `(?:pada|di|dalam|selama|mulai|sejak|sampai|hingga|setiap|tiap|menjelang|${DOING}|in|during|by|each|every|on|at|from|before)`;

// ---------- helpers ----------

function numberOf(text: string): number | null {
  const t = text
    .replace(/\(.*\)/, '')
    .trim()
    .replace(/\s+/g, ' ');
  if (/^\d+$/.test(t)) return Number(t);
  return NUMBER_WORDS[t] ?? null;
}

function lengthOf(table: [RegExp, number][], word: string): number | null {
  const w = word.trim().replace(/\s+/g, ' ');
  for (const [re, n] of table) if (re.test(w)) return n;
  return null;
}

function monthOf(word: string): number | null {
  return lengthOf(MONTH_NAMES, word.replace(/\.$/, ''));
}

/** Months of every period of `length` months: its last month (end) or first month (start). */
function periodMonths(length: number, anchor: Anchor): number[] {
  if (length <= 1) return ALL_MONTHS.slice();
  const out: number[] = [];
  for (let m = anchor === 'end' ? length : 1; m <= 12; m += length) out.push(m);
  return out;
}

/** Months of the k-th (1-based) period of `length` months, at the anchor or in its middle. */
function nthPeriodMonth(length: number, k: number, where: Anchor | 'middle'): number {
  if (where === 'start') return (k - 1) * length + 1;
  if (where === 'middle') return (k - 1) * length + Math.max(1, Math.ceil(length / 2));
  return k * length;
}

/** `count` occurrences spread over the year: round(12k/N) (end) or 1 + round(12(k-1)/N) (start). */
function spreadMonths(count: number, anchor: Anchor): number[] | null {
  // Less than once a year ("sekali dalam 2 tahun") cannot be placed in this year.
  if (!Number.isFinite(count) || count < 1) return null;
  if (count >= 12) return ALL_MONTHS.slice();
  const n = Math.round(count);
  const out = new Set<number>();
  for (let k = 1; k <= n; k++) {
    out.add(anchor === 'end' ? Math.round((12 * k) / n) : 1 + Math.round((12 * (k - 1)) / n));
  }
  return [...out].filter((m) => m >= 1 && m <= 12).sort((a, b) => a - b);
}

/** Every `interval` months: a period of `interval` months; beyond a year it cannot be placed. */
function everyMonths(interval: number, anchor: Anchor): Resolution {
  if (!Number.isInteger(interval) || interval <= 0) return null;
  if (interval > 12) return 'unresolved';
  return periodMonths(interval, anchor);
}

function ordinalOf(word: string): number | null {
  const w = word.replace(/^ke\s*-?\s*/, '').trim();
  // prettier-ignore
  const table: Record<string, number> = {
    i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4, pertama: 1, kesatu: 1, kedua: 2,
    ketiga: 3, keempat: 4, satu: 1, dua: 2, tiga: 3, empat: 4, first: 1, second: 2, third: 3, fourth: 4,
  };
  return table[w] ?? null;
}

const ORD =
  '(?:ke\\s*-?\\s*)?(?:iv|iii|ii|i|[1-4]|pertama|kesatu|kedua|ketiga|keempat|satu|dua|tiga|empat|first|second|third|fourth)(?![a-z0-9])';
const QUARTER_WORD = '(?:tri\\s*wulan|trw|tw|kuartal|kwartal|quarter)';
const SEMESTER_WORD = '(?:semester|smt|smstr)';
const CATUR_WORD = '(?:catur\\s*wulan|cawu)';
const MODIFIER =
  '(?:awal|akhir|pertengahan|tengah|penghujung|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of(?:\\s+the|\\s+each|\\s+every)?)';

function modifierOf(text: string | undefined, anchor: Anchor): Anchor | 'middle' {
  if (!text) return anchor;
  if (/awal|beginning|start/.test(text)) return 'start';
  if (/pertengahan|tengah|middle/.test(text)) return 'middle';
  return 'end';
}

/**
 * Reads "I dan III", "I - IV", "1, 2" after a period word: ordinals joined by list or range
 * separators, each ordinal possibly repeating the period word ("TW I s.d. TW III").
 */
function ordinalsOf(text: string, periodWord: string, max: number): number[] | null {
  const re = new RegExp(`(${ORD})|(${RANGE_SEP})|(${LIST_SEP})|(${periodWord})|(q(?=[1-4]))`, 'gy');
  const out: number[] = [];
  let pendingRange = false;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < text.length) {
    re.lastIndex = pos;
    m = re.exec(text);
    if (!m || m[0].length === 0) {
      if (/\s/.test(text[pos] ?? '')) {
        pos++;
        continue;
      }
      return null;
    }
    pos = re.lastIndex;
    if (m[1]) {
      const k = ordinalOf(m[1]);
      if (k === null || k > max) return null;
      const prev = out[out.length - 1];
      if (pendingRange && prev !== undefined) {
        for (let i = prev + 1; i <= k; i++) out.push(i);
      } else out.push(k);
      pendingRange = false;
    } else if (m[2]) pendingRange = true;
  }
  return out.length > 0 ? out : null;
}

/** Reads month names or month numbers joined by list and range separators, ranges wrapping over the new year. */
function monthListOf(text: string, numeric: boolean): number[] | null {
  const item = numeric ? '(?:ke\\s*-?\\s*)?(\\d{1,2})(?![0-9])' : `(${MONTH})\\.?(?:\\s+\\d{4})?`;
  const re = new RegExp(`(?:\\d{1,2}\\s+)?${item}|(${RANGE_SEP})|(${LIST_SEP})|(bulan\\s*)`, 'gy');
  const out = new Set<number>();
  let last: number | null = null;
  let pendingRange = false;
  let pos = 0;
  while (pos < text.length) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m || m[0].length === 0) {
      if (/[\s.]/.test(text[pos] ?? '')) {
        pos++;
        continue;
      }
      return null;
    }
    pos = re.lastIndex;
    if (m[1]) {
      const month = numeric ? Number(m[1]) : monthOf(m[1]);
      if (month === null || month < 1 || month > 12) return null;
      if (pendingRange && last !== null) {
        for (let i: number = last, guard = 0; guard < 12; guard++) {
          i = (i % 12) + 1;
          out.add(i);
          if (i === month) break;
        }
      } else out.add(month);
      last = month;
      pendingRange = false;
    } else if (m[2]) pendingRange = true;
  }
  return out.size > 0 ? [...out].sort((a, b) => a - b) : null;
}

// ---------- matchers, highest priority first ----------

const BOTH: readonly Source[] = ['ket', 'text'];
const KET: readonly Source[] = ['ket'];

function rx(body: string): RegExp {
  return new RegExp(body, 'g');
}

const COUNT_PREFIX =
  '(?:(?:minimal|minimum|maksimal|paling\\s+(?:sedikit|tidak)|sekurang-kurangnya|setidaknya|setidak-tidaknya|sebanyak|at\\s+least|up\\s+to)\\s+)*';
const COUNT_CORE = `(?:(${NUM})\\s*(?:kali|x|times)|(sekali|once|twice|thrice))`;
const PER =
  '(?:\\s*\\/\\s*|\\s+(?:dalam|per|tiap|setiap|pada|in|a|an|each|every|per)\\s+(?:kurun\\s+waktu\\s+)?|\\s+)';
// "setahun", "satu tahun", "1 (satu) tahun", "a year"
const ONE_UNIT = `(?:se|satu\\s+|1\\s+(?:\\(\\s*satu\\s*\\)\\s+)?)?(${UNIT})`;

const MATCHERS: Matcher[] = [
  // "4 kali dalam setahun", "minimal 4 kali setahun", "2x/tahun", "twice a year", "sekali per triwulan"
  {
    re: rx(`${B}${COUNT_PREFIX}${COUNT_CORE}${PER}${ONE_UNIT}${E}`),
    sources: BOTH,
    resolve(m, anchor) {
      const count = numberOf(m[1] ?? m[2] ?? '');
      const length = lengthOf(UNIT_LENGTH, m[3] ?? '');
      if (count === null || length === null) return null;
      return spreadMonths((count * 12) / length, anchor) ?? 'unresolved';
    },
  },
  // "setahun sekali", "sebulan sekali", "setahun dua kali"
  {
    re: rx(`${B}(?:se|satu\\s+|1\\s+)(${UNIT})\\s+(?:(${NUM})\\s*(?:kali|x)|(sekali))${E}`),
    sources: BOTH,
    resolve(m, anchor) {
      const length = lengthOf(UNIT_LENGTH, m[1] ?? '');
      const count = numberOf(m[2] ?? m[3] ?? '');
      if (count === null || length === null) return null;
      return spreadMonths((count * 12) / length, anchor) ?? 'unresolved';
    },
  },
  // "setiap 3 bulan", "sekali dalam 6 bulan", "every 3 months"
  {
    re: rx(
      `${B}(?:setiap|tiap(?:-tiap)?|per|every|each|(?:sekali|once)\\s+(?:dalam|tiap|setiap|per|every|in))\\s+(${NUM})\\s*(${UNIT})${E}`,
    ),
    sources: BOTH,
    resolve(m, anchor) {
      const n = numberOf(m[1] ?? '');
      const length = lengthOf(UNIT_LENGTH, m[2] ?? '');
      if (n === null || length === null) return null;
      return everyMonths(n * length, anchor);
    },
  },
  // "3 bulan sekali", "6 bulanan", "enam-bulanan"
  {
    re: rx(`${B}(${NUM})\\s*(?:(${UNIT})\\s+sekali|-?\\s*(bulan)an)${E}`),
    sources: BOTH,
    resolve(m, anchor) {
      const n = numberOf(m[1] ?? '');
      const length = lengthOf(UNIT_LENGTH, m[2] ?? m[3] ?? '');
      if (n === null || length === null) return null;
      return everyMonths(n * length, anchor);
    },
  },
  // Named quarters, semesters, caturwulan: "TW I", "Triwulan II dan IV", "akhir semester I", "Q3".
  ...namedPeriodMatchers(),
  // "akhir tahun", "setiap awal bulan", "pertengahan tahun", "end of each quarter"
  {
    re: rx(`${B}(?:(${AT})\\s+(?:the\\s+)?)?(${MODIFIER})\\s+(${UNIT})${E}`),
    sources: BOTH,
    resolve(m, anchor, source) {
      if (source === 'text' && !m[1]) return null;
      const length = lengthOf(UNIT_LENGTH, m[3] ?? '');
      if (length === null) return null;
      const where = modifierOf(m[2], anchor);
      if (length === 1) return ALL_MONTHS.slice();
      const out: number[] = [];
      for (let k = 1; k * length <= 12; k++) out.push(nthPeriodMonth(length, k, where));
      return out;
    },
  },
  // "mid-year", "year-end", "beginning of the year" written as one word
  {
    re: rx(`${B}(mid[\\s-]?year|year[\\s-]end)${E}`),
    sources: KET,
    resolve(m) {
      return (m[1] ?? '').startsWith('mid') ? [6] : [12];
    },
  },
  // "setiap triwulan", "per semester", "tiap bulan", "every quarter", "pertahun"
  {
    re: rx(`${B}(?:setiap|tiap(?:-tiap)?|per|every|each|once\\s+(?:a|an|per|every))\\s*(${UNIT})${E}`),
    sources: BOTH,
    resolve(m, anchor) {
      const length = lengthOf(UNIT_LENGTH, m[1] ?? '');
      return length === null ? null : periodMonths(length, anchor);
    },
  },
  // Month names: "Mar, Jun dan Sep", "Jan s.d. Mar", "Januari – Maret", "pada bulan Juli 2023"
  {
    re: rx(
      `${B}(?:(${AT}|bulan|months?|between|antara)\\s+(?:(?:bulan|the\\s+months?\\s+of)\\s+)?)?((?:\\d{1,2}\\s+)?${MONTH}\\.?(?:\\s+\\d{4})?${E}(?:${SEP}(?:\\d{1,2}\\s+)?${MONTH}\\.?(?:\\s+\\d{4})?${E})*)`,
    ),
    sources: BOTH,
    resolve(m, _anchor, source) {
      const list = m[2] ?? '';
      // In free text a bare month word ("may") needs a word placing it in time, or a range.
      if (source === 'text' && !m[1] && !new RegExp(`${MONTH}\\.?(?:\\s+\\d{4})?${RANGE_SEP}`).test(list))
        return null;
      return monthListOf(list, false);
    },
  },
  // Month numbers: "bulan 1-3", "bulan ke-3", "bulan 3, 6, 9 dan 12", "months 1-3"
  {
    re: rx(
      `${B}(?:bulan|months?)\\s*((?:ke\\s*-?\\s*)?\\d{1,2}(?![0-9])(?:${SEP}(?:bulan\\s*)?(?:ke\\s*-?\\s*)?\\d{1,2}(?![0-9]))*)`,
    ),
    sources: BOTH,
    resolve(m) {
      return monthListOf(m[1] ?? '', true);
    },
  },
  // Free text: a period adjective after a word stating frequency: "dilakukan bulanan",
  // "secara periodik (semesteran)", "rapat rutin bulanan", "reported quarterly".
  {
    re: rx(
      `${B}(?:${DOING}|${DOING_EN}|on\\s+an?)(?:\\s+(?:secara|rutin|berkala|periodik|setiap|tiap))*\\s*\\(?\\s*(${ADJ})${E}(?:\\s*\\))?(?:\\s+basis)?`,
    ),
    sources: BOTH,
    resolve(m, anchor) {
      const length = lengthOf(ADJ_LENGTH, m[1] ?? '');
      return length === null ? null : periodMonths(length, anchor);
    },
  },
  // English adverbs that only ever state a frequency.
  {
    re: rx(`${B}(annually|semi-?annually|bi-?annually)${E}`),
    sources: BOTH,
    resolve(m, anchor) {
      const length = lengthOf(ADJ_LENGTH, m[1] ?? '');
      return length === null ? null : periodMonths(length, anchor);
    },
  },
  // KET: a bare period word is the rule ("Triwulanan", "Tahunan", "Semester").
  {
    re: rx(`${B}(${ADJ})${E}`),
    sources: KET,
    resolve(m, anchor) {
      const length = lengthOf(ADJ_LENGTH, m[1] ?? '');
      return length === null ? null : periodMonths(length, anchor);
    },
  },
  // All year round.
  {
    re: rx(
      `${B}(?:sepanjang\\s+(?:tahun|waktu)|setiap\\s+saat|(?:secara|dilakukan|dilaksanakan)\\s+(?:terus[\\s-]*menerus|kontinu|berkesinambungan)|all\\s+year(?:\\s+round)?|year[\\s-]round|throughout\\s+the\\s+year)${E}`,
    ),
    sources: BOTH,
    resolve() {
      return ALL_MONTHS.slice();
    },
  },
  {
    re: rx(`${B}(?:terus[\\s-]*menerus|kontinu|continuous(?:ly)?|ongoing)${E}`),
    sources: KET,
    resolve() {
      return ALL_MONTHS.slice();
    },
  },
  // KET: "2 kali" with no period means times within the plan year.
  {
    re: rx(`${B}${COUNT_PREFIX}(${NUM})\\s*(?:kali|x|times)${E}`),
    sources: KET,
    resolve(m, anchor) {
      const count = numberOf(m[1] ?? '');
      return count === null ? null : spreadMonths(count, anchor);
    },
  },
  // Stated but not placeable in months.
  {
    re: rx(
      `${B}(?:(?:secara|dilakukan|dilaksanakan)\\s+(?:secara\\s+)?(?:berkala|periodik|rutin|insidentil|insidental)|insidentil|insidental|sesuai\\s+(?:dengan\\s+)?(?:kebutuhan|keperluan)|(?:bila|jika|apabila|bilamana)\\s+(?:di)?perlu(?:kan)?|(?:waktu|jadwal|pelaksanaan)(?:nya)?\\s+(?:menyesuaikan|disesuaikan)|menyesuaikan\\s+(?:dengan\\s+)?(?:jadwal|kebutuhan|kondisi|situasi|tahapan|agenda)|periodically|as\\s+(?:needed|required)|on\\s+an?\\s+ad[\\s-]hoc\\s+basis|when\\s+(?:needed|required))${E}`,
    ),
    sources: BOTH,
    resolve() {
      return 'unresolved';
    },
  },
  {
    re: rx(
      `${B}(?:berkala|periodik|rutin|menyesuaikan|disesuaikan|sesuai\\s+(?:dengan\\s+)?(?:jadwal|tahapan|agenda|kondisi|situasi|permintaan)|kondisional|situasional|tentatif|periodic|regularly|ad[\\s-]hoc|occasional(?:ly)?)${E}`,
    ),
    sources: KET,
    resolve() {
      return 'unresolved';
    },
  },
];

function namedPeriodMatchers(): Matcher[] {
  const kinds: { word: string; length: number; max: number }[] = [
    { word: QUARTER_WORD, length: 3, max: 4 },
    { word: SEMESTER_WORD, length: 6, max: 2 },
    { word: CATUR_WORD, length: 4, max: 3 },
  ];
  const out: Matcher[] = kinds.map(({ word, length, max }) => ({
    re: rx(
      `${B}(?:(${AT})\\s+(?:the\\s+)?)?(?:(${MODIFIER})\\s+)?(${word}\\s*-?\\s*${ORD}(?:${SEP}(?:${word}\\s*-?\\s*)?${ORD})*)`,
    ),
    sources: BOTH,
    resolve(m, anchor, source) {
      if (source === 'text' && !m[1]) return null;
      const ks = ordinalsOf(m[3] ?? '', word, max);
      if (!ks) return null;
      const where = modifierOf(m[2], anchor);
      return ks.map((k) => nthPeriodMonth(length, k, where));
    },
  }));
  // "Q1", "Q2 dan Q4", "H1"/"H2"
  out.push({
    re: rx(`${B}(?:(${AT})\\s+)?(q[1-4](?:${SEP}q?[1-4](?![0-9]))*|h[12])${E}`),
    sources: BOTH,
    resolve(m, anchor, source) {
      if (source === 'text' && !m[1]) return null;
      const text = m[2] ?? '';
      if (text.startsWith('h')) return [nthPeriodMonth(6, Number(text.slice(1)), anchor)];
      const ks = ordinalsOf(text, 'q', 4);
      return ks ? ks.map((k) => nthPeriodMonth(3, k, anchor)) : null;
    },
  });
  return out;
}

// ---------- scanning ----------

/**
 * Lower-cases without changing length, so hit positions index the original text:
 * dashes become "-", non-breaking spaces and line breaks spaces, HTML tags blanks.
 */
function normalise(text: string): string {
  const unified = text
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s/g, ' ');
  let lower = unified.toLowerCase();
  // A few letters change length when lower-cased ("İ"); keep those as they are.
  if (lower.length !== unified.length) {
    lower = '';
    for (const ch of unified) {
      const l = ch.toLowerCase();
      lower += l.length === ch.length ? l : ch;
    }
  }
  return lower.replace(/<\/?[a-z][^<>]*>/g, (tag) => ' '.repeat(tag.length));
}

function hitsOf(norm: string, source: Source, anchor: Anchor): Hit[] {
  const hits: Hit[] = [];
  MATCHERS.forEach((matcher, priority) => {
    if (!matcher.sources.includes(source)) return;
    matcher.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = matcher.re.exec(norm)) !== null) {
      if (m[0].length === 0) {
        matcher.re.lastIndex++;
        continue;
      }
      const result = matcher.resolve(m, anchor, source);
      if (result !== null && (result === 'unresolved' || result.length > 0)) {
        hits.push({ start: m.index, end: m.index + m[0].length, priority, result });
      }
    }
  });
  hits.sort((a, b) => a.priority - b.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Hit[] = [];
  for (const h of hits) {
    if (kept.every((k) => h.end <= k.start || h.start >= k.end)) kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function phraseOf(text: string, hits: Hit[]): string {
  return hits.map((h) => text.slice(h.start, h.end).replace(/\s+/g, ' ').trim()).join('; ');
}

// Every matcher needs one of these fragments (a superset: a hit here only means "look closer").
// Most INDIKATOR texts hold none, and the full scan is skipped for them.
const MAY_STATE_RULE = new RegExp(
  [
    'wulan|kuartal|kwartal|quarter|semester|smt|smstr|cawu|bulan|month|tahun|year|minggu|pekan|hari|week|day',
    'annual|fortnight|kali|times|x(?![a-z])|tw|trw|q[1-4]|h[12]|saat|waktu|terus|kontinu|continu|ongoing',
    'berkesinambungan|berkala|periodi|rutin|insiden|sesuai|perlu|menyesuaikan|disesuaikan|needed|required',
    'hoc|kondisional|situasional|tentatif|regular|occasional|freq',
    'jan|feb|peb|mar|apr|mei|may|jun|jul|agu|agt|ags|aug|sep|okt|oct|nov|nop|des|dec',
  ].join('|'),
  'i',
);

const cache = new Map<string, Recurrence | null>();
const CACHE_SIZE = 2000;

// Results are cached and shared between calls, so they are frozen rather than copied each time.
// Months go through the shared lists, so a schedule and its rule are usually the same array.
function frozen(r: Recurrence | null): Recurrence | null {
  if (r === null) return null;
  if (r.kind === 'months') return Object.freeze({ ...r, months: internMonths(r.months) });
  return Object.freeze(r);
}

/**
 * The recurrence stated in `text`, resolved to months of `year`; null when the text states none.
 * Never throws: an RRULE the library cannot read is "unresolved".
 */
export function recurrenceOf(text: string, opts: RecurrenceOptions): Recurrence | null {
  if (typeof text !== 'string') return null;
  const raw = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  // Marks, numbers and blanks (the usual KET content) state nothing.
  if (!/[a-zA-Z]/.test(raw)) return null;
  if (!MAY_STATE_RULE.test(raw)) return null;
  const key = `${opts.source}|${opts.anchor}|${opts.year}|${raw}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const result = frozen(compute(raw, opts));
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(key, result);
  return result;
}

function compute(text: string, opts: RecurrenceOptions): Recurrence | null {
  const rrule = findRRule(text);
  if (rrule) {
    const phrase = text.slice(rrule.start, rrule.end).replace(/\s+/g, ' ').trim();
    const months = monthsOfRRule(rrule.source, rrule.hasStart, opts.year);
    return months === null ? { kind: 'unresolved', phrase } : { kind: 'months', months, phrase };
  }
  const hits = hitsOf(normalise(text), opts.source, opts.anchor);
  const resolved = hits.filter((h) => h.result !== 'unresolved');
  if (resolved.length > 0) {
    const months = new Set<number>();
    for (const h of resolved) for (const m of h.result as number[]) months.add(m);
    return { kind: 'months', months: [...months].sort((a, b) => a - b), phrase: phraseOf(text, resolved) };
  }
  if (hits.length > 0) return { kind: 'unresolved', phrase: phraseOf(text, hits) };
  return null;
}
