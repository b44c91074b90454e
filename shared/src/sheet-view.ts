import type { CellValue, SheetInput } from './types.js';

/** Read access to a sheet in its own 1-based coordinates, with merges resolved. */
export interface SheetView {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  /** Last column holding anything on any row. */
  readonly lastColumn: number;
  /** Raw value; null outside the read area and on non-master cells of a merge. */
  get(row: number, column: number): CellValue;
  /** Trimmed text of the value ('' when empty); booleans as "TRUE"/"FALSE". */
  text(row: number, column: number): string;
  /** Last non-empty column of a row (0 when the row is empty). */
  lastColumnOf(row: number): number;
  /**
   * Fast path for whole-row scans: the row's raw values (index = column - firstColumn) when no
   * merge masks any of its cells, else null (read such rows with get()). Entries may be
   * undefined or objects: normalise them as get() does (undefined → null, object → String).
   */
  rowOf?(row: number): readonly unknown[] | null;
  /**
   * Data derived from this view (such as the activities' recurrence rules), kept on the view so
   * it lives exactly as long as the view. A module-level WeakMap keyed by the view did the same
   * job, but V8's young-generation collector keeps WeakMap values alive until a full collection:
   * every validation's plan was copied and promoted, which made garbage collection the largest
   * cost on 10,000-row sheets (SPEC §12).
   */
  readonly memo?: Map<string, unknown>;
}

/** Whether a string is empty or white space only. */
export function isBlankString(v: string): boolean {
  // Most cells start with a printable ASCII character: not blank, without a trim.
  const c0 = v.charCodeAt(0);
  if (c0 > 0x20 && c0 < 0x7f) return false;
  return v.trim() === '';
}

function isBlank(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return isBlankString(v);
  if (typeof v === 'number') return !Number.isFinite(v);
  return false;
}

export function textOf(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  // Most cells hold no non-breaking space; skip the replace (and its copy) for them.
  return (v.indexOf('\u00a0') === -1 ? v : v.replace(/\u00a0/g, ' ')).trim();
}

const EMPTY_ROW: readonly unknown[] = Object.freeze([]);

// Built once per validation; merge masking and per-row extents are computed up front so
// rules can read cells in O(1) without re-scanning.
export function sheetViewOf(sheet: SheetInput): SheetView {
  const values = Array.isArray(sheet.values) ? sheet.values : [];
  const originRow = sheet.originRow ?? 1;
  const originColumn = sheet.originColumn ?? 1;
  const masked = new Map<number, Set<number>>();
  for (const m of sheet.merges ?? []) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        let set = masked.get(r);
        if (!set) masked.set(r, (set = new Set()));
        set.add(c);
      }
    }
  }
  // Rows (by index into values) holding a masked cell: one array read instead of a map lookup
  // per row or per get() on a sheet whose merges touch only a few rows.
  let maskedRows: Uint8Array | null = null;
  if (masked.size > 0) {
    maskedRows = new Uint8Array(values.length);
    for (const r of masked.keys()) {
      const i = r - originRow;
      if (i >= 0 && i < values.length) maskedRows[i] = 1;
    }
  }
  return new View(values, originRow, originColumn, masked.size > 0 ? masked : null, maskedRows);
}

// A class rather than an object of closures: every view shares the same method functions, so
// optimised callers are not thrown back to the interpreter by each new sheet ("wrong call
// target"), which made the first validations of a process several times slower (SPEC §12).
class View implements SheetView {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  private memoMap: Map<string, unknown> | null = null;
  // Each row's last filled column, computed when first asked (-1 until then): validation asks
  // while it reads the row anyway, so a separate pass over the sheet up front is not needed.
  private readonly rowLast: Int32Array;
  private lastColumnCache = -1;

  constructor(
    private readonly values: readonly unknown[],
    private readonly originRow: number,
    private readonly originColumn: number,
    private readonly masked: Map<number, Set<number>> | null,
    private readonly maskedRows: Uint8Array | null,
  ) {
    this.firstRow = originRow;
    this.lastRow = originRow + values.length - 1;
    this.firstColumn = originColumn;
    this.rowLast = new Int32Array(values.length).fill(-1);
  }

  get lastColumn(): number {
    if (this.lastColumnCache < 0) {
      let last = 0;
      for (let r = this.firstRow; r <= this.lastRow; r++) last = Math.max(last, this.lastColumnOf(r));
      this.lastColumnCache = last;
    }
    return this.lastColumnCache;
  }

  private computeRowLast(i: number): number {
    const row = this.values[i];
    if (!Array.isArray(row)) return 0;
    const mask =
      this.maskedRows !== null && this.maskedRows[i] === 1 ? this.masked!.get(this.originRow + i)! : null;
    for (let j = row.length - 1; j >= 0; j--) {
      if (!isBlank(row[j] as CellValue | undefined) && (mask === null || !mask.has(this.originColumn + j)))
        return this.originColumn + j;
    }
    return 0;
  }

  get memo(): Map<string, unknown> {
    return (this.memoMap ??= new Map());
  }

  get(row: number, column: number): CellValue {
    const i = row - this.originRow;
    const j = column - this.originColumn;
    if (i < 0 || j < 0 || i >= this.values.length) return null;
    const r = this.values[i];
    if (!Array.isArray(r) || j >= r.length) return null;
    if (this.maskedRows !== null && this.maskedRows[i] === 1 && this.masked!.get(row)!.has(column))
      return null;
    const v = r[j] as CellValue | undefined | object;
    if (v === undefined) return null;
    if (typeof v === 'object' && v !== null) return String(v);
    return v;
  }

  text(row: number, column: number): string {
    return textOf(this.get(row, column));
  }

  lastColumnOf(row: number): number {
    const i = row - this.originRow;
    if (i < 0 || i >= this.rowLast.length) return 0;
    const last = this.rowLast[i]!;
    return last >= 0 ? last : (this.rowLast[i] = this.computeRowLast(i));
  }

  rowOf(row: number): readonly unknown[] | null {
    const i = row - this.originRow;
    if (i < 0 || i >= this.values.length) return null;
    const r = this.values[i];
    if (!Array.isArray(r)) return EMPTY_ROW;
    return this.maskedRows !== null && this.maskedRows[i] === 1 ? null : (r as unknown[]);
  }
}
