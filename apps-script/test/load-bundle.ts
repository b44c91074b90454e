// Loads the BUILT bundle (dist/apps-script/Code.js) into a fresh vm context holding the fake
// Apps Script globals — the way Apps Script loads a project's files into one global scope.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { buildAppsScript, DEFAULT_OUT_DIR } from '../build.mjs';
import { FakeGas } from './fake-gas.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = DEFAULT_OUT_DIR;
export const CODE_PATH = join(DIST, 'Code.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function bundleMtime(): number {
  try {
    return Math.min(
      ...['Code.js', 'Sidebar.html', 'appsscript.json'].map((f) => statSync(join(DIST, f)).mtimeMs),
    );
  } catch {
    return 0;
  }
}

/** Builds dist/apps-script when it is missing or older than the sources it is built from. */
export async function ensureBuilt(): Promise<void> {
  const sources = Math.max(
    newestMtime(join(root, 'apps-script', 'src')),
    newestMtime(join(root, 'shared', 'src')),
    statSync(join(root, 'apps-script', 'build.mjs')).mtimeMs,
  );
  if (bundleMtime() < sources) await buildAppsScript();
}

/** The functions Code.js declares at top level (what menus and google.script.run can call). */
export const PUBLIC_FUNCTIONS = [
  'clearHighlights',
  'fillMonths',
  'insertTemplate',
  'lampiranActivate',
  'lampiranApplyFill',
  'lampiranClearHighlights',
  'lampiranInsertTemplate',
  'lampiranPreviewFill',
  'lampiranSetIgnored',
  'lampiranUndoFill',
  'lampiranUndoInfo',
  'lampiranValidate',
  'onInstall',
  'onOpen',
  'showSidebar',
  'validateLampiran',
] as const;

// Functions from another realm, called with test data: typed loosely on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Fn = (...args: any[]) => any;
export type Bundle = Record<(typeof PUBLIC_FUNCTIONS)[number], Fn> & { [name: string]: unknown };

export function loadBundle(gas: FakeGas, code = readFileSync(CODE_PATH, 'utf8')): Bundle {
  const context = vm.createContext({ ...gas.globals(), console });
  new vm.Script(code, { filename: 'Code.js' }).runInContext(context);
  return context as unknown as Bundle;
}

/** A fake spreadsheet with the bundle loaded, ready to call. */
export function harness(): { gas: FakeGas; gs: Bundle } {
  const gas = new FakeGas({ htmlDir: DIST });
  return { gas, gs: loadBundle(gas) };
}

/** Plain JSON copy, as google.script.run would deliver it (and free of the vm's realm). */
export function plain<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}
