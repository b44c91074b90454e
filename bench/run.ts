// `npm run bench` (add `-- --json` for a machine-readable last line).
// Measures the core (validation vs a bare pass over the same cells, 10,000 rows), the whole
// `lampiran validate` process on a 50,000-row .xlsx, and the host call counts when the Excel and
// Apps Script benchmarks are present. Figures go to bench/results.json and bench/RESULTS.md.
import { spawn } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { benchCore, generateGrid, round } from './core.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MAX_RATIO = 3;
const json = process.argv.includes('--json');
const log = (s: string): void => {
  process.stdout.write(`${s}\n`);
};

async function writeLargeXlsx(file: string, rows: number): Promise<void> {
  const sheet = generateGrid(rows);
  // The streaming writer keeps the generator's own memory out of the measurement's way.
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: false,
    useSharedStrings: false,
  });
  const ws = wb.addWorksheet('Lampiran');
  for (const m of sheet.merges ?? []) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  sheet.values.forEach((row, i) => {
    ws.getRow(i + 1).values = [null, ...row] as ExcelJS.CellValue[];
    ws.getRow(i + 1).commit();
  });
  ws.commit();
  await wb.commit();
}

/** Wall time and peak RSS of one real `node bin/lampiran.js validate` process. */
function timeCli(file: string): Promise<{ ms: number; code: number; maxRssMb: number | null }> {
  // The hook reports the process's own peak RSS on exit (resourceUsage().maxRSS is in KiB).
  const hook = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nLAMPIRAN_MAXRSS '+process.resourceUsage().maxRSS+'\\n'))`;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      ['--import', hook, path.join(ROOT, 'bin', 'lampiran.js'), 'validate', file, '--format', 'json'],
      {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      const m = /LAMPIRAN_MAXRSS (\d+)/.exec(stderr);
      resolve({ ms, code: code ?? -1, maxRssMb: m ? round(Number(m[1]) / 1024) : null });
    });
  });
}

async function optional<T>(file: string, name: string): Promise<T | { error: string } | null> {
  const full = path.join(ROOT, 'bench', file);
  if (!existsSync(full)) return null;
  try {
    const mod = (await import(`./${file.replace(/\.ts$/, '.js')}`)) as Record<string, () => Promise<T>>;
    const fn = mod[name];
    if (typeof fn !== 'function') return { error: `${file} does not export ${name}()` };
    return await fn();
  } catch (e) {
    return { error: (e instanceof Error ? e.message : String(e)).split('\n')[0]! };
  }
}

log('lampiran bench');
log(`node ${process.version}, ${os.cpus().length} CPU, ${os.platform()} ${os.arch()}`);

const core = benchCore(10_000);
log(`core: ${core.rows} rows, ${core.findings} findings`);
log(`  validate  ${core.validateMs} ms (median of ${core.runs}, after ${core.warmUps} warm-up runs)`);
log(`  first run ${core.validateFirstMs} ms (cold: before the JIT has optimised anything)`);
log(`  bare pass ${core.scanMs} ms (median of ${core.runs}, every cell read once)`);
log(`  ratio     ${core.ratio} (limit ${MAX_RATIO})`);
log(`  heap peak ${core.heapPeakMb} MB`);

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lampiran-bench-'));
let cli: Awaited<ReturnType<typeof timeCli>>;
try {
  const big = path.join(dir, 'lampiran-50k.xlsx');
  await writeLargeXlsx(big, 50_000);
  const size = (await fs.stat(big)).size;
  cli = await timeCli(big);
  log(`cli: node bin/lampiran.js validate on 50,000 rows (.xlsx, ${round(size / 1024 / 1024)} MB)`);
  log(`  wall time ${round(cli.ms, 0)} ms, exit code ${cli.code}, peak RSS ${cli.maxRssMb ?? '?'} MB`);
} finally {
  await fs.rm(dir, { recursive: true, force: true });
}

const excel = await optional<{ syncsSmall: number; syncsLarge: number }>('excel.ts', 'benchExcel');
const appsScript = await optional<{ callsSmall: number; callsLarge: number; bundleBytes: number }>(
  'apps-script.ts',
  'benchAppsScript',
);
log(`excel: ${excel === null ? 'bench/excel.ts not present' : JSON.stringify(excel)}`);
log(`appsScript: ${appsScript === null ? 'bench/apps-script.ts not present' : JSON.stringify(appsScript)}`);

const cliOk = cli.code === 0 || cli.code === 1;
const pass = core.ratio <= MAX_RATIO && cliOk;
const results = {
  core: {
    rows: core.rows,
    findings: core.findings,
    validateMs: core.validateMs,
    validateFirstMs: core.validateFirstMs,
    scanMs: core.scanMs,
    ratio: core.ratio,
    maxRatio: MAX_RATIO,
    heapPeakMb: core.heapPeakMb,
    peakRssMb: cli.maxRssMb,
    cli50kMs: round(cli.ms, 0),
    cli50kExitCode: cli.code,
    pass,
  },
  excel,
  appsScript,
  environment: {
    node: process.version,
    cpus: os.cpus().length,
    platform: `${os.platform()} ${os.arch()}`,
    date: new Date().toISOString(),
  },
};
await fs.writeFile(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
const md = [
  '# Benchmark results',
  '',
  `Measured by \`npm run bench\` on ${results.environment.date.slice(0, 10)} (node ${process.version}, ${os.cpus().length} CPU, ${os.platform()}).`,
  'Raw figures: `bench/results.json`.',
  '',
  '| measure | value |',
  '|---|---|',
  `| grid rows (core) | ${core.rows} |`,
  `| validate, median of ${core.runs} (after ${core.warmUps} warm-up runs) | ${core.validateMs} ms |`,
  `| validate, first (cold) run | ${core.validateFirstMs} ms |`,
  `| bare pass (every cell read once), median of ${core.runs} | ${core.scanMs} ms |`,
  `| ratio (limit ${MAX_RATIO}) | ${core.ratio} ${core.ratio <= MAX_RATIO ? '✓' : '✗ FAIL'} |`,
  `| heap peak during core runs | ${core.heapPeakMb} MB |`,
  `| \`node bin/lampiran.js validate\`, 50,000-row .xlsx, wall time | ${round(cli.ms, 0)} ms |`,
  `| same process, peak RSS | ${cli.maxRssMb ?? '?'} MB |`,
  `| Excel add-in \`context.sync\` calls (small / large sheet) | ${excel && 'syncsSmall' in excel ? `${excel.syncsSmall} / ${excel.syncsLarge}` : 'not measured'} |`,
  `| Apps Script Spreadsheet calls (small / large sheet) | ${appsScript && 'callsSmall' in appsScript ? `${appsScript.callsSmall} / ${appsScript.callsLarge}` : 'not measured'} |`,
  '',
  'The bare pass turns every cell of the same SheetInput into its text once (`textOf`); it is the',
  'floor any validation must pay. SPEC §12 asks validation to stay within 3× of it.',
  '',
].join('\n');
await fs.writeFile(path.join(ROOT, 'bench', 'RESULTS.md'), md);

if (!cliOk) log(`FAIL: lampiran validate on 50,000 rows exited with code ${cli.code}`);
if (core.ratio > MAX_RATIO) log(`FAIL: validation takes ${core.ratio}× the bare pass (limit ${MAX_RATIO}×)`);
if (pass) log('PASS');
if (json) log(JSON.stringify(results));
process.exitCode = pass ? 0 : 1;
