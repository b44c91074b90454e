// The `lampiran` command (SPEC §10). Returns the exit code: 0 no error findings, 1 error
// findings, 2 usage error or unreadable input. Every failure ends as one line on stderr.
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import {
  buildReport,
  buildTemplate,
  findGrid,
  planFill,
  renderCsv,
  renderJson,
  renderMarkdown,
  renderText,
  sheetViewOf,
  t,
  validate,
  type Anchor,
  type FillPlan,
  type Lang,
  type PlanKind,
} from '../../shared/src/index.js';
import { CliError, cliText, oneLine } from './messages.js';
import { loadInput, type LoadedInput } from './read-input.js';
import { writeFilledCopy } from './write-fill.js';
import { writeHighlightedCopy } from './write-validated.js';
import { templateWorkbook } from './write-template.js';
import { sameFile, writeAtomically } from './write-file.js';

export interface CliIo {
  stdout(s: string): void;
  stderr(s: string): void;
  env: Record<string, string | undefined>;
  isTTY: boolean;
  /** Whether stderr is a terminal: the Google folder progress bar draws there. */
  stderrIsTTY?: boolean;
  /** The year used when a plan states none (tests pin it). */
  currentYear?: number;
}

type GoogleModule = typeof import('./google/index.js');

export type Format = 'text' | 'json' | 'md' | 'csv';
const FORMATS: readonly Format[] = ['text', 'json', 'md', 'csv'];

function processIo(): CliIo {
  // `lampiran validate big.xlsx | head` closes the pipe early: stop quietly, no stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    });
  }
  const write = (stream: NodeJS.WriteStream) => (s: string) => {
    stream.write(s);
  };
  return {
    stdout: write(process.stdout),
    stderr: write(process.stderr),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  };
}

/** The language asked for, read before commander runs so its own errors are translated too. */
export function langOf(argv: readonly string[], env: Record<string, string | undefined>): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang' && argv[i + 1] === 'en') return 'en';
    if (a === '--lang=en') return 'en';
  }
  return env.LAMPIRAN_LANG === 'en' ? 'en' : 'id';
}

function formatOf(value: string | undefined): Format {
  const v = (value ?? 'text').toLowerCase();
  if (v === 'markdown') return 'md';
  if ((FORMATS as readonly string[]).includes(v)) return v as Format;
  throw new CliError('error.badFormat', { value: String(value) });
}

function checkLang(value: string | undefined): Lang {
  if (value === undefined || value === 'id') return 'id';
  if (value === 'en') return 'en';
  throw new CliError('error.badLang', { value });
}

function anchorOf(value: string | undefined): Anchor {
  if (value === undefined || value === 'end') return 'end';
  if (value === 'start') return 'start';
  throw new CliError('error.badAnchor', { value });
}

/** "11-13", "11,12,15" or a mix ("11-13,15") as sorted sheet rows. */
export function parseRows(value: string): number[] {
  const rows = new Set<number>();
  const parts = value.split(',').map((p) => p.trim());
  for (const part of parts) {
    const m = /^(\d+)(?:\s*[-–]\s*(\d+))?$/.exec(part);
    if (!m) throw new CliError('error.badRows', { value });
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (a < 1 || b < a || b - a > 1_048_576) throw new CliError('error.badRows', { value });
    for (let r = a; r <= b; r++) rows.add(r);
  }
  if (rows.size === 0) throw new CliError('error.badRows', { value });
  return [...rows].sort((x, y) => x - y);
}

/** Input size limit; LAMPIRAN_MAX_INPUT_MB lowers or raises the default 100 MB. */
function maxBytesOf(env: Record<string, string | undefined>): number | undefined {
  const mb = Number(env.LAMPIRAN_MAX_INPUT_MB);
  return Number.isFinite(mb) && mb > 0 ? mb * 1024 * 1024 : undefined;
}

function requireExt(file: string, exts: readonly string[]): void {
  if (!exts.includes(path.extname(file).toLowerCase())) {
    throw new CliError('error.outExtension', { file, expected: exts.join(' / ') });
  }
}

function renderReport(
  format: Format,
  report: ReturnType<typeof buildReport>,
  lang: Lang,
  color: boolean,
): string {
  switch (format) {
    case 'json':
      return renderJson(report, lang);
    case 'md':
      return renderMarkdown(report, lang);
    case 'csv':
      return renderCsv(report, lang);
    default:
      return renderText(report, lang, { color });
  }
}

function withNewline(s: string): string {
  return s.endsWith('\n') ? s : `${s}\n`;
}

interface ValidateCliOptions {
  sheet?: string;
  format?: string;
  lang?: string;
  out?: string;
  google?: string;
  googleFolder?: string;
  summary?: string;
  write?: boolean;
}

async function runValidate(
  file: string | undefined,
  o: ValidateCliOptions,
  io: CliIo,
  year: number,
): Promise<number> {
  const lang = checkLang(o.lang);
  const format = formatOf(o.format);
  const google = o.google !== undefined || o.googleFolder !== undefined;
  if (google) {
    if (file !== undefined || (o.google !== undefined && o.googleFolder !== undefined))
      throw new CliError('error.fileAndGoogle');
    if (o.out !== undefined) throw new CliError('error.fileOnly', { option: '--out' });
    if (o.summary !== undefined && o.googleFolder === undefined)
      throw new CliError('error.googleOnly', { option: '--summary' });
    let mod: GoogleModule;
    try {
      // Loaded only here so file commands never pay for (or depend on) googleapis.
      mod = await import('./google/index.js');
    } catch (e) {
      throw new CliError('error.googleUnavailable', {
        reason: oneLine(e instanceof Error ? e.message : String(e)).slice(0, 160),
      });
    }
    const gio = { stdout: io.stdout, stderr: io.stderr, env: io.env, isTTY: io.stderrIsTTY ?? io.isTTY };
    if (o.google !== undefined) {
      return mod.runGoogleValidate(
        { target: o.google, sheet: o.sheet, format, lang, write: Boolean(o.write) },
        gio,
      );
    }
    return mod.runGoogleFolder(
      {
        folderId: o.googleFolder!,
        sheet: o.sheet,
        summary: o.summary,
        format,
        lang,
        write: Boolean(o.write),
      },
      gio,
    );
  }
  if (o.write) throw new CliError('error.googleOnly', { option: '--write' });
  if (o.summary !== undefined) throw new CliError('error.googleOnly', { option: '--summary' });
  if (file === undefined) throw new CliError('error.noFile');
  if (o.out !== undefined) {
    requireExt(o.out, ['.xlsx']);
    if (sameFile(o.out, file)) throw new CliError('error.outSameAsInput', { file: o.out });
  }
  const input = await loadInput(file, { sheet: o.sheet, currentYear: year, maxBytes: maxBytesOf(io.env) });
  const result = validate(input.sheet, { lang, currentYear: year });
  const report = buildReport(result, { source: path.basename(file), sheet: input.sheet.name, lang });
  io.stdout(
    withNewline(renderReport(format, report, lang, io.isTTY && format === 'text' && !io.env.NO_COLOR)),
  );
  if (o.out !== undefined) {
    await writeHighlightedCopy(input, result, report, lang, o.out);
    io.stderr(`${cliText('note.outWritten', lang, { file: o.out })}\n`);
  }
  return result.summary.errors > 0 ? 1 : 0;
}

interface FillCliOptions {
  sheet?: string;
  out?: string;
  dryRun?: boolean;
  format?: string;
  infer?: boolean;
  rule?: string;
  rows?: string;
  anchor?: string;
  lang?: string;
}

function fillText(plan: FillPlan, lang: Lang): string {
  const lines: string[] = [];
  const rows = new Set(plan.writes.map((w) => w.row));
  lines.push(
    plan.writes.length === 0
      ? t('fill.nothing', lang)
      : t('fill.preview', lang, { cells: plan.writes.length, rows: rows.size }),
  );
  const source = (s: string): string =>
    (lang === 'en'
      ? { ket: 'KET', text: 'text', option: '--rule' }
      : { ket: 'KET', text: 'teks', option: '--rule' })[s] ?? s;
  for (const w of plan.writes) {
    lines.push(
      `  ${cliText('note.fillPreview', lang, { row: w.row, cell: w.cell, value: String(w.value), rule: w.rule, source: source(w.source) })}`,
    );
  }
  if (plan.skipped.length > 0) lines.push(t('fill.skipped', lang, { count: plan.skipped.length }));
  for (const s of plan.skipped) {
    lines.push(
      `  ${cliText('note.skipped', lang, { row: s.row, reason: t(`fill.skip.${s.reason}`, lang) })}${s.rule ? ` (${s.rule})` : ''}`,
    );
  }
  return lines.join('\n');
}

async function runFill(file: string, o: FillCliOptions, io: CliIo, year: number): Promise<number> {
  const lang = checkLang(o.lang);
  const format = formatOf(o.format);
  if (format !== 'json' && format !== 'text')
    throw new CliError('error.badFormat', { value: String(o.format) });
  const anchor = anchorOf(o.anchor);
  if (o.rows !== undefined && o.rule === undefined) throw new CliError('error.rowsWithoutRule');
  if (o.rule !== undefined && o.rows === undefined) throw new CliError('error.ruleWithoutRows');
  const rows = o.rows !== undefined ? parseRows(o.rows) : undefined;
  if (!o.dryRun && o.out === undefined) throw new CliError('error.fillNeedsOut');
  if (o.out !== undefined) {
    if (sameFile(o.out, file)) throw new CliError('error.outSameAsInput', { file: o.out });
    requireExt(
      o.out,
      path.extname(file).toLowerCase() === '.xlsx' ? ['.xlsx'] : ['.xlsx', '.csv', '.tsv', '.txt'],
    );
  }
  const input: LoadedInput = await loadInput(file, {
    sheet: o.sheet,
    currentYear: year,
    maxBytes: maxBytesOf(io.env),
  });
  if (!findGrid(sheetViewOf(input.sheet), { currentYear: year }).grid) {
    io.stderr(`${cliText('error.noGridForFill', lang, { file })}\n`);
    return 1;
  }
  const plan = planFill(input.sheet, {
    infer: Boolean(o.infer),
    anchor,
    rule: o.rule,
    rows,
    currentYear: year,
  });
  if (o.dryRun) {
    io.stdout(
      withNewline(
        format === 'json'
          ? JSON.stringify({ writes: plan.writes, skipped: plan.skipped }, null, 2)
          : fillText(plan, lang),
      ),
    );
    return 0;
  }
  await writeFilledCopy(input, plan, o.out!);
  if (format === 'json')
    io.stdout(withNewline(JSON.stringify({ writes: plan.writes, skipped: plan.skipped }, null, 2)));
  else io.stdout(withNewline(fillText(plan, lang)));
  const note = plan.writes.length === 0 ? 'note.fillNothing' : 'note.fillWritten';
  io.stderr(
    `${cliText(note, lang, { cells: plan.writes.length, skipped: plan.skipped.length, file: o.out! })}\n`,
  );
  return 0;
}

interface TemplateCliOptions {
  kind: string;
  year?: string;
  out: string;
  lang?: string;
}

async function runTemplate(o: TemplateCliOptions, io: CliIo, currentYear: number): Promise<number> {
  const lang = checkLang(o.lang);
  const kind = o.kind.toLowerCase();
  if (kind !== 'rb' && kind !== 'zi') throw new CliError('error.badKind', { value: o.kind });
  let year = currentYear;
  if (o.year !== undefined) {
    if (!/^\d{4}$/.test(o.year)) throw new CliError('error.badYear', { value: o.year });
    year = Number(o.year);
  }
  requireExt(o.out, ['.xlsx']);
  const tpl = buildTemplate({ kind: kind as PlanKind, year, lang });
  const wb = templateWorkbook(tpl, lang);
  await writeAtomically(o.out, (tmp) => wb.xlsx.writeFile(tmp));
  io.stderr(`${cliText('note.templateWritten', lang, { kind: kind.toUpperCase(), year, file: o.out })}\n`);
  return 0;
}

function buildProgram(io: CliIo, lang: Lang, year: number, setCode: (n: number) => void): Command {
  const en = lang === 'en';
  const program = new Command('lampiran');
  program
    .description(
      en ? 'Validate RB/ZI action-plan attachments (lampiran)' : 'Validasi lampiran Rencana Aksi RB/ZI',
    )
    .exitOverride()
    .showSuggestionAfterError(false)
    .helpOption('-h, --help', en ? 'show help' : 'tampilkan bantuan')
    .helpCommand('help [command]', en ? 'show help for a command' : 'tampilkan bantuan untuk perintah')
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: () => undefined,
      outputError: () => undefined,
    });
  const common = (cmd: Command): Command =>
    cmd.exitOverride().configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: () => undefined,
      outputError: () => undefined,
    });

  common(
    program
      .command('validate')
      .argument('[file]', en ? '.xlsx, .csv, .tsv or .txt file' : 'berkas .xlsx, .csv, .tsv atau .txt')
      .description(
        en ? 'check a lampiran and report every problem' : 'periksa lampiran dan laporkan setiap masalah',
      ),
  )
    .option(
      '--sheet <name>',
      en
        ? 'sheet to check (default: the first with a grid)'
        : 'lembar yang diperiksa (bawaan: yang pertama berisi tabel)',
    )
    .addOption(new Option('--format <format>', en ? 'text, json, md or csv' : 'text, json, md atau csv'))
    .option('--lang <lang>', en ? 'id or en' : 'id atau en')
    .option(
      '--out <file.xlsx>',
      en ? 'write a copy with the findings highlighted' : 'tulis salinan dengan temuan disorot',
    )
    .option('--google <id-or-url>', en ? 'a Google spreadsheet' : 'spreadsheet Google')
    .option(
      '--google-folder <folder-id>',
      en ? 'every spreadsheet of a Drive folder' : 'semua spreadsheet dalam folder Drive',
    )
    .option(
      '--summary <file.csv>',
      en ? 'summary CSV (with --google-folder)' : 'CSV ringkasan (dengan --google-folder)',
    )
    .option(
      '--write',
      en ? 'write highlights and the report sheet to Google' : 'tulis sorotan dan lembar laporan ke Google',
    )
    .action(async (file: string | undefined, o: ValidateCliOptions) =>
      setCode(await runValidate(file, o, io, year)),
    );

  common(
    program
      .command('fill')
      .argument('<file>', en ? '.xlsx, .csv, .tsv or .txt file' : 'berkas .xlsx, .csv, .tsv atau .txt')
      .description(en ? 'fill month marks from recurrence rules' : 'isi tanda bulan dari aturan jadwal'),
  )
    .option('--out <file>', en ? 'write the filled copy here' : 'tulis salinan yang sudah diisi ke sini')
    .option(
      '--dry-run',
      en
        ? 'show the cells that would be written, write nothing'
        : 'tampilkan sel yang akan ditulis, tanpa menulis',
    )
    .option('--format <format>', en ? 'text or json' : 'text atau json')
    .option(
      '--infer',
      en
        ? 'also read rules from SUB KEGIATAN / INDIKATOR text'
        : 'baca aturan juga dari teks SUB KEGIATAN / INDIKATOR',
    )
    .option('--rule <rule>', en ? 'explicit rule, e.g. "triwulanan"' : 'aturan eksplisit, mis. "triwulanan"')
    .option(
      '--rows <rows>',
      en ? 'rows for --rule: 11-13 or 11,12,15' : 'baris untuk --rule: 11-13 atau 11,12,15',
    )
    .option('--anchor <anchor>', en ? 'end or start of each period' : 'akhir (end) atau awal (start) periode')
    .option('--sheet <name>', en ? 'sheet to fill' : 'lembar yang diisi')
    .option('--lang <lang>', en ? 'id or en' : 'id atau en')
    .action(async (file: string, o: FillCliOptions) => setCode(await runFill(file, o, io, year)));

  common(
    program
      .command('template')
      .description(en ? 'write an empty, print-ready lampiran' : 'tulis lampiran kosong yang siap cetak'),
  )
    .requiredOption('--kind <kind>', 'rb | zi')
    .option('--year <year>', en ? 'plan year (default: this year)' : 'tahun rencana (bawaan: tahun ini)')
    .requiredOption('--out <file.xlsx>', en ? 'output file' : 'berkas keluaran')
    .option('--lang <lang>', en ? 'id or en' : 'id atau en')
    .action(async (o: TemplateCliOptions) => setCode(await runTemplate(o, io, year)));
  program.addHelpText(
    'after',
    [
      '',
      en ? 'Examples:' : 'Contoh:',
      '  lampiran validate examples/lampiran-contoh.xlsx --out examples/out/diperiksa.xlsx',
      '  lampiran validate lampiran.csv --format json --lang en',
      '  lampiran fill lampiran.xlsx --dry-run --format json',
      '  lampiran fill lampiran.xlsx --out terisi.xlsx --rule "triwulanan" --rows 11-13',
      '  lampiran template --kind rb --year 2026 --out templat.xlsx',
      '',
      en
        ? 'Exit codes: 0 no errors, 1 error findings, 2 usage error or unreadable input.'
        : 'Kode keluar: 0 tanpa kesalahan, 1 ada temuan kesalahan, 2 perintah salah atau berkas tak terbaca.',
    ].join('\n'),
  );
  return program;
}

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const lang = langOf(argv, io.env);
  const year = io.currentYear ?? new Date().getFullYear();
  let code = 0;
  try {
    const program = buildProgram(io, lang, year, (n) => {
      code = n;
    });
    if (argv.length === 0) {
      io.stdout(program.helpInformation());
      return 2;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`lampiran: ${e.text(lang)}\n`);
      return 2;
    }
    if (e instanceof CommanderError) {
      if (
        e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.version' ||
        e.code === 'commander.help'
      )
        return 0;
      const detail = oneLine(e.message.replace(/^error:\s*/i, ''));
      io.stderr(`lampiran: ${cliText('error.usage', lang, { detail })}\n`);
      return 2;
    }
    // A bug, not a user error: still one line, no stack (LAMPIRAN_DEBUG=1 shows it).
    const reason = oneLine(e instanceof Error ? e.message : String(e)).slice(0, 200);
    io.stderr(`lampiran: ${cliText('error.unexpected', lang, { reason })}\n`);
    if (io.env.LAMPIRAN_DEBUG && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
    return 2;
  }
}
