// Progress on stderr: a cli-progress bar with ETA on a terminal, plain lines otherwise (CI logs,
// redirected output), where the ETA is computed from the injected clock.
import cliProgress from 'cli-progress';
import type { Lang } from '../../../shared/src/index.js';
import type { Clock } from './clock.js';
import { durationText, gt } from './messages.js';

export interface Progress {
  start(total: number): void;
  tick(done: number, title: string, message: string): void;
  stop(): void;
}

/** cli-progress wants a stream; this one forwards to the io's stderr function. */
function streamOf(write: (s: string) => void): NodeJS.WritableStream {
  const stream = {
    isTTY: true,
    columns: 100,
    write(chunk: string | Uint8Array, ...rest: unknown[]): boolean {
      write(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      const cb = rest.find((x) => typeof x === 'function') as (() => void) | undefined;
      cb?.();
      return true;
    },
    on: () => stream,
    once: () => stream,
    removeListener: () => stream,
    off: () => stream,
  };
  return stream as unknown as NodeJS.WritableStream;
}

/** Titles are user text: control characters (terminal escapes) become spaces. */
export function terminalSafe(text: string, max = 60): string {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

function plainProgress(stderr: (s: string) => void, clock: Clock, lang: Lang): Progress {
  let total = 0;
  let started = 0;
  return {
    start(n) {
      total = n;
      started = clock.now();
    },
    tick(done, title, message) {
      const elapsed = clock.now() - started;
      const left = done > 0 && done < total ? (elapsed / done) * (total - done) : 0;
      const eta = left >= 1000 ? gt('progress.eta', lang, { eta: durationText(left, lang) }) : '';
      stderr(
        `${gt('progress.line', lang, { done, total, title: terminalSafe(title), message: terminalSafe(message, 300), eta })}\n`,
      );
    },
    stop() {},
  };
}

function barProgress(stderr: (s: string) => void, lang: Lang): Progress {
  const bar = new cliProgress.SingleBar(
    {
      format: gt('progress.bar', lang),
      stream: streamOf(stderr),
      etaBuffer: 25,
      hideCursor: false,
      clearOnComplete: false,
      etaAsynchronousUpdate: true,
    },
    cliProgress.Presets.shades_classic,
  );
  return {
    start: (total) => bar.start(total, 0, { title: '' }),
    tick: (done, title) => bar.update(done, { title: terminalSafe(title, 40) }),
    stop: () => bar.stop(),
  };
}

export function progressFor(isTTY: boolean, stderr: (s: string) => void, clock: Clock, lang: Lang): Progress {
  return isTTY ? barProgress(stderr, lang) : plainProgress(stderr, clock, lang);
}
