// 550 spreadsheets (one per KPU office) through the real code path and the loopback server, on a
// fake clock: the request rate never exceeds the quota in any 60-second window, and the total
// simulated time shows what a real run over a folder costs.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runGoogleFolderWith, expectedMs } from '../../cli/src/google/index.js';
import { maxStartsInWindow, type RateLimiter } from '../../cli/src/google/rate-limiter.js';
import {
  book,
  captureIo,
  corpusRows,
  deps,
  envFor,
  FakeClock,
  startFake,
  type FakeGoogle,
} from './harness.js';

const OFFICES = 550;
const LATENCY_MS = 250;
const CORPUS = ['kpu-alor-2023-rb.txt', 'kpu-lumajang-2022-rb.txt', 'kpu-ntt-2023-zi.txt'].map((n) =>
  corpusRows(n),
);
const FOLDER = '5AllOffices';

let fake: FakeGoogle;
let clock: FakeClock;

beforeEach(async () => {
  clock = new FakeClock();
  // Every request costs the client 250 ms of (fake) time, as a round trip to Google would.
  fake = await startFake(clock, { onRequest: () => clock.advance(LATENCY_MS) });
  for (let i = 0; i < OFFICES; i++) {
    const id = `office${String(i).padStart(3, '0')}`;
    // Sheets share the corpus rows: the fake never mutates values, only conditional formats.
    fake.add(
      book(
        id,
        `KPU ${String(i).padStart(3, '0')}`,
        [{ sheetId: 0, title: 'Lampiran', values: CORPUS[i % 3]! }],
        [FOLDER],
      ),
    );
  }
});
afterEach(async () => {
  await fake.stop();
});

function minutes(ms: number): string {
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

describe(`a folder of ${OFFICES} spreadsheets at the default 60 requests/minute`, () => {
  it.each([
    ['read only', false, 2],
    ['--write', true, 3],
  ] as const)(
    '%s: never more than 60 requests in any 60 s window, and the time it takes',
    async (label, write, perSheet) => {
      // Some quota refusals and server errors on the way, as on a busy day.
      for (let i = 7; i < OFFICES; i += 97)
        fake.fail({
          endpoint: 'get',
          id: `office${String(i).padStart(3, '0')}`,
          status: 429,
          retryAfter: '2',
        });
      for (let i = 31; i < OFFICES; i += 131)
        fake.fail({ endpoint: 'values', id: `office${String(i).padStart(3, '0')}`, status: 503 });
      let limiter: RateLimiter | null = null;
      const io = captureIo(envFor(fake.root));
      const started = clock.now();
      const code = await runGoogleFolderWith({ folderId: FOLDER, format: 'json', lang: 'en', write }, io, {
        ...deps(clock),
        onApi: (_api, l) => (limiter = l),
      });
      const elapsed = clock.now() - started;
      expect(code).toBe(1);

      const faults = fake.log.filter((r) => r.status !== 200).length;
      const requests = fake.log.length;
      expect(requests).toBe(1 + OFFICES * perSheet + faults);
      expect(fake.log.filter((r) => r.method === 'POST')).toHaveLength(write ? OFFICES : 0);
      // Both sides agree: the limiter's start times and the server's arrival times.
      expect(maxStartsInWindow(limiter!.log)).toBeLessThanOrEqual(60);
      expect(maxStartsInWindow(fake.log.map((r) => r.at))).toBeLessThanOrEqual(60);
      expect(maxStartsInWindow(fake.log.map((r) => r.at))).toBe(60);

      // Time: the quota is the brake; latency and backoff fit inside the waits it imposes.
      const floor = expectedMs(requests, 60);
      expect(elapsed).toBeGreaterThanOrEqual(floor);
      expect(elapsed).toBeLessThan(floor + 2 * 60_000);
      const summary = JSON.parse(io.out) as { spreadsheets: { status: string }[] };
      expect(summary.spreadsheets).toHaveLength(OFFICES);
      expect(summary.spreadsheets.every((s) => s.status === 'ok')).toBe(true);
      console.log(
        `[quota simulation] ${label}: ${OFFICES} spreadsheets, ${requests} requests (${faults} answered 429/503 and retried), ` +
          `max ${maxStartsInWindow(fake.log.map((r) => r.at))} in any 60 s window, simulated time ${minutes(elapsed)} (quota floor ${minutes(floor)})`,
      );
    },
  );

  it('a lower LAMPIRAN_GOOGLE_RPM is honoured the same way', async () => {
    let limiter: RateLimiter | null = null;
    const io = captureIo(envFor(fake.root, { LAMPIRAN_GOOGLE_RPM: '20' }));
    fake.folders.add('6Small');
    for (let i = 0; i < 30; i++)
      fake.spreadsheets.get(`office${String(i).padStart(3, '0')}`)!.parents!.push('6Small');
    const started = clock.now();
    await runGoogleFolderWith({ folderId: '6Small', format: 'json', lang: 'id', write: false }, io, {
      ...deps(clock),
      onApi: (_a, l) => (limiter = l),
    });
    expect(limiter!.perMinute).toBe(20);
    expect(maxStartsInWindow(fake.log.map((r) => r.at))).toBe(20);
    expect(clock.now() - started).toBeGreaterThanOrEqual(expectedMs(61, 20));
    expect(io.err).toContain('pada 20 permintaan/menit');
  });
});
