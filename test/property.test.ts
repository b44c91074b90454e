// Property tests: validate never throws on any grid, every positioned finding lies inside the
// sheet, and nothing is ever reported on the title above the header or the signature below.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../shared/src/validate.js';
import { findGrid } from '../shared/src/grid/find-grid.js';
import { parsePlan, rowFactsOf } from '../shared/src/model/parse-plan.js';
import { readPlan } from '../shared/src/model/read-plan.js';
import { sheetViewOf } from '../shared/src/sheet-view.js';
import { AREA_LISTS } from '../shared/src/areas/area-lists.js';
import { ActivityRules, activityRulesOf } from '../shared/src/recurrence/rule-of-activity.js';
import { recurrenceOf } from '../shared/src/recurrence/recurrence-of.js';
import type { CellValue, SheetInput, ValidationResult } from '../shared/src/types.js';
import { HEADER, MONTH_ROW, NUMBER_ROW, dataRow } from './helpers/lampiran-grid.js';
import { sheetFromTsv } from './helpers/sheet-from-tsv.js';

const MARKS = ['√', '✓', '✔', '☑', 'V', 'v', 'X', 'x', '1', 'TRUE', 'ü'];
const TRICKY = [
  '#REF!',
  '#N/A',
  '<i>reward</i>',
  '<p>x</p>',
  '<img src=x onerror=alert(1)>',
  'NO',
  'NO.',
  'KEGIATAN',
  'SUB KEGIATAN',
  'INDIKATOR KEBERHASILAN',
  'PELAKSANAAN (BULAN)',
  'KET.',
  'TIM KERJA',
  'AREA PERUBAHAN',
  'Jan',
  'Agus',
  'Nop',
  'Des',
  'Ditetapkan di Kupang',
  'ttd.',
  'KETUA',
  'TAHUN 2023',
  '1.',
  'a)',
  'Manajemen Perubahan',
  'Penataan Tatalaksna',
  'triwulanan',
  'secara berkala',
  '-',
  '0',
  'FALSE',
  ' ',
  '\u00a0',
  '2023-01-31',
];

const cell: fc.Arbitrary<CellValue | undefined> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 30 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constant('x'.repeat(20_000)) },
);

const row = fc.oneof(
  { weight: 6, arbitrary: fc.array(cell, { maxLength: 24 }) },
  { weight: 1, arbitrary: fc.constantFrom(HEADER, MONTH_ROW, NUMBER_ROW) },
);

const sheetArb: fc.Arbitrary<SheetInput> = fc.record({
  values: fc.array(row, { maxLength: 40 }) as fc.Arbitrary<CellValue[][]>,
  originRow: fc.integer({ min: 1, max: 50 }),
  originColumn: fc.integer({ min: 1, max: 5 }),
  merges: fc.array(
    fc
      .record({
        top: fc.integer({ min: 1, max: 60 }),
        left: fc.integer({ min: 1, max: 20 }),
        h: fc.nat(3),
        w: fc.nat(3),
      })
      .map((m) => ({
        top: m.top,
        left: m.left,
        bottom: m.top + m.h,
        right: m.left + m.w,
      })),
    { maxLength: 3 },
  ),
});

/** The rectangle the host read, extended to the grid's own columns (the header names them). */
function insideReadArea(sheet: SheetInput, r: ValidationResult): boolean {
  const firstRow = sheet.originRow ?? 1;
  const firstColumn = sheet.originColumn ?? 1;
  const lastRow = firstRow + sheet.values.length - 1;
  const width = Math.max(0, ...sheet.values.map((v) => (Array.isArray(v) ? v.length : 0)));
  const gridLast = r.grid ? (r.grid.cols.ket ?? r.grid.cols.months[11]!) + 1 : 0;
  const lastColumn = Math.max(firstColumn + width - 1, gridLast);
  return r.findings.every(
    (f) =>
      f.row === null ||
      (f.row >= firstRow &&
        f.endRow! <= lastRow &&
        f.row <= f.endRow! &&
        f.column! >= firstColumn &&
        f.endColumn! <= lastColumn &&
        f.column! <= f.endColumn!),
  );
}

describe('validate on random sheets', () => {
  it('never throws, and positioned findings lie inside the read area', () => {
    fc.assert(
      fc.property(sheetArb, (sheet) => {
        const r = validate(sheet, { currentYear: 2024 });
        expect(insideReadArea(sheet, r)).toBe(true);
        for (const f of r.findings) {
          expect(f.key).toBe(
            f.range !== null ? `${f.rule}@${f.range}` : f.area ? `${f.rule}@-:${f.area}` : `${f.rule}@-`,
          );
          expect(typeof f.messageId).toBe('string');
        }
        expect(r.summary.errors + r.summary.warnings + r.summary.infos).toBe(r.findings.length);
      }),
      { numRuns: 300 },
    );
  });
});

// A generated lampiran between a title block and a signature block.
const AREA_NAMES = [...AREA_LISTS.rb.areas.map((a) => a.name), 'Penataan Tatalaksna', 'Area Lain'];
const WORDS = [
  'Rapat',
  'Sosialisasi',
  'Monitoring',
  'Evaluasi',
  'Penyusunan SOP',
  'Laporan',
  'Pembentukan tim',
];
const monthCell = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 1, arbitrary: fc.constantFrom('-', 'Tersedianya dokumen', '#REF!', 2) },
);
const dataRowArb = fc
  .record({
    area: fc.option(fc.constantFrom(...AREA_NAMES), { freq: 4 }),
    no: fc.option(fc.integer({ min: 1, max: 9 }), { freq: 2 }),
    kegiatan: fc.option(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.constantFrom(...WORDS)), { freq: 2 }),
    sub: fc.option(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.constantFrom(...WORDS)), { freq: 1 }),
    indikator: fc.option(fc.constantFrom('Dokumen', '<i>Laporan</i>', '√', 'SK tim'), { freq: 2 }),
    months: fc.array(monthCell, { minLength: 12, maxLength: 12 }),
    ket: fc.option(fc.constantFrom('triwulanan', '√', 'secara berkala', 'Keterangan'), { freq: 3 }),
    extra: fc.array(fc.option(fc.constantFrom('√', 'catatan')), { maxLength: 3 }),
  })
  .map((d): CellValue[] => [
    ...dataRow(
      d.area !== null ? String(d.no ?? '') : null,
      d.area,
      d.kegiatan ? `${d.kegiatan[0]}. ${d.kegiatan[1]}` : null,
      d.sub ? `${d.sub[0]}) ${d.sub[1]}` : 'Sub kegiatan',
      d.indikator,
      Object.fromEntries(d.months.map((v, i) => [i + 1, v])),
      d.ket,
    ),
    ...d.extra,
  ]);

const TITLES: CellValue[][] = [
  ['LAMPIRAN'],
  ['KEPUTUSAN KOMISI PEMILIHAN UMUM'],
  ['NOMOR 07 TAHUN 2023'],
  ['RENCANA AKSI REFORMASI BIROKRASI'],
  ['DI LINGKUNGAN KPU KABUPATEN ALOR TAHUN 2023'],
  ['Menimbang : a. bahwa √ Manajemen Perubahan <i>x</i>'],
  [],
];
const SIGNATURES: CellValue[][] = [
  ['Ditetapkan di Kalabahi'],
  ['pada tanggal 30 Januari 2023'],
  ['KETUA KOMISI PEMILIHAN UMUM'],
  ['ttd.'],
  ['Salinan sesuai dengan aslinya'],
  [null, null, null, null, null, null, null, null, null, null, null, null, 'ttd'],
  ['Kupang, 5 Juni 2023'],
];

describe('a generated lampiran between a title and a signature block', () => {
  it('is found exactly, and no finding falls on the title or the signature rows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...TITLES), { minLength: 1, maxLength: 6 }),
        fc.array(dataRowArb, { minLength: 1, maxLength: 25 }),
        fc.subarray(SIGNATURES, { minLength: 1 }),
        fc.boolean(),
        (title, rows, signature, numbers) => {
          const values: CellValue[][] = [
            ...title,
            [],
            HEADER,
            MONTH_ROW,
            ...(numbers ? [NUMBER_ROW] : []),
            ...rows,
            [],
            ...signature,
          ];
          const headerRow = title.length + 2;
          const lastDataRow = headerRow + (numbers ? 2 : 1) + rows.length;
          const r = validate({ values }, { currentYear: 2024 });
          expect(r.grid?.headerRow).toBe(headerRow);
          expect(r.grid?.lastDataRow).toBe(lastDataRow);
          for (const f of r.findings) {
            if (f.row === null) continue;
            expect(f.row).toBeGreaterThanOrEqual(headerRow);
            expect(f.endRow!).toBeLessThanOrEqual(lastDataRow);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

// validate reads the grid and its plan in one pass (readPlan); findGrid then parsePlan is the
// reference. They must agree on every sheet: grid, grid-level findings, plan and row facts.
function twoPass(sheet: SheetInput) {
  const view = sheetViewOf(sheet);
  const found = findGrid(view, { currentYear: 2024 });
  const plan = found.grid ? parsePlan(view, found.grid) : null;
  return { found, plan, facts: plan ? rowFactsOf(plan, view) : null };
}
function onePass(sheet: SheetInput) {
  const view = sheetViewOf(sheet);
  const { found, plan } = readPlan(view, { currentYear: 2024 });
  return { found, plan, facts: plan ? rowFactsOf(plan, view) : null };
}

const mixedRow: fc.Arbitrary<CellValue[]> = fc.oneof(
  { weight: 8, arbitrary: dataRowArb },
  { weight: 2, arbitrary: fc.constant<CellValue[]>([]) },
  { weight: 1, arbitrary: fc.constantFrom(HEADER, MONTH_ROW, NUMBER_ROW) },
  { weight: 1, arbitrary: fc.constantFrom(...SIGNATURES) },
  { weight: 1, arbitrary: fc.array(cell, { maxLength: 20 }) as fc.Arbitrary<CellValue[]> },
  // Text carried over a page break (a continuation when it follows a blank row).
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      dataRow(null, null, null, null, 'lanjutan indikator', {}, null),
      dataRow(null, null, null, 'Sub kegiatan tanpa nomor', 'Dokumen', {}, null),
    ),
  },
);

describe('readPlan (one pass) agrees with findGrid then parsePlan', () => {
  it.each(['kpu-alor-2023-rb.txt', 'kpu-lumajang-2022-rb.txt', 'kpu-ntt-2023-zi.txt'])('on %s', (name) => {
    const text = readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
    const sheet = sheetFromTsv(text, name);
    const one = onePass(sheet);
    expect(one.plan?.activities.length).toBeGreaterThan(20);
    expect(one).toEqual(twoPass(sheet));
  });

  it('on random sheets', () => {
    fc.assert(
      fc.property(sheetArb, (sheet) => {
        expect(onePass(sheet)).toEqual(twoPass(sheet));
      }),
      { numRuns: 300 },
    );
  });

  it('on generated lampiran with blank rows, repeated headers and stray signature lines', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...TITLES, ['RENCANA AKSI ZONA INTEGRITAS'], ['RENCANA KERJA']), {
          maxLength: 4,
        }),
        fc.constantFrom(HEADER, ['NO', 'TIM KERJA', ...HEADER.slice(2)]),
        fc.array(mixedRow, { minLength: 1, maxLength: 40 }),
        (title, header, rows) => {
          const sheet: SheetInput = { values: [...title, [], header, MONTH_ROW, ...rows] };
          expect(onePass(sheet)).toEqual(twoPass(sheet));
        },
      ),
      { numRuns: 300 },
    );
  });
});

// ActivityRules.recurrenceOf answers from the plan's first KET text when it resolves to months,
// without walking the span; ruleOf walks every KET cell. They must agree on every activity.
const KETS: CellValue[] = [
  null,
  'triwulanan',
  'Triwulan I dan III',
  'semester',
  'Maret,\u00a0Juni dan September',
  'secara berkala',
  'Keterangan',
  ' setiap bulan ',
  'FREQ=MONTHLY;INTERVAL=2',
  ...MARKS,
  'FALSE',
  false,
  true,
  4,
  1,
  '',
  ' ',
];
const spanRowArb = fc
  .record({
    starts: fc.boolean(),
    sub: fc.constantFrom('1) Rapat koordinasi', '2) Laporan triwulanan', 'Sub kegiatan'),
    months: fc.array(monthCell, { minLength: 12, maxLength: 12 }),
    ket: fc.constantFrom(...KETS),
  })
  .map((d): CellValue[] =>
    dataRow(
      null,
      null,
      null,
      d.starts ? d.sub : null,
      'Dokumen',
      Object.fromEntries(d.months.map((v, i) => [i + 1, v])),
      d.ket,
    ),
  );

/** A grid of one area and kegiatan whose activities span the rows given, parsed. */
function planOfSpans(rows: CellValue[][]) {
  const values: CellValue[][] = [
    ['RENCANA AKSI REFORMASI BIROKRASI TAHUN 2024'],
    HEADER,
    MONTH_ROW,
    dataRow('1', 'Manajemen Perubahan', '1. Kegiatan', null, null),
    ...rows,
  ];
  const view = sheetViewOf({ values });
  const grid = findGrid(view, { currentYear: 2024 }).grid!;
  return { view, grid, plan: parsePlan(view, grid) };
}

describe('the recurrence of an activity', () => {
  it('is the recurrence of its rule, for both anchors, with and without inference', () => {
    fc.assert(
      fc.property(fc.array(spanRowArb, { minLength: 1, maxLength: 30 }), (rows) => {
        const { view, grid, plan } = planOfSpans(rows);
        for (const infer of [false, true])
          for (const anchor of ['end', 'start'] as const) {
            const opts = { infer, anchor, year: grid.year, view, grid };
            const rules = activityRulesOf(opts);
            for (const a of plan.activities) {
              const expected = new ActivityRules(opts).ruleOf(a)?.recurrence ?? null;
              expect(rules.recurrenceOf(a)).toEqual(expected);
            }
          }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the rule of an activity', () => {
  it('is the one its KET cells give, read cell by cell', () => {
    fc.assert(
      fc.property(fc.array(spanRowArb, { minLength: 1, maxLength: 30 }), (rows) => {
        const { view, grid, plan } = planOfSpans(rows);
        for (const infer of [false, true]) {
          const rules = activityRulesOf({ infer, anchor: 'end', year: grid.year, view, grid });
          for (const a of plan.activities) {
            // The reference: every KET cell of the span in row order, first resolved else first
            // unresolved (the one-row shortcut must give the same rule, cell included).
            let expected: ReturnType<typeof rules.ruleOf> = null;
            for (let r = a.row; r <= a.endRow && expected?.recurrence.kind !== 'months'; r++) {
              const text = view.text(r, grid.cols.ket!);
              const recurrence =
                text === '' ? null : recurrenceOf(text, { source: 'ket', anchor: 'end', year: grid.year });
              if (recurrence && (expected === null || recurrence.kind === 'months'))
                expected = { recurrence, source: 'ket', row: r, column: grid.cols.ket! };
            }
            const got = rules.ruleOf(a);
            if (expected !== null || !infer) expect(got).toEqual(expected);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
