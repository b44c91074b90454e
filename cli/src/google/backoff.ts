// Exponential backoff with jitter, as Google recommends for 429 and 5xx:
// wait min(2^n seconds + random up to 1 s, max), or what Retry-After asks for.
import type { RandomSource } from './clock.js';

export interface RetryPolicy {
  /** Attempts per request, the first included. */
  maxAttempts: number;
  baseMs: number;
  maxBackoffMs: number;
  /** Jitter added to each wait, up to this many ms. */
  jitterMs: number;
  /** A Retry-After longer than this is capped (a server asking for an hour is not waited for). */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 6,
  baseMs: 1_000,
  maxBackoffMs: 64_000,
  jitterMs: 1_000,
  maxRetryAfterMs: 5 * 60_000,
};

/** Wait before retry number `retry` (0 for the first retry). */
export function backoffMs(
  retry: number,
  policy: RetryPolicy,
  random: RandomSource,
  retryAfterMs: number | null,
): number {
  if (retryAfterMs !== null) return Math.min(Math.max(0, retryAfterMs), policy.maxRetryAfterMs);
  const exp = policy.baseMs * 2 ** Math.max(0, retry);
  const jitter = Math.floor(Math.min(0.999999, Math.max(0, random())) * policy.jitterMs);
  return Math.min(exp + jitter, policy.maxBackoffMs);
}
