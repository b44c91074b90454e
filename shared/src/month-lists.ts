// Month lists (1..12, ascending) shared by value: one frozen array per set of months. The plan is
// read-only data, so rows and activities with the same months share one list, and recurrences
// resolved to the same months share it too: comparing a schedule with its rule is then mostly
// an identity check (SPEC §12). A copy per row was most of the garbage on a 10,000-row sheet.

const BY_MASK: (number[] | undefined)[] = new Array(4096);

/** The frozen list of the months whose bits (1 << month, months 1..12) are set in `mask`. */
export function monthsOfMask(mask: number): number[] {
  const key = (mask >> 1) & 0xfff;
  let months = BY_MASK[key];
  if (!months) {
    const list: number[] = [];
    for (let m = 1; m <= 12; m++) if (mask & (1 << m)) list.push(m);
    months = Object.freeze(list.slice()) as unknown as number[];
    BY_MASK[key] = months;
  }
  return months;
}

/** The shared list equal to `months` when it is ascending months 1..12; else `months`, frozen. */
export function internMonths(months: readonly number[]): readonly number[] {
  let mask = 0;
  let previous = 0;
  for (const m of months) {
    if (!Number.isInteger(m) || m <= previous || m > 12) return Object.freeze(months);
    mask |= 1 << m;
    previous = m;
  }
  return monthsOfMask(mask);
}

/** Whether two ascending month lists are equal (the same shared list, most of the time). */
export function sameMonths(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
