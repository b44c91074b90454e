import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report.js';
import { finding, resultOf } from './test-fixtures.js';

describe('buildReport', () => {
  const result = resultOf([
    finding('missing-area', 'warning', null, { data: { area: 'Penguatan Pengawasan', kind: 'RB' } }),
    finding('missing-indicator', 'error', { row: 10, column: 5 }, { data: { activity: 'Penyusunan SOP' } }),
    finding(
      'unscheduled',
      'error',
      { row: 11, column: 6, endColumn: 17 },
      { data: { activity: 'Sosialisasi' } },
    ),
    finding(
      'unknown-area',
      'warning',
      { row: 12, column: 2 },
      {
        messageId: 'unknown-area.suggest',
        data: { text: 'Tatalaksna', suggestion: 'Penataan Tatalaksana' },
        suggestion: 'Penataan Tatalaksana',
      },
    ),
  ]);

  it('has exactly the JSON shape of SPEC §9', () => {
    const report = buildReport(result, { source: 'lampiran.xlsx', sheet: 'Lampiran', lang: 'id' });
    expect(Object.keys(report)).toEqual(['version', 'source', 'sheet', 'grid', 'findings', 'summary']);
    expect(report.version).toBe(1);
    expect(report.grid).toEqual({
      range: 'A5:R25',
      headerRow: 5,
      firstDataRow: 8,
      lastDataRow: 25,
      columns: 18,
      kind: 'rb',
      year: 2025,
    });
    expect(Object.keys(report.grid!)).toEqual([
      'range',
      'headerRow',
      'firstDataRow',
      'lastDataRow',
      'columns',
      'kind',
      'year',
    ]);
    expect(report.summary).toEqual({
      errors: 2,
      warnings: 2,
      infos: 0,
      activities: 14,
      withIndicator: 13,
      scheduled: 10,
    });
    expect(Object.keys(report.summary)).toEqual([
      'errors',
      'warnings',
      'infos',
      'activities',
      'withIndicator',
      'scheduled',
    ]);
    expect(report.findings[1]).toEqual({
      rule: 'missing-indicator',
      severity: 'error',
      cell: 'E10',
      row: 10,
      column: 5,
      range: 'E10',
      message: 'Kegiatan tanpa indikator keberhasilan: “Penyusunan SOP”',
      suggestion: null,
    });
    for (const f of report.findings) {
      expect(Object.keys(f)).toEqual([
        'rule',
        'severity',
        'cell',
        'row',
        'column',
        'range',
        'message',
        'suggestion',
      ]);
    }
    expect(report.findings[2]).toMatchObject({ cell: 'F11', range: 'F11:Q11', row: 11, column: 6 });
    expect(report.findings[3]!.suggestion).toBe('Penataan Tatalaksana');
  });

  it('writes null position fields for a position-less finding, also through JSON', () => {
    const report = buildReport(result, { source: 'a.xlsx', sheet: 'S', lang: 'en' });
    const parsed = JSON.parse(JSON.stringify(report)) as typeof report;
    expect(parsed.findings[0]).toEqual({
      rule: 'missing-area',
      severity: 'warning',
      cell: null,
      row: null,
      column: null,
      range: null,
      message: 'The RB area of change “Penguatan Pengawasan” is missing from the lampiran',
      suggestion: null,
    });
  });

  it('has grid null and a no-grid finding when no grid was found', () => {
    const report = buildReport(
      resultOf([finding('no-grid', 'error', null)], null, { activities: 0, withIndicator: 0, scheduled: 0 }),
      {
        source: 'kosong.csv',
        sheet: 'kosong',
        lang: 'id',
      },
    );
    expect(report.grid).toBeNull();
    expect(JSON.parse(JSON.stringify(report)).grid).toBeNull();
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      rule: 'no-grid',
      cell: null,
      row: null,
      column: null,
      range: null,
    });
    expect(report.findings[0]!.message).toMatch(/^Tabel lampiran tidak ditemukan/);
  });

  it('renders messages in the requested language and keeps finding order', () => {
    const id = buildReport(result, { source: 'x', sheet: 'y', lang: 'id' });
    const en = buildReport(result, { source: 'x', sheet: 'y', lang: 'en' });
    expect(id.findings.map((f) => f.rule)).toEqual(result.findings.map((f) => f.rule));
    expect(en.findings[3]!.message).toBe(
      'Unknown area of change: “Tatalaksna” — did you mean “Penataan Tatalaksana”?',
    );
    expect(id.findings[3]!.message).toBe(
      'Nama area perubahan tidak dikenal: “Tatalaksna” — mungkin maksudnya “Penataan Tatalaksana”',
    );
  });
});
