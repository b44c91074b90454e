// `lampiran validate --google …` and `--google-folder …`: the contract the CLI calls
// (docs/ARCHITECTURE.md, "Google batch contract"). Everything that can fail ends in a one-line
// message and an exit code; nothing here prints a stack.
import { appendFileSync, writeFileSync } from 'node:fs';
import {
  renderCsv,
  renderJson,
  renderMarkdown,
  renderText,
  type Lang,
  type Report,
} from '../../../shared/src/index.js';
import { GoogleApi } from './api.js';
import { resolveCredential, type AuthResult } from './auth.js';
import { DEFAULT_RETRY, type RetryPolicy } from './backoff.js';
import {
  checkSpreadsheet,
  CredentialRejected,
  faultMessage,
  type CheckOutcome,
} from './check-spreadsheet.js';
import { systemClock, type Clock, type RandomSource } from './clock.js';
import { GoogleApiError } from './faults.js';
import { durationText, gt } from './messages.js';
import { progressFor, terminalSafe } from './progress.js';
import { RateLimiter, rpmOf } from './rate-limiter.js';
import { summaryHeaderLine, summaryLineOf } from './summary-csv.js';
import { parseFolderTarget, parseSpreadsheetTarget } from './target.js';

export interface GoogleRunIo {
  stdout(s: string): void;
  stderr(s: string): void;
  env: Record<string, string | undefined>;
  isTTY: boolean;
}

export type GoogleFormat = 'text' | 'json' | 'md' | 'csv';

export interface GoogleValidateOptions {
  target: string;
  sheet?: string;
  format: GoogleFormat;
  lang: Lang;
  write: boolean;
  /** Requests per minute; overrides LAMPIRAN_GOOGLE_RPM (default 60). */
  rpm?: number;
}

export interface GoogleFolderOptions {
  folderId: string;
  sheet?: string;
  summary?: string;
  format: GoogleFormat;
  lang: Lang;
  write: boolean;
  /** Requests per minute; overrides LAMPIRAN_GOOGLE_RPM (default 60). */
  rpm?: number;
}

/** What tests and simulations inject; production uses the real clock, Math.random and ADC. */
export interface GoogleDeps {
  clock: Clock;
  random: RandomSource;
  retry: Partial<RetryPolicy>;
  /** Per-request timeout. */
  timeoutMs: number;
  /** Called with the API wrapper and its limiter once they exist (request logs for tests). */
  onApi?: (api: GoogleApi, limiter: RateLimiter) => void;
  /** Year used when a title has none (tests pin it). */
  currentYear?: number;
  /** Replaces credential resolution (tests of a rejected token use the real one). */
  resolveCredential?: typeof resolveCredential;
}

const DEFAULTS: GoogleDeps = { clock: systemClock, random: Math.random, retry: {}, timeoutMs: 60_000 };

export {
  METADATA_KEY,
  LEGACY_MARKER,
  legacyMarkerFormula,
  isLegacyRule,
  ourRuleIndexes,
  ourRules,
  ruleFingerprint,
} from './highlight-requests.js';
export { RateLimiter, maxStartsInWindow, DEFAULT_RPM } from './rate-limiter.js';
export type { GoogleApi } from './api.js';

function say(io: GoogleRunIo, text: string): void {
  io.stderr(`${terminalSafe(text, 1000)}\n`);
}

function render(report: Report, format: GoogleFormat, lang: Lang): string {
  const text =
    format === 'json'
      ? renderJson(report, lang)
      : format === 'md'
        ? renderMarkdown(report, lang)
        : format === 'csv'
          ? renderCsv(report, lang)
          : renderText(report, lang);
  return text.endsWith('\n') ? text : `${text}\n`;
}

interface Session {
  api: GoogleApi;
  limiter: RateLimiter;
  rpm: number;
  deps: GoogleDeps;
}

async function openSession(
  env: GoogleRunIo['env'],
  rpmOption: number | undefined,
  write: boolean,
  lang: Lang,
  deps: GoogleDeps,
): Promise<Session | { error: string }> {
  const rpm = rpmOf(rpmOption, env.LAMPIRAN_GOOGLE_RPM);
  if (rpm === null)
    return { error: gt('rpm.invalid', lang, { value: rpmOption ?? env.LAMPIRAN_GOOGLE_RPM ?? '' }) };
  const credential: AuthResult = await (deps.resolveCredential ?? resolveCredential)(env, write, lang);
  if (!credential.ok) return { error: credential.message };
  const limiter = new RateLimiter(rpm, deps.clock);
  const api = new GoogleApi({
    auth: credential.auth,
    rootUrl: env.LAMPIRAN_GOOGLE_API_ROOT,
    timeoutMs: deps.timeoutMs,
    limiter,
    clock: deps.clock,
    random: deps.random,
    retry: { ...DEFAULT_RETRY, ...deps.retry },
  });
  deps.onApi?.(api, limiter);
  return { api, limiter, rpm, deps };
}

function check(
  session: Session,
  id: string,
  gid: number | null,
  o: { sheet?: string; write: boolean; lang: Lang },
): Promise<CheckOutcome> {
  const { api, deps } = session;
  return checkSpreadsheet(
    api,
    id,
    {
      ...(o.sheet !== undefined ? { sheet: o.sheet } : {}),
      gid,
      write: o.write,
      lang: o.lang,
      ...(deps.currentYear ? { currentYear: deps.currentYear } : {}),
      maxWriteRebuilds: Math.max(1, (deps.retry.maxAttempts ?? DEFAULT_RETRY.maxAttempts) - 1),
    },
    (fault, retry) => api.backoff(fault, retry),
    () => deps.clock.now(),
  );
}

export function runGoogleValidate(o: GoogleValidateOptions, io: GoogleRunIo): Promise<number> {
  return runGoogleValidateWith(o, io, {});
}

export async function runGoogleValidateWith(
  o: GoogleValidateOptions,
  io: GoogleRunIo,
  injected: Partial<GoogleDeps>,
): Promise<number> {
  const deps: GoogleDeps = { ...DEFAULTS, ...injected };
  try {
    const target = parseSpreadsheetTarget(o.target);
    if (!target) {
      say(io, gt('target.invalid', o.lang, { target: o.target }));
      return 2;
    }
    const session = await openSession(io.env, o.rpm, o.write, o.lang, deps);
    if ('error' in session) {
      say(io, session.error);
      return 2;
    }
    const outcome = await check(session, target.id, target.gid, o);
    if (outcome.status !== 'ok' || !outcome.report) {
      say(io, outcome.message);
      return 2;
    }
    io.stdout(render(outcome.report, o.format, o.lang));
    if (outcome.write) say(io, outcome.write.message);
    if (outcome.write?.status === 'failed') return 2;
    return outcome.report.summary.errors > 0 ? 1 : 0;
  } catch (e) {
    return unexpected(e, io, o.lang);
  }
}

function unexpected(e: unknown, io: GoogleRunIo, lang: Lang): number {
  if (e instanceof CredentialRejected) say(io, gt('auth.rejected', lang));
  else if (e instanceof GoogleApiError) say(io, faultMessage(e.fault, e.attempts, '', lang));
  else say(io, gt('status.error', lang, { status: '-', detail: e instanceof Error ? e.message : String(e) }));
  return 2;
}

export function runGoogleFolder(o: GoogleFolderOptions, io: GoogleRunIo): Promise<number> {
  return runGoogleFolderWith(o, io, {});
}

interface FolderEntry {
  id: string;
  title: string;
  sheet: string | null;
  status: string;
  message: string;
  report: Report | null;
}

export async function runGoogleFolderWith(
  o: GoogleFolderOptions,
  io: GoogleRunIo,
  injected: Partial<GoogleDeps>,
): Promise<number> {
  try {
    return await folderRun(o, io, { ...DEFAULTS, ...injected });
  } catch (e) {
    // A disk that fills up mid-run or a bug still ends in one line, never a stack.
    return unexpected(e, io, o.lang);
  }
}

async function folderRun(o: GoogleFolderOptions, io: GoogleRunIo, deps: GoogleDeps): Promise<number> {
  const lang = o.lang;
  const folderId = parseFolderTarget(o.folderId);
  if (!folderId) {
    say(io, gt('folder.invalid', lang, { target: o.folderId }));
    return 2;
  }
  // Open the summary first: better to stop now than after thirty minutes of requests.
  if (o.summary) {
    try {
      writeFileSync(o.summary, summaryHeaderLine(), 'utf8');
    } catch (e) {
      say(
        io,
        gt('summary.unwritable', lang, {
          file: o.summary,
          detail: e instanceof Error ? e.message : String(e),
        }),
      );
      return 2;
    }
  }
  let session: Session | { error: string };
  try {
    session = await openSession(io.env, o.rpm, o.write, lang, deps);
  } catch (e) {
    return unexpected(e, io, lang);
  }
  if ('error' in session) {
    say(io, session.error);
    return 2;
  }
  const started = deps.clock.now();
  let files;
  try {
    files = await session.api.listFolder(folderId);
  } catch (e) {
    if (e instanceof GoogleApiError) {
      const f = e.fault;
      if (f.kind === 'unauthenticated') say(io, gt('auth.rejected', lang));
      else if (f.kind === 'forbidden') say(io, gt('folder.forbidden', lang, { id: folderId }));
      else if (f.kind === 'not-found') say(io, gt('folder.notFound', lang, { id: folderId }));
      else
        say(
          io,
          gt('folder.failed', lang, { id: folderId, detail: faultMessage(f, e.attempts, folderId, lang) }),
        );
      return 2;
    }
    return unexpected(e, io, lang);
  }
  if (files.length === 0) {
    say(io, gt('folder.empty', lang, { id: folderId }));
    if (o.format === 'json')
      io.stdout(`${JSON.stringify({ version: 1, folder: folderId, spreadsheets: [] }, null, 2)}\n`);
    return 0;
  }
  const perSheet = o.write ? 3 : 2;
  const floor = expectedMs(files.length * perSheet, session.rpm);
  say(
    io,
    floor > 0
      ? gt('folder.listed', lang, {
          count: files.length,
          id: folderId,
          rpm: session.rpm,
          eta: durationText(floor, lang),
        })
      : gt('folder.listedShort', lang, { count: files.length, id: folderId }),
  );

  const progress = progressFor(io.isTTY, io.stderr, deps.clock, lang);
  // With a live bar on the terminal, reports wait until the bar is done so they do not tear it.
  const buffered: string[] = [];
  const out = (s: string): void => {
    if (io.isTTY) buffered.push(s);
    else io.stdout(s);
  };
  const entries: FolderEntry[] = [];
  let clean = 0;
  let withErrors = 0;
  let failedCount = 0;
  let csvHeaderDone = false;
  let aborted = false;
  progress.start(files.length);
  for (const file of files) {
    let outcome: CheckOutcome;
    try {
      outcome = await check(session, file.id, null, {
        ...(o.sheet !== undefined ? { sheet: o.sheet } : {}),
        write: o.write,
        lang,
      });
    } catch (e) {
      progress.stop();
      if (e instanceof CredentialRejected) say(io, gt('auth.rejected', lang));
      else unexpected(e, io, lang);
      say(io, gt('folder.aborted', lang, { done: entries.length, total: files.length }));
      aborted = true;
      break;
    }
    if (outcome.title === outcome.id) outcome.title = file.name;
    const writeFailed = outcome.write?.status === 'failed';
    if (outcome.status !== 'ok' || !outcome.report) failedCount++;
    else if (outcome.report.summary.errors > 0 || writeFailed) withErrors++;
    else clean++;
    if (o.summary) appendFileSync(o.summary, summaryLineOf(outcome), 'utf8');
    entries.push({
      id: outcome.id,
      title: outcome.title,
      sheet: outcome.sheet,
      status: outcome.status === 'ok' && writeFailed ? 'write-failed' : outcome.status,
      message:
        outcome.write && outcome.write.status !== 'none'
          ? `${outcome.message}; ${outcome.write.message}`
          : outcome.message,
      report: outcome.report,
    });
    if (outcome.report && o.format !== 'json') {
      let text = render(outcome.report, o.format, lang);
      if (o.format === 'csv') {
        // One CSV on stdout: the header once, then every spreadsheet's lines.
        if (csvHeaderDone) text = text.slice(text.indexOf('\n') + 1);
        csvHeaderDone = true;
      } else {
        text = `${o.format === 'md' ? '## ' : '== '}${outcome.title}\n\n${text}\n`;
      }
      out(text);
    }
    progress.tick(entries.length, outcome.title, outcome.message);
  }
  if (!aborted) progress.stop();
  for (const s of buffered) io.stdout(s);
  if (o.format === 'json') {
    io.stdout(`${JSON.stringify({ version: 1, folder: folderId, spreadsheets: entries }, null, 2)}\n`);
  }
  say(
    io,
    gt('folder.done', lang, {
      total: entries.length,
      clean,
      withErrors,
      failed: failedCount,
      elapsed: durationText(deps.clock.now() - started, lang),
    }),
  );
  if (o.summary) say(io, gt('summary.written', lang, { file: o.summary }));
  if (aborted) return 2;
  return withErrors > 0 || failedCount > 0 ? 1 : 0;
}

/** The least time `requests` take at `rpm` when the limiter is the only brake. */
export function expectedMs(requests: number, rpm: number): number {
  return Math.max(0, Math.ceil(requests / rpm) - 1) * 60_000;
}
