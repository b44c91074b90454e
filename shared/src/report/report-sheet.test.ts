import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report.js';
import { reportSheetOf } from './report-sheet.js';
import { hostileResult } from './test-fixtures.js';

describe('reportSheetOf', () => {
  const report = buildReport(hostileResult(), { source: '=evil()', sheet: 'Lampiran', lang: 'id' });

  it('lays out a title block and one row per finding, every row the same width', () => {
    const sheet = reportSheetOf(report, 'id');
    expect(sheet.name).toBe('Laporan Validasi');
    expect(sheet.values[0]![0]).toBe('Laporan Validasi Lampiran');
    expect(sheet.values[sheet.headerRow - 1]).toEqual(['Tingkat', 'Sel', 'Aturan', 'Pesan', 'Saran']);
    expect(sheet.values).toHaveLength(sheet.headerRow + report.findings.length);
    for (const row of sheet.values) expect(row).toHaveLength(sheet.columns);
    expect(sheet.values[sheet.firstFindingRow]).toEqual([
      'Kesalahan',
      'E10',
      'missing-indicator',
      'Kegiatan tanpa indikator keberhasilan: “<img src=x onerror=alert(1)>”',
      null,
    ]);
    expect(sheet.values[sheet.firstFindingRow - 1]![1]).toBeNull();
    expect(reportSheetOf(report, 'en').name).toBe('Validation Report');
  });

  it('never hands a host a string that it would run as a formula', () => {
    const sheet = reportSheetOf(report, 'en');
    expect(sheet.values[1]).toEqual(['File', "'=evil()", null, null, null]);
    for (const row of sheet.values) {
      for (const v of row) if (typeof v === 'string') expect(v).not.toMatch(/^[=+\-@]/);
    }
  });
});
