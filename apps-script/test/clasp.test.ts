// What `clasp push` would upload, asked of clasp 3 itself, offline: `show-file-status --json`
// reads only the local .clasp.json, .claspignore and files; it needs no credentials (clasp's
// preAction hook loads credentials only if present), so HOME points at an empty folder.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DIST, ensureBuilt } from './load-bundle.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const temp = mkdtempSync(join(tmpdir(), 'lampiran-clasp-'));

beforeAll(ensureBuilt);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function claspEntry(): string {
  // The package's "exports" hides package.json; find it from the main entry.
  let dir = dirname(require.resolve('@google/clasp'));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  const pkgPath = join(dir, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { bin: { clasp: string } };
  // Run through node rather than node_modules/.bin/clasp: the installed bin file may lack the
  // executable bit, which makes `npx clasp` fail with "Permission denied".
  return join(dirname(pkgPath), pkg.bin.clasp);
}

/** The environment with HOME at an empty folder and no clasp settings inherited from the machine. */
function cleanEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, USERPROFILE: home };
  for (const k of Object.keys(env))
    if (/^clasp_config_/i.test(k) || k === 'GOOGLE_APPLICATION_CREDENTIALS') delete env[k];
  return env;
}

test('clasp would push exactly Code.js, Sidebar.html and appsscript.json from dist/apps-script', async () => {
  // clasp refuses a rootDir outside the folder of .clasp.json, so the project is a copy of the
  // built folder (everything in it, so a stray file would show up here too).
  const project = join(temp, 'project');
  cpSync(DIST, join(project, 'dist', 'apps-script'), { recursive: true });
  const example = JSON.parse(readFileSync(join(DIST, '..', '..', '.clasp.json.example'), 'utf8')) as {
    rootDir: string;
  };
  expect(example.rootDir).toBe('dist/apps-script');
  writeFileSync(join(project, '.clasp.json'), JSON.stringify({ ...example, scriptId: 'dummy-script-id' }));
  const home = mkdtempSync(join(temp, 'home-'));

  const { stdout } = await run(process.execPath, [claspEntry(), 'show-file-status', '--json'], {
    cwd: project,
    env: cleanEnv(home),
    timeout: 60_000,
  });
  const status = JSON.parse(stdout.trim().split('\n').pop()!) as {
    filesToPush: string[];
    untrackedFiles: string[];
  };
  expect([...status.filesToPush].sort()).toEqual([
    'dist/apps-script/Code.js',
    'dist/apps-script/Sidebar.html',
    'dist/apps-script/appsscript.json',
  ]);
  expect(status.untrackedFiles).toEqual([]);
  // And the folder holds nothing else for clasp to consider.
  expect(
    readdirSync(DIST)
      .filter((f) => !f.endsWith('.tmp'))
      .sort(),
  ).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
});
