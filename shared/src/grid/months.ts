// Month tokens of a month header row (SPEC §2): 1..12, I..XII, Jan..Des with the Indonesian
// variants (Agu/Agt/Ags/Agus, Nop, Peb), full Indonesian or English names.
const NAMES: Record<string, number> = {
  jan: 1,
  januari: 1,
  january: 1,
  feb: 2,
  peb: 2,
  februari: 2,
  pebruari: 2,
  february: 2,
  mar: 3,
  maret: 3,
  march: 3,
  apr: 4,
  april: 4,
  mei: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  agu: 8,
  agt: 8,
  ags: 8,
  agus: 8,
  agst: 8,
  agust: 8,
  agustus: 8,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oct: 10,
  oktober: 10,
  october: 10,
  nov: 11,
  nop: 11,
  november: 11,
  nopember: 11,
  des: 12,
  dec: 12,
  desember: 12,
  december: 12,
};

const ROMAN: Record<string, number> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
  vi: 6,
  vii: 7,
  viii: 8,
  ix: 9,
  x: 10,
  xi: 11,
  xii: 12,
};

/** The month (1..12) a header cell names, or null. */
export function monthOfHeader(text: string): number | null {
  if (text === '' || text.length > 20) return null;
  const t = text.trim().toLowerCase().replace(/\.$/, '');
  if (t === '') return null;
  if (/^\d{1,2}$/.test(t)) {
    const n = Number(t);
    return n >= 1 && n <= 12 ? n : null;
  }
  const named = NAMES[t] ?? ROMAN[t];
  if (named !== undefined) return named;
  // Date cells formatted as months arrive as ISO text ("2023-01-01"); "Jan-23", "Januari 2023".
  const iso = /^(\d{4})-(\d{2})-\d{2}/.exec(t);
  if (iso) {
    const n = Number(iso[2]);
    return n >= 1 && n <= 12 ? n : null;
  }
  const withYear = /^([a-z]+)[\s\-'.]+\d{2,4}$/.exec(t);
  return withYear ? (NAMES[withYear[1]!] ?? null) : null;
}
