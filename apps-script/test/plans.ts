// Generated lampiran sheets of any size for the adapter tests: the same shape at 10 and at
// 10,000 rows, with defects (missing indicators, a markup cell) and rows to fill (KET "triwulanan").
import type { CellValue, SheetInput } from '../../shared/src/types.js';
import { dataRow, lampiran, RB_AREAS } from '../../test/helpers/lampiran-grid.js';

const AREAS = RB_AREAS;

/** `rows` data rows spread over the eight RB areas; every third row is empty with KET triwulanan. */
export function generatedPlan(rows: number, extra: { markup?: string } = {}): SheetInput {
  const per = Math.max(1, Math.ceil(rows / AREAS.length));
  const out: CellValue[][] = [];
  for (let i = 0; i < rows; i++) {
    const area = Math.floor(i / per);
    const first = i % per === 0;
    const sub = (i % per) + 1;
    const indikator = i % 7 === 3 ? null : `Dokumen ${i + 1}`;
    const kind = i % 3;
    out.push(
      dataRow(
        first ? String(area + 1) : null,
        first ? (AREAS[area] ?? AREAS[AREAS.length - 1]!) : null,
        first ? '1. Kegiatan utama' : null,
        i === 1 && extra.markup ? extra.markup : `${sub}) Sub kegiatan ${sub}`,
        indikator,
        kind === 0 ? [3, 6, 9, 12] : kind === 1 ? [] : [12],
        kind === 1 ? 'triwulanan' : null,
      ),
    );
  }
  return lampiran(out);
}
