// NO 1..N on area rows; kegiatan labels within their area; sub kegiatan labels within their
// kegiatan. A shifted row breaks the chain (its labels cannot be trusted), so the next readable
// label starts a new baseline instead of raising a false skip.
import { formatLabel, labelOf, noValueOf, type Label } from '../model/numbering.js';
import type { Area, Kegiatan } from '../types.js';
import type { RuleDef, RuleReport } from './rule.js';
import { factsOf } from './facts.js';

interface Counter {
  last: Label | null;
  /** True until the first label under the parent is seen: the first one should be 1 / a. */
  fresh: boolean;
}

function step(
  counter: Counter,
  label: Label,
  report: (found: string, expected: string) => void,
  trusted: boolean,
): void {
  const prev = counter.last;
  if (!trusted) {
    // A label read from a shifted row only sets the baseline for the next one.
  } else if (prev === null) {
    if (counter.fresh && label.value !== 1) report(label.raw, formatLabel(1, label));
  } else if (prev.style === label.style && label.value !== prev.value + 1) {
    report(label.raw, formatLabel(prev.value + 1, label));
  }
  counter.last = label;
  counter.fresh = false;
}

export const numbering: RuleDef = {
  id: 'numbering',
  severity: 'warning',
  description: 'NO, kegiatan or sub kegiatan numbering skips or repeats.',
  check(ctx) {
    const out: RuleReport[] = [];
    const { cols } = ctx.grid;
    const shiftedRows = factsOf(ctx).shiftedRows;
    const shifted = new Set(shiftedRows);
    const kegiatanList: Kegiatan[] = [];
    for (const area of ctx.plan.areas) for (const k of area.kegiatan) kegiatanList.push(k);
    const areas: Area[] = ctx.plan.areas;
    const activities = ctx.plan.activities;

    let lastNo: number | null = 0;
    const keg: Counter = { last: null, fresh: true };
    const sub: Counter = { last: null, fresh: true };
    // Walk the four row-ordered lists together. On one row a shifted-row break comes first,
    // then the area, its kegiatan, its sub kegiatan.
    let si = 0;
    let ai = 0;
    let ki = 0;
    let vi = 0;
    for (;;) {
      const sRow = si < shiftedRows.length ? shiftedRows[si]! : Infinity;
      const aRow = ai < areas.length ? areas[ai]!.row : Infinity;
      const kRow = ki < kegiatanList.length ? kegiatanList[ki]!.row : Infinity;
      const vRow = vi < activities.length ? activities[vi]!.row : Infinity;
      const row = Math.min(sRow, aRow, kRow, vRow);
      if (row === Infinity) break;
      if (sRow === row) {
        si++;
        keg.last = sub.last = null;
        keg.fresh = sub.fresh = false;
      } else if (aRow === row) {
        const area = areas[ai++]!;
        const n = noValueOf(area.no ?? '');
        // An area on a shifted row only sets the baseline.
        if (n !== null && lastNo !== null && n !== lastNo + 1 && !shifted.has(row)) {
          out.push({
            row,
            column: cols.no,
            messageId: 'numbering.no',
            data: { found: area.no ?? '', expected: String(lastNo + 1) },
          });
        }
        if (n !== null || shifted.has(row)) lastNo = n;
        keg.last = null;
        keg.fresh = !shifted.has(row);
      } else if (kRow === row) {
        const l = labelOf(kegiatanList[ki++]!.text);
        if (l) {
          step(
            keg,
            l,
            (found, expected) =>
              out.push({
                row,
                column: cols.kegiatan,
                messageId: 'numbering.kegiatan',
                data: { found, expected },
              }),
            !shifted.has(row),
          );
        }
        sub.last = null;
        sub.fresh = !shifted.has(row);
      } else {
        const text = activities[vi++]!.subKegiatan;
        const l = text === null ? null : labelOf(text);
        if (l) {
          step(
            sub,
            l,
            (found, expected) =>
              out.push({
                row,
                column: cols.subKegiatan,
                messageId: 'numbering.sub',
                data: { found, expected },
              }),
            !shifted.has(row),
          );
        }
      }
    }
    return out;
  },
};
