// The built project in dist/apps-script: what clasp pushes and Apps Script loads.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, test } from 'vitest';
import { BUNDLE_GOAL_BYTES, buildAppsScript } from '../build.mjs';
import { FakeGas } from './fake-gas.js';
import { CODE_PATH, DIST, ensureBuilt, loadBundle, PUBLIC_FUNCTIONS } from './load-bundle.js';

beforeAll(ensureBuilt);

const PUBLIC = [...PUBLIC_FUNCTIONS];

describe('Code.js', () => {
  const code = () => readFileSync(CODE_PATH, 'utf8');

  test('starts with @OnlyCurrentDoc and is a classic script (no import/export left)', () => {
    expect(code().startsWith('/** @OnlyCurrentDoc */\n')).toBe(true);
    // vm.Script parses as a classic script: any import/export statement is a SyntaxError.
    expect(() => new vm.Script(code())).not.toThrow();
  });

  test('declares exactly the public functions at top level', () => {
    const declared = [...code().matchAll(/^function ([A-Za-z_$][\w$]*)\(/gm)].map((m) => m[1]).sort();
    expect(declared).toEqual(PUBLIC);
    // And they are real globals once loaded, as Apps Script needs for menus and google.script.run.
    const context = loadBundle(new FakeGas({ htmlDir: DIST }), code());
    for (const name of PUBLIC) expect(typeof context[name]).toBe('function');
  });

  test(`stays within the size goal (${BUNDLE_GOAL_BYTES / 1024} KB)`, () => {
    expect(Buffer.byteLength(code())).toBeLessThanOrEqual(BUNDLE_GOAL_BYTES);
  });

  test('targets ES2020 (no syntax newer than the Apps Script V8 runtime is known to take)', () => {
    // ES2022 class fields / static blocks and top-level await are not in es2020 output.
    expect(code()).not.toMatch(/\bstatic\s*\{/);
  });
});

describe('appsscript.json', () => {
  test('V8, Asia/Jakarta, and exactly the two least-privilege scopes', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Jakarta');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
  });
});

describe('Sidebar.html', () => {
  test('one self-contained file: inline script and styles, no external resources, a boot slot', () => {
    const html = readFileSync(join(DIST, 'Sidebar.html'), 'utf8');
    expect(html).toMatch(/<script>[\s\S]{1000,}<\/script>/);
    expect(html).toMatch(/<style>[\s\S]+<\/style>/);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|https?:\/\//i);
    expect(html).toContain('<!--LAMPIRAN_BOOT-->');
    // The inlined bundle cannot end its own script element early.
    const script = /<script>([\s\S]*)<\/script>/.exec(html)![1]!;
    expect(script).not.toMatch(/<\/script/i);
    // No HTML parsing of data anywhere in the sidebar code.
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });
});

describe('the add-on build', () => {
  test('--addon puts the menu under Extensions even for a LIMITED onOpen', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'lampiran-addon-'));
    await buildAppsScript({ addon: true, outDir });
    const gas = new FakeGas({ htmlDir: outDir });
    const gs = loadBundle(gas, readFileSync(join(outDir, 'Code.js'), 'utf8'));
    gs.onOpen!({ authMode: 'LIMITED' });
    expect(gas.menus[0]).toMatchObject({ title: null, addon: true });
    rmSync(outDir, { recursive: true, force: true });
  });
});
