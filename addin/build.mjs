// `npm run build:addin`: Vite build into dist/addin, icons, the manifest with the production
// base URL (env ADDIN_BASE_URL, default https://localhost:3000), and the pane's gzipped size.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { makeIcons, ICON_SIZES } from './scripts/make-icons.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const OUT = here('../dist/addin/');
export const DEV_BASE_URL = 'https://localhost:3000';
/** Size goal for the task pane's JS + CSS, gzipped. */
const BUDGET_BYTES = 200 * 1024;

/** The base URL the manifest points at; https only (Office refuses anything else). */
export function baseUrlOf(env = process.env) {
  const raw = (env.ADDIN_BASE_URL ?? '').trim() || DEV_BASE_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_BASE_URL must start with https:// (got ${raw})`);
  return url.href.replace(/\/+$/, '');
}

/** The repository manifest with its development base URL replaced. */
export function manifestFor(baseUrl) {
  const xml = readFileSync(here('../manifest.xml'), 'utf8');
  return xml.split(DEV_BASE_URL).join(baseUrl);
}

/** Local JS/CSS files an HTML page loads (scripts, module preloads, stylesheets). */
function assetsOf(htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  return [...new Set(refs)];
}

export async function buildAddin({ quiet = false } = {}) {
  const baseUrl = baseUrlOf();
  makeIcons({ onlyMissing: true });
  await build({ configFile: here('./vite.config.ts'), logLevel: quiet ? 'silent' : 'warn' });
  mkdirSync(`${OUT}assets`, { recursive: true });
  for (const name of ['icon', 'clear']) {
    for (const size of ICON_SIZES)
      copyFileSync(here(`./assets/${name}-${size}.png`), `${OUT}assets/${name}-${size}.png`);
  }
  writeFileSync(`${OUT}manifest.xml`, manifestFor(baseUrl));
  const files = assetsOf(`${OUT}taskpane.html`);
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const bytes = readFileSync(`${OUT}${f}`);
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  return { baseUrl, files, raw, gz, withinBudget: gz <= BUDGET_BYTES };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const r = await buildAddin();
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`dist/addin written (manifest base URL ${r.baseUrl})`);
    console.log(
      `task pane JS+CSS: ${kb(r.raw)} raw, ${kb(r.gz)} gzipped (goal ≤ 200 KB)${r.withinBudget ? '' : ' — OVER BUDGET'}`,
    );
    if (!existsSync(`${OUT}commands.html`)) throw new Error('commands.html missing from the build');
  } catch (e) {
    console.error(`build:addin failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
