import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recurrenceOf } from './recurrence-of.js';

const ALL = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const Q_END = [3, 6, 9, 12];
const Q_START = [1, 4, 7, 10];

const ket = (text: string, anchor: 'end' | 'start' = 'end', year = 2025) =>
  recurrenceOf(text, { source: 'ket', anchor, year });
const free = (text: string, anchor: 'end' | 'start' = 'end', year = 2025) =>
  recurrenceOf(text, { source: 'text', anchor, year });
const monthsOf = (r: ReturnType<typeof recurrenceOf>) => (r && r.kind === 'months' ? r.months : r);

// One line per phrase of the SPEC §7 table: [phrase, months at end anchor, months at start anchor].
const TABLE: [string, number[], number[]][] = [
  // monthly
  ['bulanan', ALL, ALL],
  ['Bulanan', ALL, ALL],
  ['setiap bulan', ALL, ALL],
  ['tiap bulan', ALL, ALL],
  ['per bulan', ALL, ALL],
  ['perbulan', ALL, ALL],
  ['sebulan sekali', ALL, ALL],
  ['sepanjang tahun', ALL, ALL],
  ['terus-menerus', ALL, ALL],
  ['terus menerus', ALL, ALL],
  ['monthly', ALL, ALL],
  ['every month', ALL, ALL],
  ['mingguan', ALL, ALL],
  ['setiap hari', ALL, ALL],
  // quarterly
  ['triwulan', Q_END, Q_START],
  ['Triwulanan', Q_END, Q_START],
  ['per triwulan', Q_END, Q_START],
  ['setiap triwulan', Q_END, Q_START],
  ['kuartal', Q_END, Q_START],
  ['kuartalan', Q_END, Q_START],
  ['3 bulan sekali', Q_END, Q_START],
  ['tiga bulan sekali', Q_END, Q_START],
  ['3 bulanan', Q_END, Q_START],
  ['setiap 3 bulan', Q_END, Q_START],
  ['quarterly', Q_END, Q_START],
  ['every quarter', Q_END, Q_START],
  ['every 3 months', Q_END, Q_START],
  // named quarters
  ['TW I', [3], [1]],
  ['TW II', [6], [4]],
  ['TW III', [9], [7]],
  ['TW IV', [12], [10]],
  ['TW-1', [3], [1]],
  ['Triwulan I', [3], [1]],
  ['Triwulan II', [6], [4]],
  ['Triwulan III', [9], [7]],
  ['Triwulan IV', [12], [10]],
  ['triwulan ke-2', [6], [4]],
  ['triwulan kedua', [6], [4]],
  ['Q1', [3], [1]],
  ['Q2', [6], [4]],
  ['Q3', [9], [7]],
  ['Q4', [12], [10]],
  ['TW I dan TW III', [3, 9], [1, 7]],
  ['TW II, III dan IV', [6, 9, 12], [4, 7, 10]],
  ['Triwulan I s.d. IV', Q_END, Q_START],
  ['Q2 dan Q4', [6, 12], [4, 10]],
  // caturwulan
  ['caturwulan', [4, 8, 12], [1, 5, 9]],
  ['caturwulanan', [4, 8, 12], [1, 5, 9]],
  ['catur wulan', [4, 8, 12], [1, 5, 9]],
  ['4 bulan sekali', [4, 8, 12], [1, 5, 9]],
  ['caturwulan II', [8], [5]],
  // semester
  ['semester', [6, 12], [1, 7]],
  ['semesteran', [6, 12], [1, 7]],
  ['per semester', [6, 12], [1, 7]],
  ['setiap semester', [6, 12], [1, 7]],
  ['6 bulan sekali', [6, 12], [1, 7]],
  ['enam bulan sekali', [6, 12], [1, 7]],
  ['6 bulanan', [6, 12], [1, 7]],
  ['twice a year', [6, 12], [1, 7]],
  ['semi-annually', [6, 12], [1, 7]],
  ['semester I', [6], [1]],
  ['Semester II', [12], [7]],
  ['semester 1', [6], [1]],
  ['semester I dan II', [6, 12], [1, 7]],
  // yearly
  ['tahunan', [12], [1]],
  ['Tahunan', [12], [1]],
  ['setiap tahun', [12], [1]],
  ['tiap tahun', [12], [1]],
  ['per tahun', [12], [1]],
  ['sekali setahun', [12], [1]],
  ['setahun sekali', [12], [1]],
  ['annually', [12], [1]],
  ['yearly', [12], [1]],
  ['once a year', [12], [1]],
  // start, middle, end of the year and of periods (fixed whatever the anchor)
  ['awal tahun', [1], [1]],
  ['pertengahan tahun', [6], [6]],
  ['tengah tahun', [6], [6]],
  ['akhir tahun', [12], [12]],
  ['end of the year', [12], [12]],
  ['mid-year', [6], [6]],
  ['akhir triwulan', Q_END, Q_END],
  ['setiap awal triwulan', Q_START, Q_START],
  ['awal semester II', [7], [7]],
  ['setiap akhir bulan', ALL, ALL],
  // N times a year: round(12k/N), k = 1..N (start anchor: first month of each share)
  ['1 kali setahun', [12], [1]],
  ['2 kali setahun', [6, 12], [1, 7]],
  ['3 kali setahun', [4, 8, 12], [1, 5, 9]],
  ['4 kali dalam setahun', Q_END, Q_START],
  ['minimal 4 kali setahun', Q_END, Q_START],
  ['minimal 4 kali dalam setahun', Q_END, Q_START],
  ['paling sedikit 2 kali dalam 1 (satu) tahun', [6, 12], [1, 7]],
  ['5 kali setahun', [2, 5, 7, 10, 12], [1, 3, 6, 8, 11]],
  ['6 kali dalam setahun', [2, 4, 6, 8, 10, 12], [1, 3, 5, 7, 9, 11]],
  ['12 kali setahun', ALL, ALL],
  ['4x setahun', Q_END, Q_START],
  ['4 kali/tahun', Q_END, Q_START],
  ['4 kali per tahun', Q_END, Q_START],
  ['2 (dua) kali setahun', [6, 12], [1, 7]],
  ['dua kali setahun', [6, 12], [1, 7]],
  ['tiga kali dalam setahun', [4, 8, 12], [1, 5, 9]],
  ['empat kali setahun', Q_END, Q_START],
  ['enam kali setahun', [2, 4, 6, 8, 10, 12], [1, 3, 5, 7, 9, 11]],
  ['dua belas kali setahun', ALL, ALL],
  ['2 kali per semester', Q_END, Q_START],
  ['sekali per triwulan', Q_END, Q_START],
  ['3 times a year', [4, 8, 12], [1, 5, 9]],
  ['2 kali', [6, 12], [1, 7]],
  ['H2', [12], [7]],
  // month lists and ranges
  ['Mar, Jun dan Sep', [3, 6, 9], [3, 6, 9]],
  ['Mar, Jun, Sep, Des', Q_END, Q_END],
  ['Jan s.d. Mar', [1, 2, 3], [1, 2, 3]],
  ['Jan s/d Mar', [1, 2, 3], [1, 2, 3]],
  ['Januari – Maret', [1, 2, 3], [1, 2, 3]],
  ['Januari - Maret', [1, 2, 3], [1, 2, 3]],
  ['Januari sampai dengan Maret', [1, 2, 3], [1, 2, 3]],
  ['Juli 2025 – Desember 2025', [7, 8, 9, 10, 11, 12], [7, 8, 9, 10, 11, 12]],
  ['bulan 1-3', [1, 2, 3], [1, 2, 3]],
  ['bulan 1 s.d. 3', [1, 2, 3], [1, 2, 3]],
  ['bulan ke-3', [3], [3]],
  ['bulan 3, 6, 9 dan 12', Q_END, Q_END],
  ['Agu', [8], [8]],
  ['Agt', [8], [8]],
  ['Ags', [8], [8]],
  ['Agus', [8], [8]],
  ['Agustus', [8], [8]],
  ['Nop', [11], [11]],
  ['Nopember', [11], [11]],
  ['Mei', [5], [5]],
  ['Peb - Apr', [2, 3, 4], [2, 3, 4]],
  ['March and September', [3, 9], [3, 9]],
  ['Nov - Feb', [1, 2, 11, 12], [1, 2, 11, 12]],
  ['Okt, Nop, Des', [10, 11, 12], [10, 11, 12]],
];

describe('recurrenceOf — SPEC §7 table (KET)', () => {
  it.each(TABLE)('%s', (phrase, end, start) => {
    const atEnd = ket(phrase, 'end');
    expect(atEnd).toEqual({ kind: 'months', months: end, phrase });
    expect(monthsOf(ket(phrase, 'start'))).toEqual(start);
  });
});

describe('recurrenceOf — unresolved phrases', () => {
  it.each([
    ['secara berkala', 'secara berkala'],
    ['Berkala', 'Berkala'],
    ['sesuai kebutuhan', 'sesuai kebutuhan'],
    ['Sesuai dengan kebutuhan', 'Sesuai dengan kebutuhan'],
    ['insidental', 'insidental'],
    ['Insidentil', 'Insidentil'],
    ['menyesuaikan', 'menyesuaikan'],
    ['Menyesuaikan', 'Menyesuaikan'],
    ['disesuaikan', 'disesuaikan'],
    ['secara periodik', 'secara periodik'],
    ['bila diperlukan', 'bila diperlukan'],
    ['sesuai jadwal tahapan', 'sesuai jadwal'],
    ['as needed', 'as needed'],
    ['periodically', 'periodically'],
    ['setiap 2 tahun', 'setiap 2 tahun'],
  ])('%s', (text, phrase) => {
    expect(ket(text)).toEqual({ kind: 'unresolved', phrase });
  });

  it('a resolved phrase wins over an unresolved one in the same text', () => {
    expect(ket('secara berkala setiap triwulan')).toEqual({
      kind: 'months',
      months: Q_END,
      phrase: 'setiap triwulan',
    });
    expect(free('Penilaian kinerja secara periodik (semesteran)')).toEqual({
      kind: 'months',
      months: [6, 12],
      phrase: 'secara periodik (semesteran)',
    });
  });
});

describe('recurrenceOf — nothing stated', () => {
  it.each([
    '',
    '   ',
    '√',
    '✓',
    'V',
    'x',
    '18',
    'KET.',
    'Tim RB',
    'SK Ketua KPU',
    'Dokumen rencana aksi',
    'Tahun 2025',
    'Desa binaan',
    'Sesuai SOP',
    'Subbag Hukum dan SDM',
    'H-1 pelaksanaan',
    '1x24 jam',
    'TW',
  ])('%j is null in KET', (text) => {
    expect(ket(text)).toBeNull();
  });

  it('non-strings are null, never an exception', () => {
    expect(recurrenceOf(42 as unknown as string, { source: 'ket', anchor: 'end', year: 2025 })).toBeNull();
    expect(recurrenceOf(null as unknown as string, { source: 'ket', anchor: 'end', year: 2025 })).toBeNull();
  });
});

describe('recurrenceOf — free text states a frequency, a document name is not one', () => {
  it.each([
    ['Pelaporan Gratifikasi dilakukan setiap triwulan; b. Tindak lanjut', Q_END, 'setiap triwulan'],
    [
      'Survei kepuasan masyarakat dilakukan minimal 4 kali dalam setahun.',
      Q_END,
      'minimal 4 kali dalam setahun',
    ],
    ['Penilaian Kinerja secara periodik (semesteran)', [6, 12], 'secara periodik (semesteran)'],
    ['Evaluasi kinerja per semester', [6, 12], 'per semester'],
    ['Rapat koordinasi dilakukan bulanan', ALL, 'dilakukan bulanan'],
    ['Rapat rutin bulanan', ALL, 'rutin bulanan'],
    ['Pelaporan LHKPN dan LHKASN setiap tahun', [12], 'setiap tahun'],
    ['Laporan disampaikan secara triwulanan', Q_END, 'disampaikan secara triwulanan'],
    ['Monitoring dilaksanakan pada akhir tahun', [12], 'pada akhir tahun'],
    ['Dilaksanakan pada triwulan II', [6], 'pada triwulan II'],
    ['Sosialisasi dilaksanakan pada bulan Maret dan September', [3, 9], 'pada bulan Maret dan September'],
    ['Pengumpulan data Januari - Maret', [1, 2, 3], 'Januari - Maret'],
    ['Survei dilakukan dua kali setahun', [6, 12], 'dua kali setahun'],
    ['Laporan disusun 3 bulan sekali', Q_END, '3 bulan sekali'],
    ['The survey is conducted quarterly', Q_END, 'conducted quarterly'],
    ['Reviewed annually by the team', [12], 'Reviewed annually'],
    ['Submitted semi-annually', [6, 12], 'Submitted semi-annually'],
  ])('%s', (text, months, phrase) => {
    expect(free(text)).toEqual({ kind: 'months', months, phrase });
  });

  it.each([
    'Rencana Aksi Tahunan',
    'Rencana Aksi Tahunan RB dan Rencana Aksi Agen Perubahan',
    'Laporan Tahunan',
    'Laporan Kinerja Tahunan',
    'Rencana Kerja Tahunan',
    'Laporan Akhir Tahun',
    'Laporan Triwulan I',
    'Kegiatan triwulanan',
    'Setiap jenjang organisasi telah memiliki peta proses bisnis',
    'Setiap Jabatan sudah memiliki Standar Kompetensi Jabatan',
    'Pengukuran periodik Sasaran Kinerja Individu',
    'Menyesuaikan SOP dengan peraturan baru',
    'Pelatihan pelayanan prima secara berkelanjutan dan terjadwal',
    'It may be reviewed',
    'Tersedianya dokumen Analisis Beban Kerja',
  ])('%s is no schedule', (text) => {
    expect(free(text)).toBeNull();
  });

  it.each([
    ['Evaluasi secara berkala produk peraturan', 'secara berkala'],
    ['Penyusunan naskah dinas yang diperlukan sesuai kebutuhan dan wewenang', 'sesuai kebutuhan'],
    ['Penyusunan Laporan Tahunan secara berkala', 'secara berkala'],
    ['Kegiatan insidental', 'insidental'],
    ['Waktu pelaksanaan menyesuaikan jadwal', 'pelaksanaan menyesuaikan'],
  ])('%s is stated but unresolved', (text, phrase) => {
    expect(free(text)).toEqual({ kind: 'unresolved', phrase });
  });

  it('a bare period word is a rule in KET, not in free text', () => {
    expect(monthsOf(ket('Tahunan'))).toEqual([12]);
    expect(free('Tahunan')).toBeNull();
    expect(monthsOf(ket('Laporan Tahunan'))).toEqual([12]);
  });
});

describe('recurrenceOf — RFC 5545 RRULE via the rrule package', () => {
  it.each([
    ['RRULE:FREQ=MONTHLY;INTERVAL=3', Q_START],
    ['FREQ=MONTHLY;INTERVAL=3', Q_START],
    ['rrule:freq=monthly;interval=3', Q_START],
    ['FREQ=YEARLY;BYMONTH=3,6', [3, 6]],
    ['RRULE:FREQ=YEARLY;BYMONTH=3,6,9,12', Q_END],
    ['FREQ=MONTHLY', ALL],
    ['FREQ=WEEKLY;BYDAY=MO', ALL],
    ['FREQ=MONTHLY;COUNT=2', [1, 2]],
    ['FREQ=MONTHLY;UNTIL=20250430T000000Z', [1, 2, 3, 4]],
    // DTSTART in a prior year: the interval keeps its phase (Feb 2024 + 3k months -> Feb, May, Aug, Nov 2025).
    ['DTSTART:20240201T000000Z\nRRULE:FREQ=MONTHLY;INTERVAL=3', [2, 5, 8, 11]],
    ['DTSTART:20240201T000000Z RRULE:FREQ=MONTHLY;INTERVAL=3', [2, 5, 8, 11]],
    // COUNT is counted from DTSTART: 14 monthly occurrences from Nov 2024 end in Dec 2025.
    ['DTSTART:20241101T000000Z\nRRULE:FREQ=MONTHLY;COUNT=14', ALL],
    ['DTSTART:20241101T000000Z\nRRULE:FREQ=MONTHLY;COUNT=4', [1, 2]],
    // Starts later in the year.
    ['DTSTART:20250715T000000Z\nRRULE:FREQ=MONTHLY;INTERVAL=2', [7, 9, 11]],
    // Late-December local times must not slide into January (UTC dates are read as UTC).
    ['DTSTART:20251231T235959Z\nRRULE:FREQ=YEARLY', [12]],
  ])('%j', (text, months) => {
    const r = ket(text);
    expect(r?.kind).toBe('months');
    expect(monthsOf(r)).toEqual(months);
  });

  it('is restricted to the plan year', () => {
    expect(monthsOf(ket('FREQ=MONTHLY;INTERVAL=5', 'end', 2025))).toEqual([1, 6, 11]);
    expect(monthsOf(ket('DTSTART:20240101T000000Z\nRRULE:FREQ=MONTHLY;INTERVAL=5', 'end', 2025))).toEqual([
      4, 9,
    ]);
    expect(monthsOf(ket('FREQ=MONTHLY;UNTIL=20241231T000000Z', 'end', 2025))).toEqual([]);
    expect(monthsOf(ket('DTSTART:20240101T000000Z\nRRULE:FREQ=MONTHLY;COUNT=3', 'end', 2025))).toEqual([]);
  });

  it('the anchor does not move RRULE occurrences', () => {
    expect(monthsOf(ket('FREQ=MONTHLY;INTERVAL=3', 'start'))).toEqual(Q_START);
    expect(monthsOf(ket('FREQ=MONTHLY;INTERVAL=3', 'end'))).toEqual(Q_START);
  });

  it('keeps the RRULE text as the phrase', () => {
    expect(ket('Jadwal: RRULE:FREQ=YEARLY;BYMONTH=3,6')).toEqual({
      kind: 'months',
      months: [3, 6],
      phrase: 'RRULE:FREQ=YEARLY;BYMONTH=3,6',
    });
  });

  it('an invalid rule is unresolved, never an exception', () => {
    expect(ket('RRULE:FREQ=FORTNIGHTLY')).toEqual({ kind: 'unresolved', phrase: 'RRULE:FREQ=FORTNIGHTLY' });
    expect(ket('FREQ=MONTHLY;BYMONTH=13')?.kind).toBe('unresolved');
  });

  it('a rule that never matches is unresolved within a bounded time', () => {
    const t0 = Date.now();
    expect(ket('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30')).toEqual({
      kind: 'unresolved',
      phrase: 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30',
    });
    expect(ket('FREQ=SECONDLY;BYMONTH=4;BYMONTHDAY=31')?.kind).toBe('unresolved');
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});

describe('recurrenceOf — details', () => {
  it('returns months sorted and unique', () => {
    expect(monthsOf(ket('Des, Mar, Jun dan Mar'))).toEqual([3, 6, 12]);
  });

  it('joins several phrases of one text', () => {
    expect(ket('TW I; akhir tahun')).toEqual({
      kind: 'months',
      months: [3, 12],
      phrase: 'TW I; akhir tahun',
    });
  });

  it('ignores HTML tags pasted with the text', () => {
    expect(monthsOf(free('<p>Rapat dilakukan <i>setiap triwulan</i></p>'))).toEqual(Q_END);
  });

  it('shares one frozen result per phrase: a caller cannot corrupt the cache', () => {
    const a = ket('triwulanan');
    expect(Object.isFrozen(a)).toBe(true);
    if (a?.kind === 'months') expect(() => (a.months as number[]).push(99)).toThrow(TypeError);
    expect(monthsOf(ket('triwulanan'))).toEqual(Q_END);
  });

  it('reads a long cell without trouble', () => {
    const long = `${'kata '.repeat(3000)}setiap triwulan`;
    expect(free(long)).toBeNull();
    expect(monthsOf(free(`setiap triwulan ${'kata '.repeat(3000)}`))).toEqual(Q_END);
  });
});

describe('recurrenceOf — properties', () => {
  const NAMES = [
    'Januari',
    'Feb',
    'Maret',
    'Apr',
    'Mei',
    'Juni',
    'Jul',
    'Agt',
    'Sep',
    'Oktober',
    'Nop',
    'Des',
  ];

  it('never throws; months are sorted, unique, within 1..12', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 120 }),
        fc.constantFrom('ket' as const, 'text' as const),
        fc.constantFrom('end' as const, 'start' as const),
        (text, source, anchor) => {
          const r = recurrenceOf(text, { source, anchor, year: 2025 });
          if (r?.kind === 'months') {
            expect(r.months).toEqual([...new Set(r.months)].sort((a, b) => a - b));
            expect(r.months.every((m) => Number.isInteger(m) && m >= 1 && m <= 12)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a month list reads back as its months', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 12 }),
        (months) => {
          const sorted = [...months].sort((a, b) => a - b);
          const names = sorted.map((m) => NAMES[m - 1]!);
          const text =
            names.length === 1
              ? names[0]!
              : `${names.slice(0, -1).join(', ')} dan ${names[names.length - 1]}`;
          expect(monthsOf(ket(text))).toEqual(sorted);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps positions when a letter changes length in lower case', () => {
    expect(ket('İ. Triwulanan')).toEqual({ kind: 'months', months: Q_END, phrase: 'Triwulanan' });
  });
});
