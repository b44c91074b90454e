// Round trips of the Excel adapter on the fake host: validation of a 10-row and a 10,000-row
// plan must take the same, constant number of context.sync() calls.
import { validateActiveSheet } from '../addin/src/excel.js';
import { FakeExcelHost } from '../addin/test/fake-excel.js';
import { planGrid } from '../addin/test/plan-grid.js';

async function syncsFor(rows: number): Promise<number> {
  const host = new FakeExcelHost();
  host.workbook.addSheet('Lampiran', planGrid(rows));
  host.install();
  const out = await validateActiveSheet({ lang: 'id', infer: false, anchor: 'end' });
  if (!out.ok) throw new Error(`validation failed on the fake: ${out.error.key}`);
  return host.syncs;
}

export async function benchExcel(): Promise<{ syncsSmall: number; syncsLarge: number }> {
  return { syncsSmall: await syncsFor(10), syncsLarge: await syncsFor(10_000) };
}
