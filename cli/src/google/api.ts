// The only code that talks to Google: Sheets v4 and Drive v3 through the official clients, every
// attempt through one rate limiter, transient faults retried with backoff. The clients' own retry
// is switched off so no request ever bypasses the limiter.
import { drive, type drive_v3 } from '@googleapis/drive';
import { sheets, type sheets_v4 } from '@googleapis/sheets';
import type { GoogleCredential } from './auth.js';
import { backoffMs, type RetryPolicy } from './backoff.js';
import type { Clock, RandomSource } from './clock.js';
import { faultOf, GoogleApiError, isTransient, type ApiFault, type FaultKind } from './faults.js';
import type { RateLimiter } from './rate-limiter.js';

export type Schema$Spreadsheet = sheets_v4.Schema$Spreadsheet;
export type Schema$Sheet = sheets_v4.Schema$Sheet;
export type Schema$ConditionalFormatRule = sheets_v4.Schema$ConditionalFormatRule;
export type Schema$GridRange = sheets_v4.Schema$GridRange;
export type Schema$DeveloperMetadata = sheets_v4.Schema$DeveloperMetadata;
export type Schema$Request = sheets_v4.Schema$Request;
export type Schema$ValueRange = sheets_v4.Schema$ValueRange;

/**
 * The one metadata read: titles, grid sizes, merges, conditional formats and sheet-level developer
 * metadata (where we record which rules are ours) of every sheet.
 */
export const METADATA_FIELDS =
  'properties.title,sheets(properties(sheetId,title,gridProperties),merges,conditionalFormats,developerMetadata)';
/** The re-read before retrying a write whose outcome is unknown. */
export const FORMATS_FIELDS = 'sheets(properties(sheetId,title),conditionalFormats,developerMetadata)';
export const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';

export interface ApiOptions {
  auth: GoogleCredential;
  /** LAMPIRAN_GOOGLE_API_ROOT; undefined for Google's own endpoints. */
  rootUrl?: string;
  timeoutMs: number;
  limiter: RateLimiter;
  clock: Clock;
  random: RandomSource;
  retry: RetryPolicy;
}

export interface RequestRecord {
  method: string;
  at: number;
  outcome: 'ok' | FaultKind;
}

export interface DriveFile {
  id: string;
  name: string;
}

function normalisedRoot(root: string | undefined): string | undefined {
  if (root === undefined || root.trim() === '') return undefined;
  return root.trim().endsWith('/') ? root.trim() : `${root.trim()}/`;
}

export class GoogleApi {
  readonly records: RequestRecord[] = [];
  private readonly sheetsClient: sheets_v4.Sheets;
  private readonly driveClient: drive_v3.Drive;

  constructor(private readonly o: ApiOptions) {
    const rootUrl = normalisedRoot(o.rootUrl);
    const common = { auth: o.auth, retry: false, timeout: o.timeoutMs, ...(rootUrl ? { rootUrl } : {}) };
    this.sheetsClient = sheets({ version: 'v4', ...common });
    this.driveClient = drive({ version: 'v3', ...common });
  }

  /** One HTTP attempt, after the limiter lets it start. */
  private async attempt<T>(method: string, send: () => Promise<{ data: T }>): Promise<T> {
    await this.o.limiter.acquire();
    const at = this.o.clock.now();
    try {
      const res = await send();
      this.records.push({ method, at, outcome: 'ok' });
      return res.data;
    } catch (e) {
      const fault = faultOf(e, this.o.clock.now());
      this.records.push({ method, at, outcome: fault.kind });
      throw new GoogleApiError(fault, 1);
    }
  }

  /** Waits as the policy says, and makes every later request wait too when Retry-After was given. */
  async backoff(fault: ApiFault, retry: number): Promise<void> {
    const wait = backoffMs(retry, this.o.retry, this.o.random, fault.retryAfterMs);
    if (fault.retryAfterMs !== null) this.o.limiter.pauseUntil(this.o.clock.now() + wait);
    await this.o.clock.sleep(wait);
  }

  /** Retries `retryable` faults up to the policy's attempts; throws GoogleApiError with the count. */
  private async withRetry<T>(
    method: string,
    send: () => Promise<{ data: T }>,
    retryable: (f: ApiFault) => boolean,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt(method, send);
      } catch (e) {
        const fault = faultOf(e, this.o.clock.now());
        if (!retryable(fault) || attempt >= this.o.retry.maxAttempts)
          throw new GoogleApiError(fault, attempt);
        await this.backoff(fault, attempt - 1);
      }
    }
  }

  getMetadata(spreadsheetId: string): Promise<Schema$Spreadsheet> {
    return this.withRetry(
      'spreadsheets.get',
      () => this.sheetsClient.spreadsheets.get({ spreadsheetId, fields: METADATA_FIELDS }),
      isTransient,
    );
  }

  /** Conditional formats and developer metadata only, to rebuild a write after an unknown outcome. */
  getConditionalFormats(spreadsheetId: string): Promise<Schema$Spreadsheet> {
    return this.withRetry(
      'spreadsheets.get',
      () => this.sheetsClient.spreadsheets.get({ spreadsheetId, fields: FORMATS_FIELDS }),
      isTransient,
    );
  }

  /**
   * UNFORMATTED_VALUE keeps numbers, booleans (checkboxes) and text as the core expects them, and
   * FORMATTED_STRING turns dates into the text the user sees instead of serial numbers.
   */
  getValues(spreadsheetId: string, ranges: string[]): Promise<Schema$ValueRange[]> {
    return this.withRetry(
      'spreadsheets.values.batchGet',
      () =>
        this.sheetsClient.spreadsheets.values.batchGet({
          spreadsheetId,
          ranges,
          majorDimension: 'ROWS',
          valueRenderOption: 'UNFORMATTED_VALUE',
          dateTimeRenderOption: 'FORMATTED_STRING',
        }),
      isTransient,
    ).then((data) => data.valueRanges ?? []);
  }

  /**
   * A write is retried here only when refused for quota (429: not applied). A 5xx or a lost answer
   * leaves the outcome unknown; the caller re-reads and rebuilds before trying again.
   */
  batchUpdate(spreadsheetId: string, requests: Schema$Request[]): Promise<unknown> {
    return this.withRetry(
      'spreadsheets.batchUpdate',
      () =>
        this.sheetsClient.spreadsheets.batchUpdate({
          spreadsheetId,
          requestBody: { requests, includeSpreadsheetInResponse: false },
        }),
      (f) => f.kind === 'rate-limited',
    );
  }

  /** Every Google spreadsheet directly in the folder, name order, all pages. */
  async listFolder(folderId: string): Promise<DriveFile[]> {
    const files: DriveFile[] = [];
    let pageToken: string | undefined;
    do {
      const token = pageToken;
      const page = await this.withRetry(
        'drive.files.list',
        () =>
          this.driveClient.files.list({
            q: `'${folderId}' in parents and mimeType='${SPREADSHEET_MIME}' and trashed=false`,
            fields: 'nextPageToken,files(id,name)',
            pageSize: 1000,
            orderBy: 'name',
            supportsAllDrives: true,
            includeItemsFromAllDrives: true,
            ...(token ? { pageToken: token } : {}),
          }),
        isTransient,
      );
      for (const f of page.files ?? []) if (f.id) files.push({ id: f.id, name: f.name ?? f.id });
      pageToken = page.nextPageToken ?? undefined;
    } while (pageToken);
    return files;
  }

  /** How many attempts of each method were sent (retries included). */
  countOf(method: string): number {
    return this.records.filter((r) => r.method === method).length;
  }
}
