import { afterEach, describe, expect, it } from 'vitest';
import { FakeExcelHost } from './fake-excel.js';
import { planGrid } from './plan-grid.js';
import { HIGHLIGHT_FORMULA, validateActiveSheet } from '../src/excel.js';

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
  delete (globalThis as Record<string, unknown>).clearHighlights;
});

describe('ribbon function file', () => {
  it('registers clearHighlights, which removes our highlights and completes the event', async () => {
    const host = new FakeExcelHost();
    host.workbook.addSheet('Lampiran', planGrid(20));
    host.install();
    const v = await validateActiveSheet({ lang: 'id', infer: false, anchor: 'end' });
    expect(v.ok).toBe(true);
    expect(host.workbook.active().conditionalFormats.some((cf) => cf.formula === HIGHLIGHT_FORMULA)).toBe(
      true,
    );

    await import('../src/commands.js');
    const office = (
      globalThis as unknown as { Office: { __actions: Map<string, (e: unknown) => Promise<void>> } }
    ).Office;
    const fn = office.__actions.get('clearHighlights');
    expect(fn).toBeTypeOf('function');
    expect((globalThis as Record<string, unknown>).clearHighlights).toBe(fn);
    let completed = 0;
    await fn!({ completed: () => completed++ });
    expect(completed).toBe(1);
    expect(host.workbook.active().conditionalFormats).toEqual([]);
  });
});
