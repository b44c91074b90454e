// Time and randomness are injected so quota and backoff tests run on a fake clock, instantly.

export interface Clock {
  /** Milliseconds since some fixed origin (Date.now() for the real clock). */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/** A number in [0, 1), like Math.random. */
export type RandomSource = () => number;
