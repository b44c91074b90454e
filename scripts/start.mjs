// `npm start`: validates the bundled sample and writes a highlighted copy, to show the tool at work.
// The sample holds planted defects, so the validator's exit code 1 is the expected outcome here.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sample = path.join('examples', 'lampiran-contoh.xlsx');
const out = path.join('examples', 'out', 'lampiran-contoh.diperiksa.xlsx');
mkdirSync(path.join(root, 'examples', 'out'), { recursive: true });

const run = spawnSync(
  process.execPath,
  [path.join(root, 'bin', 'lampiran.js'), 'validate', sample, '--out', out],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (run.error) {
  console.error(`lampiran: gagal menjalankan pemeriksa: ${run.error.message}`);
  process.exit(2);
}
const code = run.status ?? 2;
if (code === 1) {
  console.log(
    `\nSelesai. Contoh ini sengaja memuat kesalahan, jadi kode keluar 1 dari pemeriksa memang diharapkan. Buka ${out} untuk melihat sorotannya.`,
  );
  process.exit(0);
}
if (code === 0) {
  console.log(`\nSelesai. Buka ${out} untuk melihat hasilnya.`);
}
process.exit(code);
