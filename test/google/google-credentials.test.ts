import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { scopesFor } from '../../cli/src/google/auth.js';
import { runGoogleFolderWith, runGoogleValidateWith } from '../../cli/src/google/index.js';
import { book, captureIo, deps, FakeClock, lampiranSheet, startFake, type FakeGoogle } from './harness.js';

let fake: FakeGoogle;
let home: string;

beforeAll(async () => {
  fake = await startFake();
  fake.add(book('1CredTest', 'Kredensial', [lampiranSheet('kpu-alor-2023-rb.txt')], ['4Folder']));
  home = mkdtempSync(join(tmpdir(), 'lampiran-home-'));
});
afterAll(async () => {
  await fake.stop();
  rmSync(home, { recursive: true, force: true });
});
afterEach(() => {
  vi.unstubAllEnvs();
});

/** google-auth-library reads process.env itself: make this machine look like one with no ADC at all. */
function noAmbientCredentials(): void {
  vi.stubEnv('HOME', home);
  vi.stubEnv('CLOUDSDK_CONFIG', join(home, 'gcloud'));
  vi.stubEnv('GOOGLE_APPLICATION_CREDENTIALS', '');
  vi.stubEnv('METADATA_SERVER_DETECTION', 'none');
}

async function single(env: Record<string, string | undefined>, lang: 'id' | 'en' = 'id') {
  const io = captureIo({ LAMPIRAN_GOOGLE_API_ROOT: fake.root, ...env });
  const code = await runGoogleValidateWith(
    { target: '1CredTest', format: 'text', lang, write: false },
    io,
    deps(new FakeClock()),
  );
  return { code, io };
}

describe('Google credentials', () => {
  it('sends LAMPIRAN_GOOGLE_ACCESS_TOKEN as the bearer token', async () => {
    const { code } = await single({ LAMPIRAN_GOOGLE_ACCESS_TOKEN: 'test-token' });
    expect(code).toBe(1);
    expect(fake.log.slice(-2).map((r) => r.authorization)).toEqual([
      'Bearer test-token',
      'Bearer test-token',
    ]);
  });

  it.each([
    ['id', 'Kredensial Google ditolak (401', 'setel LAMPIRAN_GOOGLE_ACCESS_TOKEN'],
    ['en', 'Google rejected the credentials (401', 'set LAMPIRAN_GOOGLE_ACCESS_TOKEN'],
  ] as const)('a rejected token gives one clear line (%s), exit 2', async (lang, what, hint) => {
    const { code, io } = await single({ LAMPIRAN_GOOGLE_ACCESS_TOKEN: 'expired' }, lang);
    expect(code).toBe(2);
    expect(io.err).toContain(what);
    expect(io.err).toContain(hint);
    expect(io.err).toContain('GOOGLE_APPLICATION_CREDENTIALS');
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.out).toBe('');
  });

  it('a rejected token stops a folder run before listing anything else', async () => {
    const io = captureIo({ LAMPIRAN_GOOGLE_API_ROOT: fake.root, LAMPIRAN_GOOGLE_ACCESS_TOKEN: 'expired' });
    const code = await runGoogleFolderWith(
      { folderId: '4Folder', format: 'text', lang: 'id', write: false },
      io,
      deps(new FakeClock()),
    );
    expect(code).toBe(2);
    expect(io.err.trim()).toMatch(/^Kredensial Google ditolak \(401/);
  });

  it.each([
    ['id', 'Kredensial Google tidak ditemukan: setel LAMPIRAN_GOOGLE_ACCESS_TOKEN'],
    ['en', 'No Google credentials found: set LAMPIRAN_GOOGLE_ACCESS_TOKEN'],
  ] as const)('no credential anywhere gives one clear line (%s) and no request', async (lang, message) => {
    noAmbientCredentials();
    const before = fake.log.length;
    const { code, io } = await single({}, lang);
    expect(code).toBe(2);
    expect(io.err.trim()).toContain(message);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.err).not.toMatch(/\n\s+at /);
    expect(fake.log.length).toBe(before);
  });

  it.each([
    ['a missing key file', (): string => join(home, 'nope.json')],
    [
      'a key file that is not JSON',
      (): string => {
        const p = join(home, 'broken.json');
        writeFileSync(p, 'not json');
        return p;
      },
    ],
  ])('GOOGLE_APPLICATION_CREDENTIALS pointing at %s is named in the message', async (_label, pathOf) => {
    noAmbientCredentials();
    const file = pathOf();
    vi.stubEnv('GOOGLE_APPLICATION_CREDENTIALS', file);
    const { code, io } = await single({ GOOGLE_APPLICATION_CREDENTIALS: file });
    expect(code).toBe(2);
    expect(io.err.trim()).toMatch(/^Berkas kredensial GOOGLE_APPLICATION_CREDENTIALS tidak dapat dibaca/);
    expect(io.err.trim().split('\n')).toHaveLength(1);
  });

  it('asks for read-only Sheets access unless highlights are written', () => {
    expect(scopesFor(false)).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.readonly',
      'https://www.googleapis.com/auth/drive.readonly',
    ]);
    expect(scopesFor(true)).toEqual([
      'https://www.googleapis.com/auth/spreadsheets',
      'https://www.googleapis.com/auth/drive.readonly',
    ]);
  });
});
