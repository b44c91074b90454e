// A sliding-window limiter: at most `perMinute` request starts in any 60-second window.
// Google counts the Sheets quota per minute per user; a sliding window is stricter than any
// fixed minute bucket, so staying inside it stays inside the quota whatever their bucketing.
import type { Clock } from './clock.js';

export const DEFAULT_RPM = 60;
export const WINDOW_MS = 60_000;

export class RateLimiter {
  private readonly starts: number[] = [];
  /** Every start time handed out, for reports and tests. */
  readonly log: number[] = [];
  private pausedUntil = 0;

  constructor(
    readonly perMinute: number,
    private readonly clock: Clock,
    private readonly windowMs = WINDOW_MS,
  ) {
    if (!Number.isFinite(perMinute) || perMinute < 1) throw new RangeError('perMinute must be at least 1');
  }

  /** Waits until a request may start, records the start and returns the time waited. */
  async acquire(): Promise<number> {
    const began = this.clock.now();
    for (;;) {
      const now = this.clock.now();
      if (now < this.pausedUntil) {
        await this.clock.sleep(this.pausedUntil - now);
        continue;
      }
      // Half-open windows: a start at t counts for [t, t + window).
      while (this.starts.length > 0 && this.starts[0]! <= now - this.windowMs) this.starts.shift();
      if (this.starts.length < this.perMinute) {
        this.starts.push(now);
        this.log.push(now);
        return now - began;
      }
      await this.clock.sleep(this.starts[0]! + this.windowMs - now);
    }
  }

  /** Holds every later request until `until` (a Retry-After applies to the user, not one call). */
  pauseUntil(until: number): void {
    if (until > this.pausedUntil) this.pausedUntil = until;
  }
}

/** The largest number of starts found in any window of `windowMs` (half-open). */
export function maxStartsInWindow(starts: readonly number[], windowMs = WINDOW_MS): number {
  const sorted = [...starts].sort((a, b) => a - b);
  let best = 0;
  let lo = 0;
  for (let hi = 0; hi < sorted.length; hi++) {
    while (sorted[hi]! - sorted[lo]! >= windowMs) lo++;
    best = Math.max(best, hi - lo + 1);
  }
  return best;
}

/** Requests per minute from LAMPIRAN_GOOGLE_RPM, an explicit option, or the default; null when invalid. */
export function rpmOf(option: number | undefined, envValue: string | undefined): number | null {
  if (option !== undefined) return Number.isInteger(option) && option >= 1 ? option : null;
  if (envValue === undefined || envValue.trim() === '') return DEFAULT_RPM;
  const n = Number(envValue.trim());
  return Number.isInteger(n) && n >= 1 ? n : null;
}
