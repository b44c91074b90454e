// The BUILT task pane (dist/addin) in a real Chromium, with the fake Excel served in place of
// Microsoft's office.js. Proves the user-visible loop: one click shows findings, a click selects
// the cell, fill and undo work, cell markup stays text, and axe finds nothing serious.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../test/helpers/chromium.js';
import { GRID_FIRST_DATA_ROW, planGrid } from '../plan-grid.js';

const DIST = fileURLToPath(new URL('../../../dist/addin/', import.meta.url));
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const XSS = '<img src=x onerror=window.__pwned=1>';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

let server: Server;
let base = '';
let browser: Browser;
let fakeBundle = '';
const axeSource = readFileSync(
  fileURLToPath(new URL('../../../node_modules/axe-core/axe.min.js', import.meta.url)),
  'utf8',
);

function grid() {
  const values = planGrid(12, 2025);
  // The first area's name is markup: it must show as text in the list and the chart.
  values[GRID_FIRST_DATA_ROW - 1]![1] = XSS;
  return values;
}

beforeAll(async () => {
  // `npm test` builds first; a bare `vitest run addin` builds here when dist is missing.
  if (!existsSync(join(DIST, 'taskpane.html'))) {
    execFileSync(process.execPath, [fileURLToPath(new URL('../../build.mjs', import.meta.url))], {
      stdio: 'inherit',
    });
  }
  const out = await build({
    entryPoints: [fileURLToPath(new URL('./fake-office-entry.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
  });
  fakeBundle = out.outputFiles[0]!.text;
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(DIST, path));
    if (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

async function openPane(
  query = '',
  displayLanguage = 'id-ID',
  excelApi = 13,
  values = grid(),
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 360, height: 900 }, reducedMotion: 'reduce' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as unknown as { __errors: string[] }).__errors = errors;
  // No network: office.js is the fake, every other non-local request is refused.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS)
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: fakeBundle });
    if (url.startsWith(base)) return route.continue();
    return route.abort();
  });
  await page.addInitScript(
    (setup) => {
      (window as unknown as Record<string, unknown>).__lampiranFake = setup;
    },
    { sheet: 'Lampiran', values, displayLanguage, excelApi },
  );
  await page.goto(`${base}/taskpane.html${query}`);
  return page;
}

/** expect.poll with room for a busy CI machine (the default gives up after 1 s). */
const poll = <T>(fn: () => T | Promise<T>, options: { timeout?: number } = {}) =>
  expect.poll(fn, { timeout: options.timeout ?? 15_000, interval: 50 });

const fake = <T>(page: Page, f: string): Promise<T> => page.evaluate(f) as Promise<T>;

describe('built task pane in Chromium', () => {
  it('validates in one click, selects cells, keeps markup as text, fills and undoes, passes axe', async () => {
    const page = await openPane();
    await page.getByRole('button', { name: 'Validasi lampiran' }).click();
    const items = page.locator('li[data-rule]');
    await items.first().waitFor();
    expect(await items.count()).toBeGreaterThan(3);
    await poll(() => page.getByTestId('summary').innerText()).toMatch(/kesalahan/);

    // Markup in a cell is shown as text and never runs.
    const unknown = page.locator('li[data-rule="unknown-area"]');
    await unknown.first().waitFor();
    expect(await unknown.first().innerText()).toContain(XSS);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);

    // Clicking a finding selects its cell in the workbook.
    const target = page.locator('li[data-rule="missing-indicator"]').first();
    const cell = await target.getAttribute('data-cell');
    await target.locator('button').first().click();
    await expect
      .poll(() =>
        fake<string>(
          page,
          `(() => { const s = window.__fakeHost.workbook.selection; return s.sheet + '!' + s.rect.top + ':' + s.rect.left; })()`,
        ),
      )
      .toBe(`Lampiran!${cell!.replace(/^[A-Z]+/, '')}:${cell!.charCodeAt(0) - 64}`);
    // Next moves on to the following finding.
    await page.getByRole('button', { name: 'Berikutnya' }).click();
    await poll(() => page.locator('[aria-current="true"]').count()).toBe(1);

    // Highlights are in the workbook as our conditional formats.
    expect(
      await fake<number>(page, `window.__fakeHost.workbook.sheet('Lampiran').conditionalFormats.length`),
    ).toBeGreaterThan(0);

    const axe = async () => {
      // Contrast is judged on the resting state: no hover, no running transition.
      await page.mouse.move(0, 0);
      await poll(() => page.evaluate(() => document.getAnimations().length)).toBe(0);
      await page.addScriptTag({ content: axeSource });
      // Tabster's focus sentinels (<i data-tabster-dummy>, used by Fluent's TabList and RadioGroup for
      // arrow-key navigation) are focusable by design and hand focus on at once; axe cannot know that.
      const result = (await page.evaluate(
        `axe.run({ exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] })`,
      )) as { violations: { id: string; impact: string; nodes: unknown[] }[] };
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} ${JSON.stringify(v.nodes.map((n) => (n as { html: string }).html))}`);
    };
    expect(await axe()).toEqual([]);

    // Fill: preview, apply, undo.
    const before = await fake<string>(
      page,
      `JSON.stringify(window.__fakeHost.workbook.sheet('Lampiran').snapshot())`,
    );
    await page.getByRole('tab', { name: 'Isi bulan' }).click();
    await page.getByRole('button', { name: 'Pratinjau' }).click();
    await expect
      .poll(() => page.getByTestId('fill-preview').innerText())
      .toMatch(/\d+ sel akan diisi pada \d+ baris/);
    expect(await axe()).toEqual([]);
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await poll(() => page.getByRole('status').innerText()).toMatch(/sel bulan telah diisi/);
    const afterFill = await fake<string>(
      page,
      `JSON.stringify(window.__fakeHost.workbook.sheet('Lampiran').snapshot())`,
    );
    expect(afterFill).not.toBe(before);
    await page.getByRole('button', { name: 'Urungkan pengisian' }).click();
    await poll(() => page.getByRole('status').innerText()).toMatch(/Pengisian diurungkan/);
    expect(
      await fake<string>(page, `JSON.stringify(window.__fakeHost.workbook.sheet('Lampiran').snapshot())`),
    ).toBe(before);

    // Chart and tools tabs render and stay accessible.
    await page.getByRole('tab', { name: 'Grafik' }).click();
    await page.getByRole('img', { name: /Kegiatan terjadwal per bulan/ }).waitFor();
    expect(await page.getByText(XSS).count()).toBeGreaterThan(0);
    expect(await axe()).toEqual([]);
    await page.getByRole('tab', { name: 'Alat' }).click();
    await page.getByRole('button', { name: 'Hapus sorotan' }).click();
    await poll(() => page.getByRole('status').innerText()).toMatch(/Sorotan dihapus/);
    expect(
      await fake<number>(page, `window.__fakeHost.workbook.sheet('Lampiran').conditionalFormats.length`),
    ).toBe(0);
    expect(await axe()).toEqual([]);

    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect((page as unknown as { __errors: string[] }).__errors).toEqual([]);
    await page.close();
  });

  it('opened from the ribbon (?run=validate) validates on load; English follows Office', async () => {
    const page = await openPane('?run=validate', 'en-US');
    await page.locator('li[data-rule]').first().waitFor();
    await page.getByRole('button', { name: 'Validate lampiran' }).waitFor();
    expect(await page.getByTestId('summary').innerText()).toMatch(/error/);
    // Switch to Indonesian.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('id');
    await page.getByRole('button', { name: 'Validasi lampiran' }).waitFor();
    await page.close();
  });

  it('works from the keyboard alone', async () => {
    const page = await openPane();
    await page.getByRole('button', { name: 'Validasi lampiran' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('li[data-rule]').first().waitFor();
    // Tab from the tab list into the panel reaches the navigation and then the first finding.
    await page.getByRole('button', { name: 'Berikutnya' }).focus();
    await page.keyboard.press('Enter');
    await poll(() => page.locator('[aria-current="true"]').count()).toBe(1);
    const current = await page.locator('li:has([aria-current="true"])').getAttribute('data-cell');
    const selected = await fake<string>(
      page,
      `(() => { const r = window.__fakeHost.workbook.selection.rect; return r.top + ':' + r.left; })()`,
    );
    expect(selected).toBe(`${current!.replace(/^[A-Z]+/, '')}:${current!.charCodeAt(0) - 64}`);
    // Arrow keys move between tabs (Fluent TabList), Enter/Space activates.
    await page.getByRole('tab', { name: 'Temuan' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Pratinjau' }).waitFor();
    // Ignore a finding: it leaves the list and is remembered in the workbook's settings.
    await page.getByRole('tab', { name: 'Temuan' }).click();
    const count = await page.locator('li[data-rule]').count();
    await page
      .locator('li[data-rule]')
      .first()
      .getByRole('button', { name: /^Abaikan temuan di / })
      .click();
    await poll(() => page.locator('li[data-rule]').count()).toBe(count - 1);
    const saved = await fake<Record<string, string[]>>(
      page,
      `window.__fakeHost.workbook.settings.get('lampiranChecker.ignored')`,
    );
    expect(saved.Lampiran).toHaveLength(1);
    await page.getByRole('button', { name: /Tampilkan lagi 1 temuan/ }).click();
    await poll(() => page.locator('li[data-rule]').count()).toBe(count);
    if (process.env.LAMPIRAN_SCREENSHOT)
      await page.screenshot({ path: process.env.LAMPIRAN_SCREENSHOT, fullPage: true });
    await page.close();
  });

  it('on an Excel older than ExcelApi 1.9 shows one message and offers no action', async () => {
    const page = await openPane('?run=validate', 'id-ID', 8);
    await page.getByText('perlu ExcelApi 1.9').waitFor();
    expect(await page.getByRole('button', { name: 'Validasi lampiran' }).isDisabled()).toBe(true);
    expect(await page.locator('li[data-rule]').count()).toBe(0);
    expect(await fake<number>(page, 'window.__fakeHost.syncs')).toBe(0);
    await page.close();
  });

  it('a 10,000-row plan: findings appear in seconds, the list is capped until "show all"', async () => {
    const page = await openPane('', 'id-ID', 13, planGrid(10_000, 2025));
    const started = Date.now();
    await page.getByRole('button', { name: 'Validasi lampiran' }).click();
    await page.locator('li[data-rule]').first().waitFor();
    const elapsed = Date.now() - started;
    console.log(`10,000-row plan: findings shown after ${elapsed} ms in Chromium`);
    expect(elapsed).toBeLessThan(15_000);
    expect(await page.locator('li[data-rule]').count()).toBe(300);
    await page.getByRole('button', { name: /Tampilkan semua temuan/ }).click();
    await poll(() => page.locator('li[data-rule]').count(), { timeout: 20_000 }).toBeGreaterThan(300);
    expect(await fake<number>(page, 'window.__fakeHost.syncs')).toBe(3);
    await page.close();
  });
});
