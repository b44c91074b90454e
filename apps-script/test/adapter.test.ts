// The Sheets adapter, exercised through the BUILT bundle running on the fake Apps Script.
import { beforeAll, describe, expect, test } from 'vitest';
import { parseA1Range } from '../../shared/src/a1.js';
import { t } from '../../shared/src/i18n/index.js';
import { QUOTA_MESSAGE, type FakeGas, type FakeSheet } from './fake-gas.js';
import { ensureBuilt, harness, plain, type Bundle } from './load-bundle.js';
import { generatedPlan } from './plans.js';

beforeAll(ensureBuilt);

const ID = { lang: 'id' as const, anchor: 'end' as const, infer: false };
const FILL = { ...ID, rule: '' };
const OUR_FORMULA = /"lampiran-checker:/;

function setup(rows = 10): { gas: FakeGas; gs: Bundle; sheet: FakeSheet } {
  const { gas, gs } = harness();
  const sheet = gas.spreadsheet.active;
  sheet.name = 'Lampiran';
  sheet.load(generatedPlan(rows).values);
  return { gas, gs, sheet };
}

function counts(gas: FakeGas) {
  const ss = gas.spreadsheetCalls();
  return { data: ss.data, all: ss.all, lock: gas.count('lock'), properties: gas.count('properties') };
}

function ok<T>(reply: { ok: boolean; value?: T; message?: string }): T {
  const r = plain(reply);
  if (!r.ok) throw new Error(`expected ok, got: ${r.message}`);
  return r.value as T;
}

function failure(reply: { ok: boolean; message?: string }): string {
  const r = plain(reply);
  expect(r.ok).toBe(false);
  return r.message ?? '';
}

describe('constant number of Spreadsheet service calls', () => {
  test.each([
    ['validate', (gs: Bundle) => ok(gs.lampiranValidate(ID))],
    ['fill preview', (gs: Bundle) => ok(gs.lampiranPreviewFill(FILL))],
    [
      'fill apply',
      (gs: Bundle, gas: FakeGas) => {
        const preview = ok<{ writes: { cell: string }[] }>(gs.lampiranPreviewFill(FILL));
        gas.resetCalls();
        return ok(
          gs.lampiranApplyFill(
            FILL,
            'Lampiran',
            preview.writes.map((w) => w.cell),
          ),
        );
      },
    ],
    [
      'undo',
      (gs: Bundle, gas: FakeGas) => {
        const preview = ok<{ writes: { cell: string }[] }>(gs.lampiranPreviewFill(FILL));
        ok(
          gs.lampiranApplyFill(
            FILL,
            'Lampiran',
            preview.writes.map((w) => w.cell),
          ),
        );
        gas.resetCalls();
        return ok(gs.lampiranUndoFill('id'));
      },
    ],
    [
      'clear highlights',
      (gs: Bundle, gas: FakeGas) => {
        ok(gs.lampiranValidate(ID));
        gas.resetCalls();
        return ok(gs.lampiranClearHighlights('id'));
      },
    ],
  ] as const)('%s: equal for a 10-row and a 10,000-row plan, ≤ 6 data calls', (_name, action) => {
    const measured = [10, 10_000].map((rows) => {
      const { gas, gs } = setup(rows);
      gas.resetCalls();
      const value = action(gs, gas);
      return { ...counts(gas), value };
    });
    const [small, large] = measured as [(typeof measured)[0], (typeof measured)[0]];
    expect({ ...large, value: 0 }).toEqual({ ...small, value: 0 });
    expect(small.data).toBeGreaterThan(0);
    expect(small.data).toBeLessThanOrEqual(6);
  });

  test('the 10,000-row plan really is bigger: more findings and more cells filled', () => {
    const sizes = [10, 10_000].map((rows) => {
      const { gs } = setup(rows);
      const v = ok<{ findings: unknown[] }>(gs.lampiranValidate(ID));
      const p = ok<{ writes: unknown[] }>(gs.lampiranPreviewFill(FILL));
      return { findings: v.findings.length, writes: p.writes.length };
    });
    expect(sizes[1]!.findings).toBeGreaterThan(sizes[0]!.findings * 100);
    expect(sizes[1]!.writes).toBeGreaterThan(sizes[0]!.writes * 100);
  });
});

describe('highlights as conditional-format rules', () => {
  function withUserFormatting(sheet: FakeSheet): void {
    sheet.addUserRule({
      ranges: ['A1:B20'],
      criteria: 'TEXT_CONTAINS',
      values: ['SDM'],
      background: '#00FF00',
    });
    sheet.addUserRule({
      ranges: ['E5:E30', 'G5:G30'],
      criteria: 'CUSTOM_FORMULA',
      values: ['=LEN(E5)>100'],
      background: '#FF00FF',
    });
    sheet.addUserRule({ ranges: ['F5:Q30'], criteria: '', values: [], background: null, gradient: true });
    // E9 is flagged (missing indicator): its note must survive.
    sheet.notes.set('E9', 'catatan pengguna: indikator menyusul');
    sheet.notes.set('B6', 'catatan lain');
  }

  test('user rules are kept in order, ours replaced on re-validation, and clear restores the sheet exactly', () => {
    const { gas, gs, sheet } = setup();
    withUserFormatting(sheet);
    const before = sheet.snapshot();
    const userRules = structuredClone(sheet.rules);

    const first = ok<{ highlighted: number; findings: { range: string | null }[] }>(gs.lampiranValidate(ID));
    expect(first.highlighted).toBeGreaterThan(0);
    const ours = sheet.rules.filter((r) => OUR_FORMULA.test(String(r.values[0])));
    expect(ours.length).toBeGreaterThan(0);
    expect(sheet.rules.filter((r) => !OUR_FORMULA.test(String(r.values[0])))).toEqual(userRules);
    // The flagged cell E9 is covered by one of our rules.
    expect(
      ours.some((r) => r.ranges.some((x) => x.top <= 9 && x.bottom >= 9 && x.left <= 5 && x.right >= 5)),
    ).toBe(true);

    const afterFirst = structuredClone(sheet.rules);
    ok(gs.lampiranValidate(ID));
    expect(sheet.rules).toEqual(afterFirst);

    // Validation never changes a value, a note or a merge.
    const mid = sheet.snapshot() as Record<string, unknown>;
    const b = before as Record<string, unknown>;
    expect([mid.values, mid.notes, mid.merges, mid.backgrounds]).toEqual([
      b.values,
      b.notes,
      b.merges,
      b.backgrounds,
    ]);

    ok(gs.lampiranClearHighlights('id'));
    expect(sheet.snapshot()).toEqual(before);
    expect(sheet.rules).toEqual(userRules);
    expect(gas.calls.some((c) => /^Range(List)?\.(setNote|clearNote|setBackground)$/.test(c.name))).toBe(
      false,
    );
  });

  test('a clean re-validation removes old highlights', () => {
    const { gs, sheet } = setup();
    ok(gs.lampiranValidate(ID));
    expect(sheet.rules.length).toBeGreaterThan(0);
    // Ignore everything: nothing left to paint, and the old rules go.
    const all = ok<{ findings: { key: string }[] }>(gs.lampiranValidate(ID)).findings;
    for (const f of all) ok(gs.lampiranSetIgnored('Lampiran', f.key, true, ID));
    expect(sheet.rules).toEqual([]);
  });
});

describe('fill months and undo', () => {
  test('writes only empty month cells of planned rows; undo restores them', () => {
    const { gs, sheet } = setup(30);
    // A mark already present on a triwulanan row (subset of the rule): kept, not rewritten.
    sheet.put(7, 8, '√');
    sheet.notes.set('K7', 'catatan');
    const before = sheet.snapshot() as { values: unknown[][] };
    const preview = ok<{
      writes: { cell: string; row: number; column: number; value: string }[];
      skipped: unknown[];
    }>(gs.lampiranPreviewFill(FILL));
    expect(preview.writes.length).toBeGreaterThan(0);
    expect(preview.writes.some((w) => w.cell === 'H7')).toBe(false);
    for (const w of preview.writes) expect(sheet.cell(w.row, w.column)).toBe('');

    const done = ok<{ cells: number; stale: boolean }>(
      gs.lampiranApplyFill(
        FILL,
        'Lampiran',
        preview.writes.map((w) => w.cell),
      ),
    );
    expect(done).toMatchObject({ cells: preview.writes.length, stale: false });
    const written = new Set(preview.writes.map((w) => `${w.row}:${w.column}`));
    const after = sheet.snapshot() as { values: unknown[][] };
    const height = Math.max(before.values.length, after.values.length);
    for (let r = 0; r < height; r++) {
      for (let c = 0; c < 20; c++) {
        const was = before.values[r]?.[c] ?? '';
        const now = after.values[r]?.[c] ?? '';
        if (written.has(`${r + 1}:${c + 1}`)) {
          expect(was).toBe('');
          expect(now).toBe('√');
        } else expect(now).toBe(was);
      }
    }
    expect(plain(gs.lampiranUndoInfo('id'))).toEqual({
      ok: true,
      value: { sheet: 'Lampiran', cells: preview.writes.length },
    });

    expect(ok(gs.lampiranUndoFill('id'))).toBe(preview.writes.length);
    expect(sheet.snapshot()).toEqual(before);
    expect(failure(gs.lampiranUndoFill('id'))).toBe(t('error.nothingToUndo', 'id'));
  });

  test('undo keeps a cell the user edited after the fill', () => {
    const { gs, sheet } = setup();
    const preview = ok<{ writes: { cell: string; row: number; column: number }[] }>(
      gs.lampiranPreviewFill(FILL),
    );
    ok(
      gs.lampiranApplyFill(
        FILL,
        'Lampiran',
        preview.writes.map((w) => w.cell),
      ),
    );
    const edited = preview.writes[0]!;
    sheet.put(edited.row, edited.column, 'x');
    expect(ok(gs.lampiranUndoFill('id'))).toBe(preview.writes.length - 1);
    expect(sheet.cell(edited.row, edited.column)).toBe('x');
  });

  test('a cell filled by someone between preview and apply is not overwritten', () => {
    const { gs, sheet } = setup();
    const preview = ok<{ writes: { cell: string; row: number; column: number }[] }>(
      gs.lampiranPreviewFill(FILL),
    );
    const taken = preview.writes[1]!;
    sheet.put(taken.row, taken.column, 'v');
    const done = ok<{ cells: number; stale: boolean }>(
      gs.lampiranApplyFill(
        FILL,
        'Lampiran',
        preview.writes.map((w) => w.cell),
      ),
    );
    expect(sheet.cell(taken.row, taken.column)).toBe('v');
    expect(done.stale).toBe(true);
    expect(done.cells).toBeLessThan(preview.writes.length);
  });

  test('an explicit rule applies to the selected rows (KET rules still apply elsewhere)', () => {
    const { gs, sheet } = setup();
    // Row 8 has December marked and no KET; "semesteran" asks for June and December.
    sheet.activeRange = 'A8:R8';
    const preview = ok<{
      writes: { row: number; column: number; rule: string; source: string }[];
      selectedRows: number[];
    }>(gs.lampiranPreviewFill({ ...FILL, rule: 'semesteran' }));
    expect(preview.selectedRows).toEqual([8]);
    expect(preview.writes.filter((w) => w.row === 8)).toEqual([
      expect.objectContaining({ column: 11, source: 'option' }),
    ]);
    const without = ok<{ writes: { row: number }[] }>(gs.lampiranPreviewFill(FILL));
    expect(without.writes.some((w) => w.row === 8)).toBe(false);
    sheet.activeRange = null;
    expect(failure(gs.lampiranPreviewFill({ ...FILL, rule: 'semesteran' }))).toMatch(/Pilih/);
  });

  test('10,000 rows of undo data fit in chunked document properties (each value ≤ 9 KB)', () => {
    const { gas, gs } = setup(10_000);
    const preview = ok<{ writes: { cell: string }[] }>(gs.lampiranPreviewFill(FILL));
    ok(
      gs.lampiranApplyFill(
        FILL,
        'Lampiran',
        preview.writes.map((w) => w.cell),
      ),
    );
    const values = [...gas.properties.data.values()];
    expect(values.length).toBeGreaterThan(1);
    for (const v of values) expect(Buffer.byteLength(v)).toBeLessThanOrEqual(9 * 1024);
    expect(ok(gs.lampiranUndoFill('id'))).toBe(preview.writes.length);
  });
});

describe('failures write nothing and say why', () => {
  type Case = {
    name: string;
    arrange: (gas: FakeGas, sheet: FakeSheet) => void;
    message: string | RegExp;
  };
  const cases: Case[] = [
    {
      name: 'lock timeout',
      arrange: (gas) => (gas.lockAvailable = false),
      message: t('error.lockNotAcquired', 'id'),
    },
    {
      name: 'protected month cells',
      arrange: (_gas, sheet) => sheet.protect('F1:Q200'),
      message: t('error.sheetProtected', 'id'),
    },
    {
      name: 'quota on the write',
      arrange: (gas) => gas.failNext('RangeList.setValue', QUOTA_MESSAGE),
      message: t('error.quotaExceeded', 'id'),
    },
    {
      name: 'quota on the read',
      arrange: (gas) => gas.failNext('Range.getValues', QUOTA_MESSAGE),
      message: t('error.quotaExceeded', 'id'),
    },
    {
      name: 'undo data cannot be saved (quota): the write is reverted',
      arrange: (gas) => gas.failNext('Properties.setProperties', QUOTA_MESSAGE),
      message: /Data urungkan tidak dapat disimpan/,
    },
    {
      name: 'property store nearly full: the write is reverted',
      arrange: (gas) => {
        for (let i = 0; i < 60; i++) gas.properties.data.set(`other.${i}`, 'x'.repeat(8000));
      },
      message: /terlalu besar untuk dapat diurungkan/,
    },
  ];

  test.each(cases)('fill: $name', ({ arrange, message }) => {
    const { gas, gs, sheet } = setup();
    const preview = ok<{ writes: { cell: string }[] }>(gs.lampiranPreviewFill(FILL));
    const before = sheet.snapshot();
    const props = new Map(gas.properties.data);
    arrange(gas, sheet);
    const text = failure(
      gs.lampiranApplyFill(
        FILL,
        'Lampiran',
        preview.writes.map((w) => w.cell),
      ),
    );
    if (typeof message === 'string') expect(text).toBe(message);
    else expect(text).toMatch(message);
    expect(text).not.toMatch(/\n|at .*\.js|Error:/);
    expect(sheet.snapshot()).toEqual(before);
    expect(gas.properties.data.has('lampiran.undo')).toBe(false);
    for (const [k, v] of props) expect(gas.properties.data.get(k)).toBe(v);
    expect(gas.lockHeld).toBe(false);
  });

  test.each([
    ['lock timeout', (gas: FakeGas) => (gas.lockAvailable = false), t('error.lockNotAcquired', 'id')],
    [
      'protected sheet',
      (_g: FakeGas, sheet: FakeSheet) => sheet.protect('A1:Z500'),
      t('error.sheetProtected', 'id'),
    ],
    [
      'quota',
      (gas: FakeGas) => gas.failNext('Sheet.setConditionalFormatRules', QUOTA_MESSAGE),
      t('error.quotaExceeded', 'id'),
    ],
  ] as const)(
    'validate with %s: findings shown, highlights not written, message given',
    (_n, arrange, message) => {
      const { gas, gs, sheet } = setup();
      sheet.addUserRule({
        ranges: ['A1:B3'],
        criteria: 'TEXT_CONTAINS',
        values: ['x'],
        background: '#00FF00',
      });
      const before = sheet.snapshot();
      arrange(gas, sheet);
      const r = ok<{ findings: unknown[]; highlighted: number; highlightError: string }>(
        gs.lampiranValidate(ID),
      );
      expect(r.findings.length).toBeGreaterThan(0);
      expect(r.highlighted).toBe(0);
      expect(r.highlightError).toContain(message);
      expect(sheet.snapshot()).toEqual(before);
    },
  );

  test('clear highlights on a protected sheet: message, rules untouched', () => {
    const { gs, sheet } = setup();
    ok(gs.lampiranValidate(ID));
    const rules = structuredClone(sheet.rules);
    sheet.protect('A1:Z500');
    expect(failure(gs.lampiranClearHighlights('id'))).toBe(t('error.sheetProtected', 'id'));
    expect(sheet.rules).toEqual(rules);
  });

  test('messages follow the language asked for', () => {
    const { gas, gs } = setup();
    gas.lockAvailable = false;
    expect(failure(gs.lampiranClearHighlights('en'))).toBe(t('error.lockNotAcquired', 'en'));
  });

  test('an unexpected exception becomes a one-line message with a code, not a stack trace', () => {
    const { gas, gs } = setup();
    gas.failNext(
      'Range.getValues',
      'Exception: Service Spreadsheets failed while accessing document with id 1abc.',
    );
    const text = failure(gs.lampiranValidate(ID));
    expect(text).toMatch(/^Terjadi kesalahan tak terduga \(kode GS-[0-9A-Z]+\)/);
  });
});

describe('ignore, click-through, template, menu actions', () => {
  test('an ignored finding is remembered per sheet in DocumentProperties and left unpainted', () => {
    const { gas, gs, sheet } = setup();
    const first = ok<{
      findings: { key: string; range: string | null; severity: string }[];
      summary: { errors: number };
    }>(gs.lampiranValidate(ID));
    const unique = (f: { range: string | null }) =>
      first.findings.filter((g) => g.range === f.range).length === 1;
    const target = first.findings.find((f) => f.severity === 'error' && f.range && unique(f))!;
    const rect = parseA1Range(target.range!)!;
    const painted = () =>
      sheet.rules.some((r) =>
        r.ranges.some(
          (x) =>
            x.top === rect.row &&
            x.left === rect.column &&
            x.bottom === rect.endRow &&
            x.right === rect.endColumn,
        ),
      );
    expect(painted()).toBe(true);
    const after = ok<{ ignored: string[]; summary: { errors: number } }>(
      gs.lampiranSetIgnored('Lampiran', target.key, true, ID),
    );
    expect(painted()).toBe(false);
    expect(after.ignored).toEqual([target.key]);
    expect(after.summary.errors).toBe(first.summary.errors - 1);
    expect(JSON.parse(gas.properties.data.get('lampiran.ignored.0')!)).toEqual([`Lampiran!${target.key}`]);
    // Still ignored on a fresh validation, and not on another sheet of the same name-less key.
    const again = ok<{ ignored: string[] }>(gs.lampiranValidate(ID));
    expect(again.ignored).toEqual([target.key]);
    const other = gas.spreadsheet.addSheet('Lain');
    other.load(generatedPlan(10).values);
    gas.spreadsheet.active = other;
    expect(ok<{ ignored: string[] }>(gs.lampiranValidate(ID)).ignored).toEqual([]);
  });

  test('a click activates the finding range on its sheet', () => {
    const { gas, gs, sheet } = setup();
    const other = gas.spreadsheet.addSheet('Lain');
    gas.spreadsheet.active = other;
    expect(ok(gs.lampiranActivate('Lampiran', 'F7:Q7', 'id'))).toBe('F7:Q7');
    expect(sheet.activeRange).toBe('F7:Q7');
    expect(gas.spreadsheet.active).toBe(sheet);
    expect(failure(gs.lampiranActivate('Hilang', 'A1', 'id'))).toBe(
      'Lembar “Hilang” tidak ditemukan lagi. Mungkin sudah dihapus atau diganti namanya.',
    );
  });

  test('insert template: a new active sheet, named uniquely; a failure leaves no half-built sheet', () => {
    const { gas, gs } = setup();
    const name = ok<string>(gs.lampiranInsertTemplate({ lang: 'id', kind: 'zi', year: 2025 }));
    expect(name).toBe('Lampiran ZI 2025');
    const sheet = gas.spreadsheet.active;
    expect(sheet.name).toBe(name);
    expect(String(sheet.cell(1, 1))).toMatch(/ZONA INTEGRITAS/);
    expect(sheet.merges.length).toBeGreaterThan(0);
    expect(sheet.frozenRows).toBeGreaterThan(0);
    expect(sheet.validations.length).toBe(1);
    expect(ok<string>(gs.lampiranInsertTemplate({ lang: 'id', kind: 'zi', year: 2025 }))).toBe(
      'Lampiran ZI 2025 (2)',
    );
    const count = gas.spreadsheet.sheets.length;
    gas.failNext('Range.setValues', QUOTA_MESSAGE);
    expect(failure(gs.lampiranInsertTemplate({ lang: 'en', kind: 'rb', year: 2025 }))).toMatch(
      /^The template could not be inserted: The Google usage quota/,
    );
    expect(gas.spreadsheet.sheets.length).toBe(count);
  });

  test('menu "Validasi lampiran" paints and opens the sidebar with the findings inlined as JSON, not markup', () => {
    const { gas, gs, sheet } = setup();
    sheet.put(7, 4, '<img src=x onerror=window.__pwned=1>');
    gas.locale = 'en_GB';
    gs.validateLampiran();
    expect(gas.sidebars).toHaveLength(1);
    const html = gas.sidebars[0]!.html;
    expect(gas.sidebars[0]!.title).toBe(t('app.name', 'en'));
    const m = /<script type="application\/json" id="lampiran-boot">([\s\S]*?)<\/script>/.exec(html);
    expect(m).not.toBeNull();
    expect(m![1]).not.toContain('<img');
    const boot = JSON.parse(m![1]!) as {
      lang: string;
      result: { findings: { data: Record<string, string> }[] };
    };
    expect(boot.lang).toBe('en');
    expect(
      boot.result.findings.some((f) => Object.values(f.data).some((v) => String(v).includes('<img src=x'))),
    ).toBe(true);
    expect(sheet.rules.length).toBeGreaterThan(0);
  });

  test('menu "Hapus sorotan" clears and confirms with a toast; a failure is an alert', () => {
    const { gas, gs, sheet } = setup();
    ok(gs.lampiranValidate(ID));
    gs.clearHighlights();
    expect(sheet.rules).toEqual([]);
    expect(gas.toasts).toEqual([t('status.highlightsCleared', 'id')]);
    gas.lockAvailable = false;
    gs.clearHighlights();
    expect(gas.alerts).toEqual([t('error.lockNotAcquired', 'id')]);
  });

  test('menu "Validasi lampiran" on a busy document still shows findings and says highlights failed', () => {
    const { gas, gs } = setup();
    gas.lockAvailable = false;
    gs.validateLampiran();
    const html = gas.sidebars[0]!.html;
    expect(html).toContain(
      JSON.stringify(t('error.lockNotAcquired', 'id')).slice(1, -1).replace(/</g, '\\u003c'),
    );
  });
});

describe('bad input gets a result, never an exception', () => {
  const sheets: [string, unknown[][]][] = [
    ['an empty sheet', []],
    [
      'a grid of numbers',
      Array.from({ length: 30 }, (_, i) => Array.from({ length: 18 }, (_, j) => i * 18 + j)),
    ],
    [
      'dates and booleans',
      Array.from({ length: 20 }, (_, i) => [new Date(2024, i % 12, 1), true, false, 'x']),
    ],
    [
      'formula errors',
      [
        ['#REF!', '#N/A', '#VALUE!'],
        ['#DIV/0!', '', '#NAME?'],
      ],
    ],
  ];

  test.each(sheets)('%s: validate answers with no-grid and writes nothing', (_name, values) => {
    const { gas, gs } = harness();
    const sheet = gas.spreadsheet.active;
    sheet.load(values);
    sheet.addUserRule({ ranges: ['A1:C3'], criteria: 'TEXT_CONTAINS', values: ['x'], background: '#00FF00' });
    const before = sheet.snapshot();
    const r = ok<{ findings: { rule: string }[]; grid: unknown; highlighted: number }>(
      gs.lampiranValidate(ID),
    );
    expect(r.grid).toBeNull();
    expect(r.findings.map((f) => f.rule)).toEqual(['no-grid']);
    expect(r.highlighted).toBe(0);
    expect(sheet.snapshot()).toEqual(before);
    expect(ok<{ writes: unknown[] }>(gs.lampiranPreviewFill(FILL)).writes).toEqual([]);
  });

  test('a date in a month cell is read as ISO text (reported as an invalid mark, not a crash)', () => {
    const { gs, sheet } = setup();
    sheet.put(6, 7, new Date(2024, 1, 3));
    const r = ok<{ findings: { rule: string; cell: string; data: Record<string, string> }[] }>(
      gs.lampiranValidate(ID),
    );
    const f = r.findings.find((x) => x.cell === 'G6');
    expect(f?.rule).toBe('invalid-mark');
    expect(f?.data.value).toBe('2024-02-03');
  });

  test('apply on another sheet than the preview: a clear message, nothing written', () => {
    const { gas, gs, sheet } = setup();
    const preview = ok<{ writes: { cell: string }[] }>(gs.lampiranPreviewFill(FILL));
    const other = gas.spreadsheet.addSheet('Lain');
    other.load(generatedPlan(10).values);
    gas.spreadsheet.active = other;
    const before = [sheet.snapshot(), other.snapshot()];
    expect(
      failure(
        gs.lampiranApplyFill(
          FILL,
          'Lampiran',
          preview.writes.map((w) => w.cell),
        ),
      ),
    ).toBe('Pratinjau dibuat untuk lembar “Lampiran”. Buka lembar itu, buat pratinjau lagi, lalu terapkan.');
    expect([sheet.snapshot(), other.snapshot()]).toEqual(before);
  });
});
