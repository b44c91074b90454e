// SPEC §12: validating a 10,000-row grid takes less than 3× a bare pass that reads every cell
// once. The bare pass builds the SheetView and reads each cell's text through it, which is the
// least any check needs. Runs are interleaved and compared by median so that load on a shared
// CI machine slows both sides alike.
import { describe, expect, it } from 'vitest';
import type { CellValue } from './types.js';
import { sheetViewOf } from './sheet-view.js';
import { validate } from './validate.js';
import { dataRow, lampiran } from '../../test/helpers/lampiran-grid.js';

function bigSheet(rows: number) {
  const areas = [
    'Manajemen Perubahan',
    'Deregulasi Kebijakan',
    'Penataan Tatalaksana',
    'Penguatan Pengawasan',
  ];
  const data: CellValue[][] = [];
  const perArea = rows / areas.length;
  for (let i = 0; i < rows; i++) {
    if (i % perArea === 0)
      data.push(
        dataRow(
          String(i / perArea + 1),
          areas[i / perArea]!,
          '1. Kegiatan',
          '1) Sub',
          'Indikator',
          [3, 6, 9, 12],
          'triwulanan',
        ),
      );
    else if (i % 10 === 0)
      data.push(
        dataRow(
          null,
          null,
          `${((i / 10) % 50) + 1}. Kegiatan ${i}`,
          '1) Sub kegiatan',
          'Indikator',
          [1, 2, 3],
          'triwulanan',
        ),
      );
    // A few defects, as in real sheets: a missing indicator, a stray dash in a month cell.
    else
      data.push(
        dataRow(
          null,
          null,
          null,
          `${(i % 10) + 1}) Sub kegiatan ${i}`,
          i % 53 ? 'Indikator' : null,
          i % 97 ? [(i % 12) + 1] : { 2: '-' },
        ),
      );
  }
  return lampiran(data);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

// SPEC §12 asks for ≤ 3×, and `npm run bench` checks exactly that (1.9–2.9× over 22 runs, see
// bench/RESULTS.md). This test runs beside the rest of the suite on a loaded machine with a short
// warm-up, where it measures about 2.3×; its limit is a regression guard with room for that load.
const GUARD_RATIO = 4;

describe('validate speed (SPEC §12)', () => {
  it(`a 10,000-row grid validates within ${GUARD_RATIO}× a bare read of every cell (target 3×)`, () => {
    const sheet = bigSheet(10_000);
    let sink = 0;
    const bare = () => {
      const view = sheetViewOf(sheet);
      for (let r = view.firstRow; r <= view.lastRow; r++)
        for (let c = view.firstColumn; c <= view.lastColumn; c++) sink += view.text(r, c).length;
    };
    const full = () => {
      sink += validate(sheet, { currentYear: 2024 }).findings.length;
    };
    const time = (f: () => void) => {
      const t = performance.now();
      f();
      return performance.now() - t;
    };
    // The same interleaved warm-up for both sides, so each reaches JIT steady state (bench/core.ts
    // does the same).
    for (let i = 0; i < 10; i++) {
      bare();
      full();
    }
    const bareTimes: number[] = [];
    const fullTimes: number[] = [];
    for (let i = 0; i < 11; i++) {
      bareTimes.push(time(bare));
      fullTimes.push(time(full));
    }
    const ratio = median(fullTimes) / median(bareTimes);
    expect(sink).toBeGreaterThan(0);
    expect(validate(sheet, { currentYear: 2024 }).summary.activities).toBe(10_000);
    expect(
      ratio,
      `validate ${median(fullTimes).toFixed(1)} ms vs bare ${median(bareTimes).toFixed(1)} ms`,
    ).toBeLessThan(GUARD_RATIO);
  });
});
