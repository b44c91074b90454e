// Apps Script host figures for `npm run bench`: Spreadsheet service calls of one validation
// (plus highlights) on a 10-row and a 10,000-row plan, through the BUILT bundle on the fake
// Sheets, and the size of the bundle Apps Script loads.
import { statSync } from 'node:fs';
import { ensureBuilt, harness, CODE_PATH } from '../apps-script/test/load-bundle.js';
import { generatedPlan } from '../apps-script/test/plans.js';

/** Data calls (reads and writes of the document) for one validation of a `rows`-row plan. */
function validationCalls(rows: number): number {
  const { gas, gs } = harness();
  gas.spreadsheet.active.load(generatedPlan(rows).values);
  gas.resetCalls();
  const reply = gs.lampiranValidate!({ lang: 'id', anchor: 'end', infer: false }) as {
    ok: boolean;
    message?: string;
  };
  if (!reply.ok) throw new Error(`validation failed in the bench: ${reply.message}`);
  return gas.spreadsheetCalls().data;
}

export async function benchAppsScript(): Promise<{
  callsSmall: number;
  callsLarge: number;
  bundleBytes: number;
}> {
  await ensureBuilt();
  return {
    callsSmall: validationCalls(10),
    callsLarge: validationCalls(10_000),
    bundleBytes: statSync(CODE_PATH).size,
  };
}
