// NO 1..N on area rows; kegiatan labels within their area; sub kegiatan labels within their
// kegiatan. A shifted row breaks the chain (its labels cannot be trusted), so the next readable
// label starts a new baseline instead of raising a false skip.
import {
  formatLabel,
  newLabelScan,
  noValueOf,
  rawOfScan,
  scanLabel,
  type Label,
  type LabelScan,
} from '../model/numbering.js';
import type { Area, Kegiatan } from '../types.js';
import type { RuleDef, RuleReport } from './rule.js';
import { factsOf } from './facts.js';

interface Counter {
  /** Whether a label was seen since the chain was reset, and its value and style. */
  hasLast: boolean;
  lastValue: number;
  lastStyle: Label['style'];
  /** True until the first label under the parent is seen: the first one should be 1 / a. */
  fresh: boolean;
}

// Reports straight into `out`; the label is scanned into a reused object and its raw text is
// built only for a report (no closure or label object per activity: SPEC §12).
function step(
  counter: Counter,
  label: LabelScan,
  out: RuleReport[],
  row: number,
  column: number,
  messageId: string,
  trusted: boolean,
): void {
  if (!trusted) {
    // A label read from a shifted row only sets the baseline for the next one.
  } else if (!counter.hasLast) {
    if (counter.fresh && label.value !== 1)
      out.push({
        row,
        column,
        messageId,
        data: { found: rawOfScan(label), expected: formatLabel(1, label) },
      });
  } else if (counter.lastStyle === label.style && label.value !== counter.lastValue + 1) {
    out.push({
      row,
      column,
      messageId,
      data: { found: rawOfScan(label), expected: formatLabel(counter.lastValue + 1, label) },
    });
  }
  counter.hasLast = true;
  counter.lastValue = label.value;
  counter.lastStyle = label.style;
  counter.fresh = false;
}

/** Past every sheet row (Excel has 1,048,576; Google Sheets 10 million cells). */
const END = 0x7fffffff;

/** Whether `row` is shifted (`shifted` is null when no row is). */
function isShifted(shifted: Set<number> | null, row: number): boolean {
  return shifted !== null && shifted.has(row);
}

export const numbering: RuleDef = {
  id: 'numbering',
  severity: 'warning',
  description: 'NO, kegiatan or sub kegiatan numbering skips or repeats.',
  check(ctx) {
    const out: RuleReport[] = [];
    const { cols } = ctx.grid;
    const shiftedRows = factsOf(ctx).shiftedRows;
    // Most plans have no shifted row: skip the set lookups then.
    const shifted = shiftedRows.length > 0 ? new Set(shiftedRows) : null;
    const kegiatanList: Kegiatan[] = [];
    for (const area of ctx.plan.areas) for (const k of area.kegiatan) kegiatanList.push(k);
    const areas: Area[] = ctx.plan.areas;
    const activities = ctx.plan.activities;

    let lastNo: number | null = 0;
    const keg: Counter = { hasLast: false, lastValue: 0, lastStyle: 'number', fresh: true };
    const sub: Counter = { hasLast: false, lastValue: 0, lastStyle: 'number', fresh: true };
    const label = newLabelScan();
    // Walk the four row-ordered lists together. On one row a shifted-row break comes first,
    // then the area, its kegiatan, its sub kegiatan.
    let si = 0;
    let ai = 0;
    let ki = 0;
    let vi = 0;
    for (;;) {
      // END rather than Infinity keeps the row numbers small integers (no float compares).
      const sRow = si < shiftedRows.length ? shiftedRows[si]! : END;
      const aRow = ai < areas.length ? areas[ai]!.row : END;
      const kRow = ki < kegiatanList.length ? kegiatanList[ki]!.row : END;
      const vRow = vi < activities.length ? activities[vi]!.row : END;
      let row = sRow < aRow ? sRow : aRow;
      if (kRow < row) row = kRow;
      if (vRow < row) row = vRow;
      if (row === END) break;
      if (sRow === row) {
        si++;
        keg.hasLast = sub.hasLast = false;
        keg.fresh = sub.fresh = false;
      } else if (aRow === row) {
        const area = areas[ai++]!;
        const n = noValueOf(area.no ?? '');
        // An area on a shifted row only sets the baseline.
        if (n !== null && lastNo !== null && n !== lastNo + 1 && !isShifted(shifted, row)) {
          out.push({
            row,
            column: cols.no,
            messageId: 'numbering.no',
            data: { found: area.no ?? '', expected: String(lastNo + 1) },
          });
        }
        if (n !== null || isShifted(shifted, row)) lastNo = n;
        keg.hasLast = false;
        keg.fresh = !isShifted(shifted, row);
      } else if (kRow === row) {
        if (scanLabel(kegiatanList[ki++]!.text, label)) {
          step(keg, label, out, row, cols.kegiatan, 'numbering.kegiatan', !isShifted(shifted, row));
        }
        sub.hasLast = false;
        sub.fresh = !isShifted(shifted, row);
      } else {
        const text = activities[vi++]!.subKegiatan;
        if (text !== null && scanLabel(text, label)) {
          step(sub, label, out, row, cols.subKegiatan, 'numbering.sub', !isShifted(shifted, row));
        }
      }
    }
    return out;
  },
};
