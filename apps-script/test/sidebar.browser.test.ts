// The BUILT sidebar in a real browser (Debian chromium via playwright-core), talking to the built
// server bundle on the fake Sheets through a google.script.run shim with Apps Script's
// withSuccessHandler / withFailureHandler semantics and JSON-only arguments and results.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FakeGas, FakeSheet } from './fake-gas.js';
import { ensureBuilt, harness, type Bundle } from './load-bundle.js';
import { launchChromium } from '../../test/helpers/chromium.js';
import { generatedPlan } from './plans.js';

// Never resolved: the route below answers it from memory, as Apps Script serves the sidebar.
const SIDEBAR_URL = 'http://sidebar.invalid/userCodeAppPanel';
const XSS = '<img src=x onerror=window.__pwned=1>';

// Mirrors google.script.run: each with*Handler returns a runner carrying the handler; calling a
// server function is asynchronous and delivers a JSON copy of the result.
const SHIM = `(() => {
  function runner(success, failure) {
    return new Proxy({}, {
      get(_t, prop) {
        if (prop === 'withSuccessHandler') return (fn) => runner(fn, failure);
        if (prop === 'withFailureHandler') return (fn) => runner(success, fn);
        if (prop === 'withUserObject') return () => runner(success, failure);
        if (typeof prop !== 'string') return undefined;
        return (...args) => {
          window.__gasCall(prop, JSON.stringify(args)).then(
            (json) => success && success(JSON.parse(json)),
            (err) => failure && failure(new Error(String((err && err.message) || err))),
          );
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null), host: { close() {} } } };
})();`;

let browser: Browser | undefined;

beforeAll(async () => {
  await ensureBuilt();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  gas: FakeGas;
  gs: Bundle;
  sheet: FakeSheet;
  requests: string[];
  serverCalls: string[];
}

async function openSidebar(
  opener: 'showSidebar' | 'validateLampiran' | 'fillMonths' = 'showSidebar',
): Promise<Opened> {
  const { gas, gs } = harness();
  const sheet = gas.spreadsheet.active;
  sheet.name = 'Lampiran';
  sheet.load(generatedPlan(24, { markup: XSS }).values);
  gs[opener]!();
  const html = gas.sidebars.at(-1)!.html;
  const page = await browser!.newPage();
  const requests: string[] = [];
  const serverCalls: string[] = [];
  // Nothing may leave the page: a parsed <img src=x> would try to load "x".
  await page.route('**/*', (route) => {
    const url = route.request().url();
    // The sidebar itself is served from memory; anything else is recorded and refused.
    if (url === SIDEBAR_URL)
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    requests.push(url);
    return route.abort();
  });
  await page.exposeFunction('__gasCall', (name: string, argsJson: string) => {
    serverCalls.push(name);
    const fn = gs[name];
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
    const result = fn(...(JSON.parse(argsJson) as unknown[]));
    return JSON.stringify(result ?? null);
  });
  await page.addInitScript(SHIM);
  await page.goto(SIDEBAR_URL, { waitUntil: 'load' });
  return { page, gas, gs, sheet, requests, serverCalls };
}

describe('sidebar in chromium', () => {
  test('one click shows findings; cell text is shown as text and never runs', async () => {
    const { page, requests } = await openSidebar();
    await page.click('#validate');
    await page.waitForSelector('#findings li.finding');
    const items = await page.locator('#findings li.finding').count();
    expect(items).toBeGreaterThan(3);
    // Grouped by severity then area.
    const headings = await page.locator('#findings h2').allTextContents();
    expect(headings[0]).toMatch(/^Kesalahan/);
    expect(await page.locator('#findings h3').count()).toBeGreaterThan(1);
    // The XSS cell is in a message, as literal text; no element was created from it.
    const text = await page.locator('#findings').textContent();
    expect(text).toContain(XSS);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(requests).toEqual([]);
    await page.close();
  });

  test('a click activates the cell; next and previous walk the list', async () => {
    const { page, sheet, gas } = await openSidebar('validateLampiran');
    // Opened from the menu: the findings arrive with the page, no extra validation needed.
    await page.waitForSelector('#findings li.finding');
    const first = page.locator('#findings li.finding button.go').first();
    const key = await first.getAttribute('data-key');
    const range = key!.slice(key!.indexOf('@') + 1);
    await first.click();
    await expect.poll(() => sheet.activeRange).toBe(range);
    expect(gas.spreadsheet.active).toBe(sheet);
    await expect.poll(() => page.locator('#position').textContent()).toMatch(/^1 dari \d+/);

    await page.click('#next');
    await expect.poll(() => page.locator('#position').textContent()).toMatch(/^2 dari/);
    const second = await page.locator('#findings li.finding.current button.go').getAttribute('data-key');
    await expect.poll(() => sheet.activeRange).toBe(second!.slice(second!.indexOf('@') + 1));
    await page.click('#prev');
    await expect.poll(() => sheet.activeRange).toBe(range);
    await page.close();
  });

  test('ignore hides a finding, is remembered, and can be undone', async () => {
    const { page, gas } = await openSidebar();
    await page.click('#validate');
    await page.waitForSelector('#findings li.finding');
    const before = await page.locator('#findings li.finding').count();
    await page.locator('#findings li.finding button.ignore').first().click();
    await expect.poll(() => page.locator('#findings li.finding').count()).toBe(before - 1);
    expect([...gas.properties.data.keys()].some((k) => k.startsWith('lampiran.ignored'))).toBe(true);
    await page.check('#show-ignored');
    await expect.poll(() => page.locator('#findings li.finding.ignored').count()).toBe(1);
    await page.locator('#findings li.finding.ignored button.ignore').click();
    await expect.poll(() => page.locator('#findings li.finding').count()).toBe(before);
    await page.close();
  });

  test('fill: preview, apply, undo — the sheet goes back exactly', async () => {
    const { page, sheet } = await openSidebar('fillMonths');
    const before = sheet.snapshot();
    // Opened from "Isi bulan": the preview comes by itself.
    await page.waitForSelector('#fill-preview');
    const summary = await page.locator('#fill-preview p').first().textContent();
    expect(summary).toMatch(/^\d+ sel akan diisi pada \d+ baris$/);
    expect(await page.locator('#fill-preview li').first().textContent()).toMatch(
      /^Baris \d+: Mar, Jun, Sep, Des \(triwulanan\)$/,
    );
    expect(sheet.snapshot()).toEqual(before);
    await page.click('#apply');
    await page.waitForSelector('#undo-info');
    expect(sheet.snapshot()).not.toEqual(before);
    expect(await page.locator('#status').textContent()).toMatch(/sel bulan telah diisi/);
    await page.click('#undo');
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/Pengisian diurungkan/);
    expect(sheet.snapshot()).toEqual(before);
    await page.close();
  });

  test('English, and a server failure shows its one-line message', async () => {
    const { page, gas } = await openSidebar();
    await page.selectOption('#lang', 'en');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Lampiran Checker');
    expect(await page.locator('#validate').textContent()).toBe('Validate lampiran');
    gas.lockAvailable = false;
    await page.click('#clear');
    await expect
      .poll(() => page.locator('#status.error').textContent())
      .toBe('Someone else is editing this spreadsheet right now. Wait a moment and try again.');
    await page.close();
  });

  test('insert template from the sidebar', async () => {
    const { page, gas } = await openSidebar();
    await page.click('#tab-template');
    await page.selectOption('#kind', 'zi');
    await page.fill('#year', '2026');
    await page.dispatchEvent('#year', 'change');
    await page.click('#insert-template');
    await expect
      .poll(() => page.locator('#status').textContent())
      .toBe('Templat disisipkan sebagai lembar “Lampiran ZI 2026”');
    expect(gas.spreadsheet.active.name).toBe('Lampiran ZI 2026');
    await page.close();
  });
});
