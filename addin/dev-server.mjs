// `npm run dev:addin`: serves dist/addin over https on localhost:3000 with the Office dev
// certificate (office-addin-dev-certs installs and trusts it on first use).
import { createServer } from 'node:https';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHttpsServerOptions } from 'office-addin-dev-certs';

const ROOT = fileURLToPath(new URL('../dist/addin/', import.meta.url));
const PORT = Number(process.env.PORT ?? 3000);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

if (!existsSync(join(ROOT, 'taskpane.html'))) {
  console.error('dist/addin is missing: run `npm run build:addin` first.');
  process.exit(2);
}

const options = await getHttpsServerOptions();
createServer(options, (req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'https://localhost').pathname);
  const file = normalize(join(ROOT, path === '/' ? 'taskpane.html' : path));
  if (!file.startsWith(ROOT) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  });
  res.end(readFileSync(file));
}).listen(PORT, () => console.log(`Serving dist/addin on https://localhost:${PORT}/taskpane.html`));
