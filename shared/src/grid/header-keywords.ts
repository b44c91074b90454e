// Header cell classification (SPEC §2 variants). Kept apart so findGrid and the repeated
// header check read the same vocabulary.
export type HeaderClass = 'no' | 'area' | 'kegiatan' | 'sub' | 'indikator' | 'pelaksanaan' | 'ket';

/** Upper-case, single-spaced, tags and trailing dots removed. */
export function headerText(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toUpperCase()
    .replace(/[.:]+$/, '')
    .trim();
}

export function classOfHeader(text: string): HeaderClass | null {
  if (text === '' || text.length > 60) return null;
  const t = headerText(text);
  if (/^(NO|NOMOR|NO URUT)$/.test(t)) return 'no';
  if (/^SUB[\s-]*KEGIATAN\b/.test(t) || t === 'RINCIAN KEGIATAN') return 'sub';
  if (
    /^(AREA( PERUBAHAN)?|TIM KERJA|PROGRAM\s*\/\s*KEGIATAN|PROGRAM|AREA PERUBAHAN\s*\/\s*TIM KERJA)$/.test(t)
  )
    return 'area';
  if (/^KEGIATAN( UTAMA)?$/.test(t)) return 'kegiatan';
  if (/^INDIKATOR\b/.test(t) || /^(OUTPUT|TARGET\s*\/\s*OUTPUT|KELUARAN)$/.test(t)) return 'indikator';
  if (/^(KET|KETERANGAN)$/.test(t)) return 'ket';
  if (/\b(PELAKSANAAN|JADWAL|WAKTU|BULAN)\b/.test(t)) return 'pelaksanaan';
  return null;
}

/** Canonical header names used in `missing-column` data. */
export const CANONICAL_COLUMN: Record<HeaderClass, string> = {
  no: 'NO',
  area: 'AREA PERUBAHAN',
  kegiatan: 'KEGIATAN',
  sub: 'SUB KEGIATAN',
  indikator: 'INDIKATOR KEBERHASILAN',
  pelaksanaan: 'PELAKSANAAN (BULAN)',
  ket: 'KET',
};

/** Position of each logical column in an 18-column grid, 0-based from NO. */
export const STANDARD_INDEX: Record<HeaderClass, number> = {
  no: 0,
  area: 1,
  kegiatan: 2,
  sub: 3,
  indikator: 4,
  pelaksanaan: 5,
  ket: 17,
};

/** "(1)" and "1." are written for 1 in some column-number rows. */
export function columnNumberText(text: string): string {
  return text.length <= 6 ? text.replace(/^\((\d+)\)$|^(\d+)\.$/, '$1$2') : text;
}
