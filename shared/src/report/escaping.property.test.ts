import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report.js';
import { renderCsv, spreadsheetText } from './render-csv.js';
import { renderJson } from './render-json.js';
import { escapeMarkdown } from './render-markdown.js';
import { plainText } from './render-text.js';
import { finding, resultOf } from './test-fixtures.js';

interface PapaResult {
  data: string[][];
  errors: unknown[];
}
const papaName = 'papaparse';
const Papa = ((await import(papaName)) as { default: { parse(text: string, config: object): PapaResult } })
  .default;

// Strings biased towards the characters the escapers care about.
const nasty = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '<',
      '>',
      '&',
      '|',
      '`',
      '\\',
      '*',
      '_',
      '[',
      ']',
      '"',
      ',',
      ';',
      '=',
      '+',
      '-',
      '@',
      '\n',
      '\r',
      '\t',
      '\u001b',
      '\u202e',
      ' ',
    ),
    fc.string({ minLength: 1, maxLength: 1 }),
  ),
  maxLength: 40,
});

describe('escaping holds for any cell text', () => {
  it('Markdown: no raw HTML, no unescaped pipe, no line break', () => {
    fc.assert(
      fc.property(nasty, (s) => {
        const out = escapeMarkdown(s);
        expect(out.replace(/<br>/g, '')).not.toMatch(/[<>`\n\r]/);
        // A pipe splits the table unless an odd number of backslashes precedes it.
        expect(out).not.toMatch(/(^|[^\\])(\\\\)*\|/);
      }),
      { numRuns: 300 },
    );
  });

  it('text: one line without control or bidi characters', () => {
    fc.assert(
      fc.property(nasty, (s) => {
        expect(plainText(s)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      }),
      { numRuns: 300 },
    );
  });

  it('CSV: papaparse reads back exactly the spreadsheet-safe text', () => {
    fc.assert(
      fc.property(nasty, nasty, (activity, suggestion) => {
        const report = buildReport(
          resultOf([
            finding('missing-indicator', 'error', { row: 10, column: 5 }, { data: { activity }, suggestion }),
          ]),
          { source: activity, sheet: suggestion, lang: 'id' },
        );
        const parsed = Papa.parse(renderCsv(report, 'id'), { delimiter: ',', skipEmptyLines: false });
        expect(parsed.errors).toEqual([]);
        const row = parsed.data[1]!;
        expect(row[0]).toBe(spreadsheetText(activity));
        expect(row[1]).toBe(spreadsheetText(suggestion));
        expect(row[8]).toBe(spreadsheetText(report.findings[0]!.message));
        expect(row[9]).toBe(spreadsheetText(suggestion));
      }),
      { numRuns: 200 },
    );
  });

  it('JSON: parses back to the same report with no raw < > &', () => {
    fc.assert(
      fc.property(nasty, (s) => {
        const report = buildReport(
          resultOf([finding('unknown-area', 'warning', { row: 9, column: 2 }, { data: { text: s } })]),
          {
            source: s,
            sheet: s,
            lang: 'en',
          },
        );
        const json = renderJson(report, 'en');
        expect(JSON.parse(json)).toEqual(report);
        expect(json).not.toMatch(/[<>&]/);
      }),
      { numRuns: 200 },
    );
  });
});
