// What parsePlan learns about the data rows in its single pass, for the rules to read
// (SPEC §12: rules stay O(rows) and never re-read the sheet). Only rows with something to
// report are kept, so a large clean grid costs no memory here.
import type { Activity, CellValue } from '../types.js';

export interface RowFacts {
  row: number;
  /** The row's content looks shifted; `value` is the text that gave it away. */
  shifted: { value: string } | null;
  /** Month cells holding something that is not a mark. */
  invalid: { month: number; column: number; value: CellValue }[];
  /** KET holds a check mark (the value, else null). */
  markInKet: CellValue;
  /** Non-empty cells right of the grid's last column. */
  extra: { column: number; endColumn: number; value: string } | null;
  /** HTML tags in grid cells. */
  markup: { column: number; tag: string }[];
  /** Data before any area / kegiatan. */
  orphan: boolean;
}

export interface PlanFacts {
  /** Rows with at least one of the facts above, in row order. */
  rows: RowFacts[];
  /** Shifted rows in row order (they break numbering chains). */
  shiftedRows: number[];
  /** Rows taken as page-break continuations of the row above. */
  continuationRows: number[];
  /** First rows of activities whose span has check marks outside the month columns (in KET or
   *  right of the grid): their months were pushed out, which those findings already report. */
  displacedMarkActivities: number[];
  /** Activities with no INDIKATOR text on any row of their span, in row order. */
  withoutIndicator: Activity[];
  /** Activities with no month marked on any row of their span, in row order. */
  withoutMarks: Activity[];
}
