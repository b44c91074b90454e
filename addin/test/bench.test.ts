import { describe, expect, it } from 'vitest';
import { benchExcel } from '../../bench/excel.js';

describe('benchExcel', () => {
  it('reports equal, constant sync counts for 10 and 10,000 rows', async () => {
    const r = await benchExcel();
    expect(r.syncsSmall).toBe(r.syncsLarge);
    expect(r.syncsSmall).toBe(3);
  });
});
