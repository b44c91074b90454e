// One spreadsheet: one metadata read, one values read, validation by the core, and with --write
// at most one batchUpdate (plus a re-read and a rebuilt batchUpdate only after an unknown outcome).
import {
  buildReport,
  highlightsOf,
  validate,
  type Lang,
  type Report,
  type ValidationResult,
} from '../../../shared/src/index.js';
import type { GoogleApi, Schema$Sheet, Schema$Spreadsheet } from './api.js';
import { faultOf, GoogleApiError, outcomeUnknown, type ApiFault } from './faults.js';
import {
  desiredRules,
  highlightPlanOf,
  highlightsUpToDate,
  type HighlightPlan,
} from './highlight-requests.js';
import { gt } from './messages.js';
import { gridSheetsOf, quotedSheet, sheetInputOf, type SheetMeta } from './sheet-input.js';
import { spreadsheetUrl } from './target.js';

export interface CheckOptions {
  sheet?: string;
  gid: number | null;
  write: boolean;
  lang: Lang;
  currentYear?: number;
  /** Rebuilt writes allowed after unknown outcomes (5xx, lost answer). */
  maxWriteRebuilds: number;
}

export type CheckStatus = 'ok' | 'forbidden' | 'not-found' | 'error';
export type WriteStatus = 'written' | 'cleared' | 'unchanged' | 'none' | 'failed';

export interface WriteOutcome {
  status: WriteStatus;
  plan: HighlightPlan | null;
  message: string;
}

export interface CheckOutcome {
  id: string;
  title: string;
  sheet: string | null;
  sheetId: number | null;
  status: CheckStatus;
  /** The user asked for something the spreadsheet does not have (a sheet name, a gid). */
  usage: boolean;
  fault: ApiFault | null;
  message: string;
  result: ValidationResult | null;
  report: Report | null;
  write: WriteOutcome | null;
}

/** A 401 stops a whole run: every later request would fail the same way. */
export class CredentialRejected extends Error {
  constructor() {
    super('credential rejected');
    this.name = 'CredentialRejected';
  }
}

export function faultMessage(fault: ApiFault, attempts: number, id: string, lang: Lang): string {
  switch (fault.kind) {
    case 'forbidden':
      return gt('status.forbidden', lang, { id });
    case 'not-found':
      return gt('status.not-found', lang, { id });
    case 'rate-limited':
      return gt('status.rate-limited', lang, { attempts });
    case 'server':
      return gt('status.server', lang, { status: fault.status ?? '?', attempts });
    case 'network':
      return gt('status.network', lang, { attempts, detail: fault.detail });
    default:
      return gt('status.error', lang, { status: fault.status ?? '?', detail: fault.detail });
  }
}

function statusOf(fault: ApiFault): CheckStatus {
  return fault.kind === 'forbidden' ? 'forbidden' : fault.kind === 'not-found' ? 'not-found' : 'error';
}

function failed(id: string, title: string, e: unknown, lang: Lang, now: number): CheckOutcome {
  if (!(e instanceof GoogleApiError)) throw e;
  if (e.fault.kind === 'unauthenticated') throw new CredentialRejected();
  return {
    id,
    title,
    sheet: null,
    sheetId: null,
    status: statusOf(e.fault),
    usage: false,
    fault: faultOf(e, now),
    message: faultMessage(e.fault, e.attempts, id, lang),
    result: null,
    report: null,
    write: null,
  };
}

function usageFailure(id: string, title: string, message: string): CheckOutcome {
  return {
    id,
    title,
    sheet: null,
    sheetId: null,
    status: 'error',
    usage: true,
    fault: null,
    message,
    result: null,
    report: null,
    write: null,
  };
}

function findSheet(sheets: SheetMeta[], name: string): SheetMeta | undefined {
  const wanted = name.trim();
  return (
    sheets.find((s) => s.title === wanted) ??
    sheets.find((s) => s.title.trim().toLowerCase() === wanted.toLowerCase())
  );
}

function sheetStateOf(spreadsheet: Schema$Spreadsheet, sheetId: number): Schema$Sheet | undefined {
  return (spreadsheet.sheets ?? []).find((s) => (s.properties?.sheetId ?? 0) === sheetId);
}

export async function checkSpreadsheet(
  api: GoogleApi,
  id: string,
  o: CheckOptions,
  backoff: (fault: ApiFault, retry: number) => Promise<void>,
  now: () => number,
): Promise<CheckOutcome> {
  let meta: Schema$Spreadsheet;
  try {
    meta = await api.getMetadata(id);
  } catch (e) {
    return failed(id, id, e, o.lang, now());
  }
  const title = meta.properties?.title ?? id;
  const sheets = gridSheetsOf(meta);
  if (sheets.length === 0) return usageFailure(id, title, gt('sheet.none', o.lang, { title }));

  let candidates: SheetMeta[];
  if (o.sheet !== undefined && o.sheet.trim() !== '') {
    const s = findSheet(sheets, o.sheet);
    if (!s)
      return usageFailure(
        id,
        title,
        gt('sheet.notFound', o.lang, {
          sheet: o.sheet,
          title,
          sheets: sheets.map((x) => `"${x.title}"`).join(', '),
        }),
      );
    candidates = [s];
  } else if (o.gid !== null) {
    const s = sheets.find((x) => x.sheetId === o.gid);
    if (!s) return usageFailure(id, title, gt('gid.notFound', o.lang, { gid: o.gid, title }));
    candidates = [s];
  } else {
    // Every grid sheet in one batchGet: "the first sheet holding a grid" needs their values, and
    // one request for all of them is cheaper in quota than one per sheet.
    candidates = sheets;
  }

  let ranges;
  try {
    ranges = await api.getValues(
      id,
      candidates.map((s) => quotedSheet(s.title)),
    );
  } catch (e) {
    return failed(id, title, e, o.lang, now());
  }

  let chosen: { meta: SheetMeta; result: ValidationResult } | null = null;
  for (let i = 0; i < candidates.length; i++) {
    const s = candidates[i]!;
    const result = validate(sheetInputOf(s, ranges[i]), {
      lang: o.lang,
      ...(o.currentYear ? { currentYear: o.currentYear } : {}),
    });
    if (!chosen) chosen = { meta: s, result };
    if (result.grid) {
      chosen = { meta: s, result };
      break;
    }
  }
  const { meta: sheet, result } = chosen!;
  const report = buildReport(result, {
    source: spreadsheetUrl(id, sheet.sheetId),
    sheet: sheet.title,
    lang: o.lang,
  });
  const s = report.summary;
  const outcome: CheckOutcome = {
    id,
    title,
    sheet: sheet.title,
    sheetId: sheet.sheetId,
    status: 'ok',
    usage: false,
    fault: null,
    message: result.grid
      ? gt('status.ok', o.lang, { errors: s.errors, warnings: s.warnings, infos: s.infos })
      : gt('status.noGrid', o.lang),
    result,
    report,
    write: null,
  };
  if (o.write)
    outcome.write = await writeHighlights(
      api,
      id,
      sheet,
      sheetStateOf(meta, sheet.sheetId),
      result,
      o,
      backoff,
    );
  return outcome;
}

async function writeHighlights(
  api: GoogleApi,
  id: string,
  sheet: SheetMeta,
  initial: Schema$Sheet | undefined,
  result: ValidationResult,
  o: CheckOptions,
  backoff: (fault: ApiFault, retry: number) => Promise<void>,
): Promise<WriteOutcome> {
  const wanted = desiredRules(sheet.sheetId, highlightsOf(result.findings));
  let state = initial;
  for (let rebuild = 0; ; rebuild++) {
    if (highlightsUpToDate(state, wanted)) {
      const key = wanted.length === 0 ? 'write.none' : 'write.unchanged';
      return {
        status: wanted.length === 0 ? 'none' : 'unchanged',
        plan: null,
        message: gt(key, o.lang, { sheet: sheet.title }),
      };
    }
    const plan = highlightPlanOf(sheet.sheetId, state, wanted);
    try {
      await api.batchUpdate(id, plan.requests);
      const data = { sheet: sheet.title, ranges: plan.ranges, rules: plan.added, deleted: plan.deleted };
      return plan.added === 0
        ? { status: 'cleared', plan, message: gt('write.cleared', o.lang, data) }
        : { status: 'written', plan, message: gt('write.done', o.lang, data) };
    } catch (e) {
      if (!(e instanceof GoogleApiError)) throw e;
      if (e.fault.kind === 'unauthenticated') throw new CredentialRejected();
      if (!outcomeUnknown(e.fault) || rebuild >= o.maxWriteRebuilds) {
        return {
          status: 'failed',
          plan,
          message: gt('write.failed', o.lang, { detail: faultMessage(e.fault, e.attempts, id, o.lang) }),
        };
      }
      // The write may or may not have landed: read the rules as they are now and rebuild from that
      // state, so a second attempt replaces rather than duplicates our rules.
      await backoff(e.fault, rebuild);
      try {
        const fresh = await api.getConditionalFormats(id);
        state = sheetStateOf(fresh, sheet.sheetId);
      } catch (readError) {
        if (readError instanceof GoogleApiError) {
          if (readError.fault.kind === 'unauthenticated') throw new CredentialRejected();
          return {
            status: 'failed',
            plan,
            message: gt('write.failed', o.lang, {
              detail: faultMessage(readError.fault, readError.attempts, id, o.lang),
            }),
          };
        }
        throw readError;
      }
    }
  }
}
