// Core benchmark: validation of a large generated grid against a bare pass over the same cells,
// plus a generator of large lampiran grids shared by the CLI measurements.
import { textOf, validate, type CellValue, type SheetInput } from '../shared/src/index.js';

const AREAS = [
  'Manajemen Perubahan',
  'Deregulasi Kebijakan',
  'Penataan dan Penguatan Organisasi',
  'Penataan Tatalaksana',
  'Penataan Sistem Manajemen SDM Aparatur',
  'Penguatan Akuntabilitas Kinerja',
  'Penguatan Pengawasan',
  'Peningkatan Kualitas Pelayanan Publik',
];
const RULES: { ket: string | null; months: number[] }[] = [
  { ket: 'triwulanan', months: [3, 6, 9, 12] },
  { ket: 'setiap bulan', months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
  { ket: 'semester', months: [6, 12] },
  { ket: null, months: [2, 5] },
  { ket: 'secara berkala', months: [4] },
];

/**
 * A realistic RB lampiran of `dataRows` rows: title, two-row header, column numbers, eight areas,
 * kegiatan with numbered sub kegiatan, second indicator rows, KET recurrences and a few defects.
 */
export function generateGrid(dataRows: number): SheetInput {
  const values: CellValue[][] = [
    ['RENCANA AKSI REFORMASI BIROKRASI KPU KABUPATEN CONTOH TAHUN 2025'],
    [],
    [
      'NO',
      'AREA PERUBAHAN',
      'KEGIATAN',
      'SUB KEGIATAN',
      'INDIKATOR KEBERHASILAN',
      'PELAKSANAAN (BULAN)',
      ...new Array<CellValue>(11).fill(null),
      'KET.',
    ],
    [null, null, null, null, null, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, null],
    Array.from({ length: 18 }, (_, i) => i + 1),
  ];
  const perArea = Math.max(1, Math.ceil(dataRows / AREAS.length));
  let sub = 0;
  let keg = 0;
  for (let i = 0; i < dataRows; i++) {
    const areaIndex = Math.min(AREAS.length - 1, Math.floor(i / perArea));
    const firstOfArea = i % perArea === 0;
    if (firstOfArea) keg = 0;
    const row: CellValue[] = new Array<CellValue>(18).fill(null);
    if (firstOfArea) {
      row[0] = areaIndex + 1;
      row[1] = AREAS[areaIndex]!;
    }
    if (firstOfArea || i % 12 === 0) {
      keg++;
      sub = 0;
      row[2] = `${keg}. Kegiatan ${keg} area ${areaIndex + 1}`;
    }
    if (i % 3 === 2) {
      // A second indicator row of the activity above.
      row[4] = `Indikator tambahan ${i}`;
    } else {
      sub++;
      const rule = RULES[i % RULES.length]!;
      row[3] = `${sub}) Sub kegiatan ${i} <i>contoh</i>`.replace(i % 50 === 0 ? '' : ' <i>contoh</i>', '');
      row[4] = i % 97 === 0 ? null : `Indikator ${i}`;
      if (i % 89 !== 0) for (const m of rule.months) row[4 + m] = i % 7 === 0 ? '✓' : '√';
      row[17] = rule.ket;
      if (i % 211 === 0) row[17] = '√';
    }
    values.push(row);
  }
  values.push(
    [],
    [null, null, null, null, null, null, null, null, null, null, null, null, 'Ditetapkan di Kota Contoh'],
  );
  return {
    values,
    originRow: 1,
    originColumn: 1,
    merges: [{ top: 1, left: 1, bottom: 1, right: 18 }],
    name: 'Lampiran',
  };
}

/** The floor validation is compared with: every cell read once and turned into text. */
export function barePass(sheet: SheetInput): number {
  let chars = 0;
  for (const row of sheet.values) {
    if (!Array.isArray(row)) continue;
    for (let j = 0; j < row.length; j++) chars += textOf(row[j]).length;
  }
  return chars;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export interface CoreBench {
  rows: number;
  findings: number;
  validateMs: number;
  scanMs: number;
  ratio: number;
  heapPeakMb: number;
  /** The very first validation of the process, before any JIT warm-up (cold). */
  validateFirstMs: number;
  /** Timed runs of each side (the figures are their medians) and untimed warm-up runs before. */
  runs: number;
  warmUps: number;
}

/**
 * Untimed runs of each side (interleaved) before the timed ones: at least this many, and for at
 * least WARM_UP_MS. Ten were not enough: on a 2-CPU machine validation was still 2-3x slower
 * than its steady state (the optimising compiler had not finished with the row loops).
 */
const WARM_UP = 40;
const WARM_UP_MS = 1500;

export function benchCore(rows = 10_000, runs = 21): CoreBench {
  const sheet = generateGrid(rows);
  let heapPeak = process.memoryUsage().heapUsed;
  const sample = (): void => {
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  };
  // The cold first run, reported for honesty; it is not part of the steady-state ratio.
  const t0 = performance.now();
  let findings = validate(sheet, { currentYear: 2025 }).findings.length;
  const validateFirstMs = performance.now() - t0;
  // Warm-up: both sides get the same, interleaved warm-up so the JIT reaches steady state on each.
  const warmStart = performance.now();
  let warmUps = 0;
  for (; warmUps < WARM_UP || performance.now() - warmStart < WARM_UP_MS; warmUps++) {
    findings = validate(sheet, { currentYear: 2025 }).findings.length;
    barePass(sheet);
  }
  const v: number[] = [];
  const s: number[] = [];
  let sink = 0;
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    sink += validate(sheet, { currentYear: 2025 }).findings.length;
    v.push(performance.now() - t);
    sample();
    t = performance.now();
    sink += barePass(sheet);
    s.push(performance.now() - t);
  }
  if (sink < 0) throw new Error('unreachable');
  const validateMs = median(v);
  const scanMs = median(s);
  return {
    rows,
    findings,
    validateMs: round(validateMs),
    scanMs: round(scanMs),
    ratio: round(validateMs / scanMs),
    heapPeakMb: round(heapPeak / 1024 / 1024),
    validateFirstMs: round(validateFirstMs),
    runs,
    warmUps,
  };
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
