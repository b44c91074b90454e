// Hand-built findings and results for the report tests (no validate() needed).
import { a1, a1Range } from '../a1.js';
import type {
  Finding,
  GridInfo,
  MessageData,
  RuleId,
  Severity,
  Summary,
  ValidationResult,
} from '../types.js';

export function finding(
  rule: RuleId,
  severity: Severity,
  at: { row: number; column: number; endRow?: number; endColumn?: number } | null,
  extra: { messageId?: string; data?: MessageData; suggestion?: string | null; area?: string | null } = {},
): Finding {
  const range = at ? a1Range(at.row, at.column, at.endRow ?? at.row, at.endColumn ?? at.column) : null;
  return {
    rule,
    severity,
    messageId: extra.messageId ?? rule,
    data: extra.data ?? {},
    row: at?.row ?? null,
    column: at?.column ?? null,
    cell: at ? a1(at.row, at.column) : null,
    range,
    endRow: at ? (at.endRow ?? at.row) : null,
    endColumn: at ? (at.endColumn ?? at.column) : null,
    suggestion: extra.suggestion ?? null,
    area: extra.area ?? null,
    key: `${rule}@${range ?? '-'}`,
  };
}

export const GRID: GridInfo = {
  range: 'A5:R25',
  headerRow: 5,
  firstHeaderRow: 5,
  monthHeaderRow: 6,
  columnNumberRow: 7,
  firstDataRow: 8,
  lastDataRow: 25,
  columns: 18,
  firstColumn: 1,
  kind: 'rb',
  year: 2025,
  cols: {
    no: 1,
    area: 2,
    kegiatan: 3,
    subKegiatan: 4,
    indikator: 5,
    months: [6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17],
    ket: 18,
  },
  repeatedHeaderRows: [],
};

export function resultOf(
  findings: Finding[],
  grid: GridInfo | null = GRID,
  counts: Partial<Summary> = {},
): ValidationResult {
  return {
    grid,
    plan: null,
    findings,
    summary: {
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      infos: findings.filter((f) => f.severity === 'info').length,
      activities: 14,
      withIndicator: 13,
      scheduled: 10,
      ...counts,
    },
  };
}

/** Cell text written by someone hostile or careless: HTML, formulas, pipes, newlines, escapes. */
export const HOSTILE = {
  html: '<img src=x onerror=alert(1)>',
  formula: '=HYPERLINK("http://evil.example","klik")',
  pipe: 'Rapat | koordinasi',
  newline: 'Baris satu\nBaris dua',
  backtick: 'kode `rm -rf` di sini',
  ansi: 'warna \u001b[2J\u001b[31mmerah',
  markdownLink: '[klik](javascript:alert(1))',
} as const;

export function hostileResult(): ValidationResult {
  return resultOf([
    finding('missing-area', 'warning', null, { data: { area: 'Penguatan Pengawasan', kind: 'RB' } }),
    finding(
      'missing-indicator',
      'error',
      { row: 10, column: 5 },
      { data: { activity: HOSTILE.html }, area: 'Manajemen Perubahan' },
    ),
    finding(
      'unknown-area',
      'warning',
      { row: 12, column: 2 },
      {
        messageId: 'unknown-area.suggest',
        data: { text: HOSTILE.pipe, suggestion: 'Penataan Tatalaksana' },
        suggestion: HOSTILE.formula,
      },
    ),
    finding(
      'extra-cell',
      'warning',
      { row: 13, column: 19 },
      { data: { value: HOSTILE.newline, lastColumn: 'R' } },
    ),
    finding(
      'shifted-row',
      'warning',
      { row: 14, column: 6, endColumn: 17 },
      { data: { value: HOSTILE.backtick } },
    ),
    finding('invalid-mark', 'warning', { row: 15, column: 7 }, { data: { value: HOSTILE.ansi, month: 2 } }),
    finding(
      'markup',
      'info',
      { row: 16, column: 4 },
      { data: { tag: HOSTILE.markdownLink }, suggestion: '@SUM(A1)' },
    ),
  ]);
}
