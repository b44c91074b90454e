// Builds the Apps Script project into dist/apps-script/: Code.js (one script with real top-level
// functions), Sidebar.html (script and styles inlined) and appsscript.json.
//
//   node apps-script/build.mjs            bound-script build
//   node apps-script/build.mjs --addon    Editor add-on build (menu under Extensions)
import { build as esbuild } from 'esbuild';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
export const DEFAULT_OUT_DIR = join(root, 'dist', 'apps-script');
export const GLOBAL_NAME = '__lampiran';
export const BUNDLE_GOAL_BYTES = 150 * 1024;

export const MANIFEST = {
  timeZone: 'Asia/Jakarta',
  dependencies: {},
  exceptionLogging: 'STACKDRIVER',
  runtimeVersion: 'V8',
  oauthScopes: [
    'https://www.googleapis.com/auth/spreadsheets.currentonly',
    'https://www.googleapis.com/auth/script.container.ui',
  ],
};

/** Names exported by the server bundle, read by evaluating it with no Apps Script globals. */
function exportedNames(code) {
  const context = vm.createContext({});
  const api = new vm.Script(`${code}\n;${GLOBAL_NAME}`).runInContext(context);
  const names = Object.keys(api).filter((k) => typeof api[k] === 'function');
  const others = Object.keys(api).filter((k) => typeof api[k] !== 'function');
  if (others.length > 0)
    throw new Error(`apps-script/src/index.ts must export functions only; found ${others.join(', ')}`);
  return names.sort();
}

// Written next to the target then renamed, so a reader (a test running in parallel) never sees
// half a file.
async function writeAtomic(path, text) {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, path);
}

async function bundleServer(addon) {
  const result = await esbuild({
    entryPoints: [join(here, 'src', 'index.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    define: { __LAMPIRAN_ADDON__: addon ? 'true' : 'false' },
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  const names = exportedNames(code);
  // Apps Script only sees top-level function declarations: one thin wrapper per export.
  const wrappers = names
    .map((n) => `function ${n}(...args) { return ${GLOBAL_NAME}.${n}(...args); }`)
    .join('\n');
  const text = `/** @OnlyCurrentDoc */\n// Built by apps-script/build.mjs — do not edit; edit apps-script/src and rebuild.\n${code}\n${wrappers}\n`;
  return { text, names };
}

async function bundleSidebar() {
  const result = await esbuild({
    entryPoints: [join(here, 'src', 'sidebar', 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
  });
  const script = result.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
  const css = await readFile(join(here, 'src', 'sidebar', 'sidebar.css'), 'utf8');
  const html = await readFile(join(here, 'src', 'sidebar', 'sidebar.html'), 'utf8');
  for (const marker of ['/*LAMPIRAN_STYLE*/', '/*LAMPIRAN_SCRIPT*/']) {
    if (!html.includes(marker)) throw new Error(`sidebar.html lacks ${marker}`);
  }
  return html.replace('/*LAMPIRAN_STYLE*/', () => css).replace('/*LAMPIRAN_SCRIPT*/', () => script);
}

/** Builds into `outDir`; returns the file sizes and the exported function names. */
export async function buildAppsScript({ addon = false, outDir = DEFAULT_OUT_DIR } = {}) {
  await mkdir(outDir, { recursive: true });
  const [server, sidebar] = await Promise.all([bundleServer(addon), bundleSidebar()]);
  const files = {
    'Code.js': server.text,
    'Sidebar.html': sidebar,
    'appsscript.json': `${JSON.stringify(MANIFEST, null, 2)}\n`,
  };
  await Promise.all(Object.entries(files).map(([name, text]) => writeAtomic(join(outDir, name), text)));
  // Anything else in the folder would be pushed by clasp too; the folder holds exactly our files.
  for (const entry of await readdir(outDir)) {
    if (!(entry in files) && !entry.endsWith('.tmp'))
      await rm(join(outDir, entry), { recursive: true, force: true });
  }
  const sizes = Object.fromEntries(
    Object.entries(files).map(([name, text]) => [name, Buffer.byteLength(text)]),
  );
  return { outDir, sizes, functions: server.names };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const addon = process.argv.includes('--addon');
  try {
    const { outDir, sizes, functions } = await buildAppsScript({ addon });
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    const code = sizes['Code.js'];
    console.log(`apps-script: ${addon ? 'add-on' : 'bound-script'} build in ${outDir}`);
    console.log(
      `  Code.js         ${kb(code)} (goal ≤ ${kb(BUNDLE_GOAL_BYTES)}${code > BUNDLE_GOAL_BYTES ? ', OVER GOAL' : ''})`,
    );
    console.log(`  Sidebar.html    ${kb(sizes['Sidebar.html'])}`);
    console.log(`  appsscript.json ${kb(sizes['appsscript.json'])}`);
    console.log(`  functions: ${functions.join(', ')}`);
  } catch (error) {
    console.error(`apps-script build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
