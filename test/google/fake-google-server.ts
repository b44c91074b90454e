// A loopback stand-in for the parts of Sheets v4 and Drive v3 the batch command uses. It keeps
// spreadsheets in memory (values, merges, conditional formats, sheet-level developer metadata),
// answers in the API's JSON shapes (trailing empties trimmed, zero fields left out like protobuf
// JSON), applies batchUpdate atomically, checks the bearer token, logs every request and can be
// told to fail.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Cell } from './corpus.js';

export interface GridRange {
  sheetId?: number;
  startRowIndex?: number;
  endRowIndex?: number;
  startColumnIndex?: number;
  endColumnIndex?: number;
}

// Conditional-format rules are stored as the client sent them (plain JSON).
export type Rule = Record<string, unknown> & { ranges?: GridRange[] };

/** Sheet-level developer metadata, as stored (location is always the sheet holding it). */
export interface DevMetadata {
  metadataId: number;
  metadataKey: string;
  metadataValue?: string;
  visibility: 'DOCUMENT' | 'PROJECT';
}

export interface FakeSheet {
  sheetId: number;
  title: string;
  values: Cell[][];
  merges?: GridRange[];
  conditionalFormats?: Rule[];
  developerMetadata?: DevMetadata[];
  /** A chart sheet: no gridProperties, no values. */
  object?: boolean;
}

export interface FakeSpreadsheet {
  id: string;
  title: string;
  sheets: FakeSheet[];
  /** Folder ids holding it. */
  parents?: string[];
}

export type Endpoint = 'get' | 'values' | 'batchUpdate' | 'list';

export interface FaultSpec {
  endpoint: Endpoint;
  /** Spreadsheet (or folder, for list) id; any when absent. */
  id?: string;
  status: number;
  retryAfter?: string;
  /** batchUpdate only: apply the update, then answer with the fault (outcome unknown to the client). */
  applied?: boolean;
  /** Close the connection without an answer (after applying, for batchUpdate with `applied`). */
  drop?: boolean;
  /** 403 reason, e.g. "rateLimitExceeded". */
  reason?: string;
  /** How many matching requests fail; default 1. */
  times?: number;
}

export interface LoggedRequest {
  method: string;
  endpoint: Endpoint | 'other';
  id: string | null;
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization: string | undefined;
  status: number;
  at: number;
}

export interface FakeGoogleOptions {
  tokens?: string[];
  /** Timestamps for the log (a FakeClock in quota tests). */
  now?: () => number;
  /** Called once per request before answering, e.g. to move a fake clock by a latency. */
  onRequest?: () => void;
  /** Drive page size cap, to force pagination. */
  drivePageSize?: number;
}

const HTTP_REASON: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  502: 'BAD_GATEWAY',
  503: 'UNAVAILABLE',
};

function clean(r: GridRange): GridRange {
  // Protobuf JSON leaves out fields equal to 0, sheetId 0 included.
  const out: GridRange = {};
  for (const [k, v] of Object.entries(r) as [keyof GridRange, number | undefined][])
    if (v !== undefined && v !== 0) out[k] = v;
  return out;
}

/**
 * A stored rule as the API echoes it: zero fields left out of the ranges, and the fill given both as
 * `backgroundColor` and as `backgroundColorStyle.rgbColor`.
 */
function echoRule(r: Rule): Rule {
  const out = JSON.parse(JSON.stringify(r)) as Rule;
  out.ranges = (r.ranges ?? []).map(clean);
  const format = (out.booleanRule as { format?: Record<string, unknown> } | undefined)?.format;
  if (format?.backgroundColor && !format.backgroundColorStyle)
    format.backgroundColorStyle = { rgbColor: format.backgroundColor };
  return out;
}

/** Condition types that take no ConditionValues, and those that need exactly one (the ones we check). */
const NO_VALUES = new Set(['BLANK', 'NOT_BLANK']);
const ONE_VALUE = new Set(['CUSTOM_FORMULA', 'NUMBER_LESS', 'NUMBER_GREATER', 'TEXT_CONTAINS', 'NUMBER_EQ']);

function ruleProblem(rule: Rule): string | null {
  const cond = (rule.booleanRule as { condition?: { type?: string; values?: unknown[] } } | undefined)
    ?.condition;
  if (!cond) return rule.gradientRule ? null : 'rule.booleanRule.condition required';
  const n = cond.values?.length ?? 0;
  if (NO_VALUES.has(cond.type ?? '') && n !== 0) return `${cond.type} takes no values`;
  if (ONE_VALUE.has(cond.type ?? '') && n !== 1) return `${cond.type} takes one value`;
  if (!NO_VALUES.has(cond.type ?? '') && !ONE_VALUE.has(cond.type ?? ''))
    return `The fake does not know condition type ${String(cond.type)}`;
  return null;
}

interface Lookup {
  metadataId?: number;
  metadataKey?: string;
  metadataValue?: string;
  metadataLocation?: { sheetId?: number; spreadsheet?: boolean };
}

function trimRows(values: Cell[][]): Cell[][] {
  const rows = values.map((r) => {
    const row = r.map((v) => (v === null ? '' : v));
    while (row.length > 0 && row[row.length - 1] === '') row.pop();
    return row;
  });
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows as Cell[][];
}

function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function quoted(title: string): string {
  return `'${title.replace(/'/g, "''")}'`;
}

/** "'It''s'" or "Sheet1" or "'A'!A1:B2" -> the sheet title (only whole-sheet ranges are used). */
function titleOfRange(range: string): string {
  const bang = range.lastIndexOf('!');
  const name = bang >= 0 && !range.endsWith("'") ? range.slice(0, bang) : range;
  return name.startsWith("'") && name.endsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

export class FakeGoogle {
  readonly spreadsheets = new Map<string, FakeSpreadsheet>();
  readonly folders = new Set<string>();
  readonly forbidden = new Set<string>();
  /** Listed in Drive but gone for Sheets (deleted meanwhile): 404 on every Sheets call. */
  readonly missing = new Set<string>();
  readonly log: LoggedRequest[] = [];
  private faults: (FaultSpec & { left: number })[] = [];
  private server: Server | null = null;
  private lastMetadataId = 0;
  root = '';

  constructor(private readonly options: FakeGoogleOptions = {}) {}

  add(s: FakeSpreadsheet): FakeSpreadsheet {
    this.spreadsheets.set(s.id, s);
    for (const p of s.parents ?? []) this.folders.add(p);
    return s;
  }

  fail(spec: FaultSpec): void {
    this.faults.push({ ...spec, left: spec.times ?? 1 });
  }

  requestsFor(id: string, endpoint?: Endpoint): LoggedRequest[] {
    return this.log.filter((r) => r.id === id && (endpoint === undefined || r.endpoint === endpoint));
  }

  rulesOf(id: string, sheetId: number): Rule[] {
    return this.spreadsheets.get(id)?.sheets.find((s) => s.sheetId === sheetId)?.conditionalFormats ?? [];
  }

  metadataOf(id: string, sheetId: number): DevMetadata[] {
    return this.spreadsheets.get(id)?.sheets.find((s) => s.sheetId === sheetId)?.developerMetadata ?? [];
  }

  /** The sheet as the API would describe it (what the command reads), for assertions. */
  sheetState(id: string, sheetId: number): Record<string, unknown> | undefined {
    const book = this.spreadsheets.get(id);
    const index = book?.sheets.findIndex((s) => s.sheetId === sheetId) ?? -1;
    if (!book || index < 0) return undefined;
    const all = this.metadata(book, 'sheets(properties(sheetId),conditionalFormats,developerMetadata)') as {
      sheets: Record<string, unknown>[];
    };
    return all.sheets[index];
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks).toString('utf8')));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.root = `http://127.0.0.1:${port}/`;
    return this.root;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }

  private takeFault(endpoint: Endpoint, id: string | null): (FaultSpec & { left: number }) | null {
    const f = this.faults.find(
      (x) => x.left > 0 && x.endpoint === endpoint && (x.id === undefined || x.id === id),
    );
    if (!f) return null;
    f.left--;
    return f;
  }

  private handle(req: IncomingMessage, res: ServerResponse, raw: string): void {
    this.options.onRequest?.();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let body: unknown = null;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
    }
    const entry: LoggedRequest = {
      method: req.method ?? 'GET',
      endpoint: 'other',
      id: null,
      path: url.pathname,
      query: url.searchParams,
      body,
      authorization: req.headers.authorization,
      status: 0,
      at: this.options.now?.() ?? Date.now(),
    };
    this.log.push(entry);
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}): void => {
      entry.status = status;
      res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', ...headers });
      res.end(JSON.stringify(payload));
    };
    const error = (
      status: number,
      message: string,
      extra: Record<string, string> = {},
      reason?: string,
    ): void =>
      send(
        status,
        {
          error: {
            code: status,
            message,
            status: HTTP_REASON[status] ?? 'UNKNOWN',
            ...(reason ? { errors: [{ reason, message, domain: 'usageLimits' }] } : {}),
          },
        },
        extra,
      );

    const path = decodeURIComponent(url.pathname);
    let m: RegExpExecArray | null;
    let endpoint: Endpoint | null = null;
    let id: string | null = null;
    if (req.method === 'GET' && (m = /^\/v4\/spreadsheets\/([^/:]+)\/values:batchGet$/.exec(path)))
      [endpoint, id] = ['values', m[1]!];
    else if (req.method === 'POST' && (m = /^\/v4\/spreadsheets\/([^/:]+):batchUpdate$/.exec(path)))
      [endpoint, id] = ['batchUpdate', m[1]!];
    else if (req.method === 'GET' && (m = /^\/v4\/spreadsheets\/([^/:]+)$/.exec(path)))
      [endpoint, id] = ['get', m[1]!];
    else if (req.method === 'GET' && path === '/drive/v3/files') endpoint = 'list';
    if (!endpoint) return error(404, `No such endpoint: ${req.method} ${path}`);
    entry.endpoint = endpoint;

    const authz = req.headers.authorization ?? '';
    const token = /^Bearer (.+)$/.exec(authz)?.[1];
    if (!token || !(this.options.tokens ?? ['test-token']).includes(token)) {
      entry.id = id;
      return error(401, 'Request had invalid authentication credentials. Expected OAuth 2 access token.');
    }

    if (endpoint === 'list') return this.list(url, entry, send, error);
    entry.id = id;
    const fault = this.takeFault(endpoint, id);
    if (fault?.drop && !fault.applied) {
      entry.status = -1;
      return void req.socket.destroy();
    }
    if (fault && !fault.applied) {
      return error(
        fault.status,
        `Injected ${fault.status}`,
        fault.retryAfter ? { 'retry-after': fault.retryAfter } : {},
        fault.reason,
      );
    }
    if (this.forbidden.has(id!)) return error(403, 'The caller does not have permission');
    const book = this.missing.has(id!) ? undefined : this.spreadsheets.get(id!);
    if (!book) return error(404, 'Requested entity was not found.');

    if (endpoint === 'get') return send(200, this.metadata(book, url.searchParams.get('fields') ?? ''));
    if (endpoint === 'values') return this.values(book, url.searchParams, send, error);
    const result = this.batchUpdate(book, body);
    if (typeof result === 'string') return error(400, result);
    if (fault?.applied && fault.drop) {
      entry.status = -1;
      return void req.socket.destroy();
    }
    if (fault?.applied) return error(fault.status, `Injected ${fault.status} after applying`);
    return send(200, { spreadsheetId: book.id, replies: result });
  }

  private metadata(book: FakeSpreadsheet, fields: string): unknown {
    const want = (name: string): boolean => fields === '' || fields.includes(name);
    return {
      ...(fields === '' || fields.includes('properties.title') ? { properties: { title: book.title } } : {}),
      sheets: book.sheets.map((s, index) => {
        const width = s.values.reduce((w, r) => Math.max(w, r.length), 0);
        const properties: Record<string, unknown> = {
          title: s.title,
          ...(s.sheetId !== 0 ? { sheetId: s.sheetId } : {}),
        };
        if (fields === '') properties.index = index;
        if (!s.object && want('gridProperties'))
          properties.gridProperties = {
            rowCount: Math.max(1000, s.values.length),
            columnCount: Math.max(26, width),
          };
        return {
          properties,
          ...(want('merges') && s.merges?.length
            ? { merges: s.merges.map((r) => clean({ ...r, sheetId: s.sheetId })) }
            : {}),
          ...(want('conditionalFormats') && s.conditionalFormats?.length
            ? { conditionalFormats: s.conditionalFormats.map(echoRule) }
            : {}),
          ...(want('developerMetadata') && s.developerMetadata?.length
            ? {
                developerMetadata: s.developerMetadata.map((m) => ({
                  metadataId: m.metadataId,
                  metadataKey: m.metadataKey,
                  ...(m.metadataValue ? { metadataValue: m.metadataValue } : {}),
                  location: { locationType: 'SHEET', ...(s.sheetId !== 0 ? { sheetId: s.sheetId } : {}) },
                  visibility: m.visibility,
                })),
              }
            : {}),
        };
      }),
    };
  }

  private values(
    book: FakeSpreadsheet,
    q: URLSearchParams,
    send: (s: number, p: unknown) => void,
    error: (s: number, m: string) => void,
  ): void {
    const ranges = q.getAll('ranges');
    if (ranges.length === 0) return error(400, 'ranges required');
    const valueRanges = [];
    for (const range of ranges) {
      const title = titleOfRange(range);
      const sheet = book.sheets.find((s) => s.title === title && !s.object);
      if (!sheet) return error(400, `Unable to parse range: ${range}`);
      const values = trimRows(sheet.values);
      const width = values.reduce((w, r) => Math.max(w, r.length), 0);
      valueRanges.push({
        range: `${quoted(sheet.title)}!A1:${columnLetter(Math.max(26, width))}${Math.max(1000, values.length)}`,
        majorDimension: 'ROWS',
        ...(values.length ? { values } : {}),
      });
    }
    send(200, { spreadsheetId: book.id, valueRanges });
  }

  /** Applies every request to a copy and commits only if all succeed, as the API does. */
  private batchUpdate(book: FakeSpreadsheet, body: unknown): unknown[] | string {
    const requests = (body as { requests?: unknown[] } | null)?.requests;
    if (!Array.isArray(requests) || requests.length === 0) return 'requests required';
    const rules = new Map(book.sheets.map((s) => [s.sheetId, [...(s.conditionalFormats ?? [])]]));
    const metas = new Map(
      book.sheets.map((s) => [s.sheetId, (s.developerMetadata ?? []).map((m) => ({ ...m }))]),
    );
    const matching = (filter: unknown): { sheetId: number; m: DevMetadata }[] | string => {
      const lookup = (filter as { developerMetadataLookup?: Lookup } | undefined)?.developerMetadataLookup;
      if (!lookup) return 'The fake only implements developerMetadataLookup data filters';
      const out: { sheetId: number; m: DevMetadata }[] = [];
      for (const [sheetId, list] of metas)
        for (const m of list)
          if (
            (lookup.metadataId === undefined || lookup.metadataId === m.metadataId) &&
            (lookup.metadataKey === undefined || lookup.metadataKey === m.metadataKey) &&
            (lookup.metadataValue === undefined || lookup.metadataValue === m.metadataValue) &&
            (lookup.metadataLocation?.sheetId === undefined || lookup.metadataLocation.sheetId === sheetId)
          )
            out.push({ sheetId, m });
      return out;
    };
    const replies: unknown[] = [];
    for (const r of requests as Record<string, Record<string, unknown>>[]) {
      const kind = Object.keys(r)[0];
      if (kind === 'deleteConditionalFormatRule') {
        const { sheetId = 0, index } = r[kind] as { sheetId?: number; index?: number };
        const list = rules.get(sheetId);
        if (!list || typeof index !== 'number' || index < 0 || index >= list.length)
          return `Invalid index ${index} for sheet ${sheetId}`;
        const [gone] = list.splice(index, 1);
        replies.push({ deleteConditionalFormatRule: { rule: gone } });
      } else if (kind === 'addConditionalFormatRule') {
        const { rule, index } = r[kind] as { rule?: Rule; index?: number };
        if (!rule || !Array.isArray(rule.ranges) || rule.ranges.length === 0) return 'rule.ranges required';
        const problem = ruleProblem(rule);
        if (problem) return problem;
        const sheetId = rule.ranges[0]!.sheetId ?? 0;
        const list = rules.get(sheetId);
        if (!list) return `No grid with id: ${sheetId}`;
        const at = typeof index === 'number' ? index : list.length;
        if (at < 0 || at > list.length) return `Invalid index ${at}`;
        list.splice(at, 0, JSON.parse(JSON.stringify(rule)) as Rule);
        replies.push({});
      } else if (kind === 'createDeveloperMetadata') {
        const dm = (r[kind] as { developerMetadata?: Record<string, unknown> }).developerMetadata ?? {};
        const location = dm.location as { sheetId?: number } | undefined;
        if (typeof dm.metadataKey !== 'string' || dm.metadataKey === '') return 'metadataKey required';
        if (dm.visibility !== 'DOCUMENT' && dm.visibility !== 'PROJECT') return 'visibility required';
        if (!location || Object.keys(location).join() !== 'sheetId')
          return 'The fake only implements sheet-level developer metadata';
        const list = metas.get(location.sheetId ?? 0);
        if (!list) return `No grid with id: ${location.sheetId}`;
        const used = [...metas.values()].flat().map((m) => m.metadataId);
        const metadataId =
          typeof dm.metadataId === 'number' ? dm.metadataId : Math.max(this.lastMetadataId, ...used) + 1;
        if (used.includes(metadataId)) return `Duplicate metadataId ${metadataId}`;
        this.lastMetadataId = Math.max(this.lastMetadataId, metadataId);
        const stored: DevMetadata = {
          metadataId,
          metadataKey: dm.metadataKey,
          ...(typeof dm.metadataValue === 'string' ? { metadataValue: dm.metadataValue } : {}),
          visibility: dm.visibility,
        };
        list.push(stored);
        replies.push({ createDeveloperMetadata: { developerMetadata: { ...stored, location } } });
      } else if (kind === 'updateDeveloperMetadata') {
        const { dataFilters, developerMetadata, fields } = r[kind] as {
          dataFilters?: unknown[];
          developerMetadata?: Partial<DevMetadata>;
          fields?: string;
        };
        if (!fields) return 'fields required';
        if (!developerMetadata) return 'developerMetadata required';
        const names = fields === '*' ? ['metadataKey', 'metadataValue', 'visibility'] : fields.split(',');
        if (names.some((f) => !['metadataKey', 'metadataValue', 'visibility'].includes(f)))
          return `The fake does not update fields ${fields}`;
        const hits = new Map<DevMetadata, number>();
        for (const f of dataFilters ?? []) {
          const found = matching(f);
          if (typeof found === 'string') return found;
          for (const { m, sheetId } of found) hits.set(m, sheetId);
        }
        if (hits.size === 0) return 'No developer metadata matches the data filters';
        for (const m of hits.keys())
          for (const f of names)
            (m as unknown as Record<string, unknown>)[f] = developerMetadata[f as 'metadataKey'];
        replies.push({
          updateDeveloperMetadata: { developerMetadata: [...hits.keys()].map((m) => ({ ...m })) },
        });
      } else if (kind === 'deleteDeveloperMetadata') {
        const found = matching((r[kind] as { dataFilter?: unknown }).dataFilter);
        if (typeof found === 'string') return found;
        if (found.length === 0) return 'No developer metadata matches the data filter';
        for (const { sheetId, m } of found) {
          const list = metas.get(sheetId)!;
          list.splice(list.indexOf(m), 1);
        }
        replies.push({ deleteDeveloperMetadata: { deletedDeveloperMetadata: found.map(({ m }) => m) } });
      } else {
        return `The fake only implements conditional-format and developer-metadata requests, got ${String(kind)}`;
      }
    }
    for (const s of book.sheets) {
      s.conditionalFormats = rules.get(s.sheetId) ?? [];
      s.developerMetadata = metas.get(s.sheetId) ?? [];
    }
    return replies;
  }

  private list(
    url: URL,
    entry: LoggedRequest,
    send: (s: number, p: unknown) => void,
    error: (s: number, m: string, h?: Record<string, string>, reason?: string) => void,
  ): void {
    const q = url.searchParams.get('q') ?? '';
    const m =
      /^'([A-Za-z0-9_-]+)' in parents and mimeType='application\/vnd\.google-apps\.spreadsheet' and trashed=false$/.exec(
        q,
      );
    if (!m) return error(400, `Unsupported query: ${q}`);
    const folder = m[1]!;
    entry.id = folder;
    const fault = this.takeFault('list', folder);
    if (fault)
      return error(
        fault.status,
        `Injected ${fault.status}`,
        fault.retryAfter ? { 'retry-after': fault.retryAfter } : {},
        fault.reason,
      );
    if (this.forbidden.has(folder))
      return error(403, 'The user does not have sufficient permissions for this file.');
    if (!this.folders.has(folder)) return error(404, `File not found: ${folder}.`);
    const all = [...this.spreadsheets.values()]
      .filter((s) => s.parents?.includes(folder))
      .sort((a, b) => a.title.localeCompare(b.title));
    const size = Math.min(
      Number(url.searchParams.get('pageSize') ?? 100),
      this.options.drivePageSize ?? 1000,
    );
    const start = Number(url.searchParams.get('pageToken') ?? 0);
    const page = all.slice(start, start + size);
    const next = start + size < all.length ? String(start + size) : undefined;
    send(200, {
      files: page.map((s) => ({ id: s.id, name: s.title })),
      ...(next ? { nextPageToken: next } : {}),
    });
  }
}
