// Turns whatever the HTTP client threw into a small, typed fault the runner can act on.

export type FaultKind =
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'rate-limited'
  | 'server'
  | 'network'
  | 'bad-request'
  | 'other';

export interface ApiFault {
  kind: FaultKind;
  /** HTTP status, or null when no answer arrived (connection refused, reset, timeout). */
  status: number | null;
  /** Delay asked for by a Retry-After header, in ms; null when absent or unreadable. */
  retryAfterMs: number | null;
  /** One line from the server or the socket, for the message; never a stack. */
  detail: string;
}

/** Thrown by the API wrapper once a request is given up; carries the fault, never a stack for users. */
export class GoogleApiError extends Error {
  constructor(
    readonly fault: ApiFault,
    readonly attempts: number,
  ) {
    super(`${fault.kind}${fault.status === null ? '' : ` ${fault.status}`}: ${fault.detail}`);
    this.name = 'GoogleApiError';
  }
}

type Loose = Record<string, unknown>;

function isObject(v: unknown): v is Loose {
  return typeof v === 'object' && v !== null;
}

function headerOf(headers: unknown, name: string): string | null {
  if (!isObject(headers)) return null;
  // gaxios 7 hands back a fetch Headers; older shapes are plain objects.
  if (typeof (headers as { get?: unknown }).get === 'function') {
    const v = (headers as unknown as Headers).get(name);
    return v === null ? null : String(v);
  }
  for (const [k, v] of Object.entries(headers))
    if (k.toLowerCase() === name) return v == null ? null : String(v);
  return null;
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function retryAfterMsOf(value: string | null, nowMs: number): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim().slice(0, 200);
}

const RATE_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded', 'RATE_LIMIT_EXCEEDED']);

export function faultOf(error: unknown, nowMs: number): ApiFault {
  if (error instanceof GoogleApiError) return error.fault;
  const e = isObject(error) ? error : {};
  const response = isObject(e.response) ? e.response : null;
  const status = typeof response?.status === 'number' ? response.status : null;
  const data = response && isObject(response.data) ? response.data : null;
  const body = data && isObject(data.error) ? data.error : null;
  const reasons: string[] = [];
  if (body && Array.isArray(body.errors)) {
    for (const item of body.errors)
      if (isObject(item) && typeof item.reason === 'string') reasons.push(item.reason);
  }
  if (body && Array.isArray(body.details)) {
    for (const item of body.details)
      if (isObject(item) && typeof item.reason === 'string') reasons.push(item.reason);
  }
  const message =
    (body && typeof body.message === 'string' && body.message) ||
    (typeof e.message === 'string' && e.message) ||
    String(error);
  const detail = oneLine(message);
  const retryAfterMs = retryAfterMsOf(headerOf(response?.headers, 'retry-after'), nowMs);
  if (status === null) {
    return {
      kind: 'network',
      status,
      retryAfterMs: null,
      detail: oneLine(typeof e.code === 'string' ? `${e.code} ${detail}` : detail),
    };
  }
  const kind: FaultKind =
    status === 401
      ? 'unauthenticated'
      : status === 429 || (status === 403 && reasons.some((r) => RATE_REASONS.has(r)))
        ? 'rate-limited'
        : status === 403
          ? 'forbidden'
          : status === 404
            ? 'not-found'
            : status >= 500
              ? 'server'
              : status === 400
                ? 'bad-request'
                : 'other';
  return { kind, status, retryAfterMs, detail };
}

/** Faults worth another attempt: quota (not applied) and server or network trouble (outcome unknown). */
export function isTransient(fault: ApiFault): boolean {
  return fault.kind === 'rate-limited' || fault.kind === 'server' || fault.kind === 'network';
}

/** For a write: only a quota refusal proves the request was not applied. */
export function outcomeUnknown(fault: ApiFault): boolean {
  return fault.kind === 'server' || fault.kind === 'network';
}
