// Where validation time goes, stage by stage, on the bench grid: `npx tsx bench/profile.ts`.
import { findGrid, parsePlan, RULES, sheetViewOf, validate } from '../shared/src/index.js';
import { barePass, generateGrid } from './core.js';

const sheet = generateGrid(10_000);
const time = (f: () => unknown): number => {
  const s = performance.now();
  f();
  return performance.now() - s;
};
for (let k = 0; k < 30; k++) {
  const out: Record<string, number> = {};
  let view = sheetViewOf(sheet);
  out.bare = time(() => barePass(sheet));
  out.view = time(() => (view = sheetViewOf(sheet)));
  let grid = findGrid(view, { currentYear: 2025 }).grid!;
  out.grid = time(() => (grid = findGrid(view, { currentYear: 2025 }).grid!));
  let plan = parsePlan(view, grid);
  out.plan = time(() => (plan = parsePlan(view, grid)));
  const ctx = {
    sheet: view,
    grid,
    plan,
    options: { infer: false, anchor: 'end' as const, lang: 'id' as const },
  };
  for (const rule of RULES) out[rule.id] = time(() => rule.check(ctx));
  out.validate = time(() => validate(sheet, { currentYear: 2025 }));
  if (k >= 27)
    console.log(
      Object.entries(out)
        .filter(([, v]) => v >= 0.2)
        .map(([n, v]) => `${n} ${v.toFixed(1)}`)
        .join('  '),
    );
}
