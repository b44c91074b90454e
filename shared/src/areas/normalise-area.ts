// Normal form of an area name for comparison (SPEC §4): case, punctuation, "&" = "dan",
// "tata laksana" = "tatalaksana", "sumber daya manusia" = "SDM", whitespace removed so a
// PDF-broken "Kel embagaan" still equals "Kelembagaan".
export function normaliseArea(text: string): string {
  let s = text
    .toLowerCase()
    .replace(/<[^>]*>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&/g, ' dan ')
    .replace(/\u00a0/g, ' ')
    .trim();
  // ZI sheets number their teams: "I. TIM MANAJEMEN PERUBAHAN", "III TIM …", "1. Manajemen …".
  s = s.replace(/^(?:[ivx]{1,4}|\d{1,2}|[a-h])\s*[.)]\s*/, '').replace(/^(?:[ivx]{1,4}|\d{1,2})\s+/, '');
  s = s.replace(/^(?:area\s+(?:perubahan\s+)?)/, '');
  s = s.replace(/^tim\s*(?:kerja\s*)?(?:pembangunan\s*)?/, '');
  s = s.replace(/sumber\s*daya\s*manusia/g, 'sdm');
  s = s.replace(/[^a-z0-9]+/g, '');
  return s;
}

/** Optimal-string-alignment distance (Damerau–Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}
