// A clock that never waits: sleep moves time forward and yields once to the event loop, so
// HTTP on the loopback still flows while a 30-minute quota schedule takes milliseconds.
import type { Clock } from '../../cli/src/google/clock.js';

export class FakeClock implements Clock {
  readonly sleeps: number[] = [];
  constructor(public t = 1_700_000_000_000) {}
  now(): number {
    return this.t;
  }
  sleep(ms: number): Promise<void> {
    const d = Math.max(0, ms);
    this.sleeps.push(d);
    this.t += d;
    return new Promise((resolve) => setImmediate(resolve));
  }
  advance(ms: number): void {
    this.t += ms;
  }
  get slept(): number {
    return this.sleeps.reduce((a, b) => a + b, 0);
  }
}

/** A seeded random source (mulberry32), so jitter is reproducible. */
export function seededRandom(seed = 42): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
