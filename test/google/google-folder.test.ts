import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runGoogleFolderWith } from '../../cli/src/google/index.js';
import {
  book,
  captureIo,
  deps,
  envFor,
  FakeClock,
  lampiranSheet,
  splitRules,
  startFake,
  userRule,
  type FakeGoogle,
} from './harness.js';

const FOLDER = '1FolderKpuNtt2023';
let fake: FakeGoogle;
let clock: FakeClock;
let dir: string;

beforeEach(async () => {
  clock = new FakeClock();
  fake = await startFake(clock, { drivePageSize: 3 });
  dir = mkdtempSync(join(tmpdir(), 'lampiran-google-'));
});
afterEach(async () => {
  await fake.stop();
  rmSync(dir, { recursive: true, force: true });
});

const CORPUS = ['kpu-alor-2023-rb.txt', 'kpu-lumajang-2022-rb.txt', 'kpu-ntt-2023-zi.txt'];

/** Eight spreadsheets: five readable (two behind transient faults), a 403, a 404 and an injection title. */
function seedFolder(): void {
  for (let i = 0; i < 5; i++) {
    const s = lampiranSheet(CORPUS[i % 3]!, i);
    s.conditionalFormats = [userRule(i)];
    fake.add(book(`sheet${i}-id`, `KPU ${String.fromCharCode(65 + i)}`, [s], [FOLDER]));
  }
  fake.add(book('secret-id', 'KPU F rahasia', [lampiranSheet(CORPUS[0]!)], [FOLDER]));
  fake.forbidden.add('secret-id');
  fake.add(book('gone-id', 'KPU G terhapus', [lampiranSheet(CORPUS[1]!)], [FOLDER]));
  fake.missing.add('gone-id');
  fake.add(book('inject-id', '=HYPERLINK("http://x","klik")', [lampiranSheet(CORPUS[2]!)], [FOLDER]));
  fake.add(book('elsewhere-id', 'Folder lain', [lampiranSheet(CORPUS[2]!)], ['2OtherFolder']));
  fake.fail({ endpoint: 'get', id: 'sheet1-id', status: 429, retryAfter: '3', times: 2 });
  fake.fail({ endpoint: 'values', id: 'sheet2-id', status: 502 });
  fake.fail({ endpoint: 'list', status: 500 });
}

function run(
  o: {
    write?: boolean;
    summary?: string;
    format?: 'text' | 'json' | 'md' | 'csv';
    lang?: 'id' | 'en';
    folder?: string;
  },
  isTTY = false,
) {
  const io = captureIo(envFor(fake.root), isTTY);
  return runGoogleFolderWith(
    {
      folderId: o.folder ?? FOLDER,
      format: o.format ?? 'json',
      lang: o.lang ?? 'id',
      write: o.write ?? false,
      ...(o.summary ? { summary: o.summary } : {}),
    },
    io,
    deps(clock),
  ).then((code) => ({ code, io }));
}

describe('validate --google-folder', () => {
  it('lists the folder page by page, survives 403/404/429/5xx and writes the summary CSV', async () => {
    seedFolder();
    const summary = join(dir, 'ringkasan.csv');
    const { code, io } = await run({ summary });
    expect(code).toBe(1);

    const lists = fake.log.filter((r) => r.endpoint === 'list');
    expect(lists.map((r) => r.status)).toEqual([500, 200, 200, 200]);
    for (const r of lists) {
      expect(r.query.get('q')).toBe(
        `'${FOLDER}' in parents and mimeType='application/vnd.google-apps.spreadsheet' and trashed=false`,
      );
      expect(r.query.get('supportsAllDrives')).toBe('true');
      expect(r.query.get('includeItemsFromAllDrives')).toBe('true');
    }
    expect(lists.slice(1).map((r) => r.query.get('pageToken'))).toEqual([null, '3', '6']);

    const parsed = Papa.parse<Record<string, string>>(readFileSync(summary, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([
      'id',
      'title',
      'sheet',
      'errors',
      'warnings',
      'infos',
      'status',
      'message',
    ]);
    const byId = new Map(parsed.data.map((r) => [r.id, r]));
    expect(byId.size).toBe(8);
    expect(byId.has('elsewhere-id')).toBe(false);
    expect(byId.get('secret-id')).toMatchObject({ status: 'forbidden', errors: '', title: 'KPU F rahasia' });
    expect(byId.get('secret-id')!.message).toContain('403');
    expect(byId.get('gone-id')).toMatchObject({ status: 'not-found', errors: '' });
    // A title that would run as a formula in a spreadsheet app is neutralised.
    expect(byId.get('inject-id')!.title).toBe(`'=HYPERLINK("http://x","klik")`);

    const report = JSON.parse(io.out) as {
      spreadsheets: {
        id: string;
        status: string;
        report: { summary: { errors: number; warnings: number; infos: number } } | null;
      }[];
    };
    for (const s of report.spreadsheets.filter((x) => x.report)) {
      const row = byId.get(s.id)!;
      expect(row.status).toBe('ok');
      expect([row.errors, row.warnings, row.infos].map(Number)).toEqual([
        s.report!.summary.errors,
        s.report!.summary.warnings,
        s.report!.summary.infos,
      ]);
    }
    // The transient faults were retried, each readable spreadsheet read exactly once in the end.
    expect(fake.requestsFor('sheet1-id', 'get').map((r) => r.status)).toEqual([429, 429, 200]);
    expect(fake.requestsFor('sheet2-id', 'values').map((r) => r.status)).toEqual([502, 200]);
    for (const id of ['sheet0-id', 'sheet3-id', 'sheet4-id', 'inject-id'])
      expect(fake.requestsFor(id).length).toBe(2);
    expect(fake.log.some((r) => r.method === 'POST')).toBe(false);

    // Plain progress lines on a non-terminal, and the final tally.
    expect(io.err).toMatch(/^\[1\/8\] /m);
    expect(io.err).toMatch(/^\[8\/8\] /m);
    expect(io.err).toContain('2 tidak dapat dibuka');
    expect(io.err).toContain(`Ringkasan ditulis ke ${summary}`);
    expect(io.err).not.toMatch(/\n\s+at /);
  });

  it('with --write sends one batchUpdate per readable spreadsheet and keeps the user rules', async () => {
    seedFolder();
    const { code } = await run({ write: true, format: 'csv' });
    expect(code).toBe(1);
    const posts = fake.log.filter((r) => r.method === 'POST');
    const readable = ['sheet0-id', 'sheet1-id', 'sheet2-id', 'sheet3-id', 'sheet4-id', 'inject-id'];
    expect(posts.map((p) => p.id).sort()).toEqual([...readable].sort());
    for (let i = 0; i < 5; i++) {
      const { ours, user } = splitRules(fake, `sheet${i}-id`, i);
      expect(user).toEqual([userRule(i)]);
      expect(ours.length).toBeGreaterThan(0);
      expect(fake.metadataOf(`sheet${i}-id`, i)).toHaveLength(1);
    }
    // A second pass over the unchanged folder writes nothing new and adds no rule.
    const counts = readable.map((id) => fake.spreadsheets.get(id)!.sheets[0]!.conditionalFormats!.length);
    await run({ write: true, format: 'csv' });
    expect(fake.log.filter((r) => r.method === 'POST')).toHaveLength(posts.length);
    expect(readable.map((id) => fake.spreadsheets.get(id)!.sheets[0]!.conditionalFormats!.length)).toEqual(
      counts,
    );
    expect(readable.map((id) => fake.spreadsheets.get(id)!.sheets[0]!.developerMetadata!.length)).toEqual(
      readable.map(() => 1),
    );
  });

  it('prints one CSV with one header on stdout for --format csv', async () => {
    seedFolder();
    const { io } = await run({ format: 'csv' });
    const lines = io.out.split('\r\n').filter(Boolean);
    expect(lines.filter((l) => l.startsWith('Sumber,') || l === lines[0])).toHaveLength(1);
    const parsed = Papa.parse<string[]>(io.out.trim());
    expect(parsed.errors).toEqual([]);
  });

  it('draws a progress bar on a terminal and still prints every report', async () => {
    seedFolder();
    const { io } = await run({ format: 'md' }, true);
    expect(io.err).toContain('8/8');
    expect(io.err).toContain('100%');
    expect(io.out.match(/^## /gm)).toHaveLength(6);
  });

  it.each([
    ['not found', () => undefined, 'Folder 9NoSuchFolder tidak ditemukan (404)', '9NoSuchFolder'],
    [
      'forbidden',
      () => fake.forbidden.add('8Forbidden'),
      'Tidak ada izin membaca folder 8Forbidden',
      '8Forbidden',
    ],
  ])('exits 2 when the folder is %s', async (_label, setup, message, folder) => {
    setup();
    const summary = join(dir, 's.csv');
    const { code, io } = await run({ folder, summary });
    expect(code).toBe(2);
    expect(io.err.trim()).toContain(message);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(summary, 'utf8')).toBe('id,title,sheet,errors,warnings,infos,status,message\r\n');
  });

  it('refuses a folder id that could break out of the Drive query', async () => {
    const { code, io } = await run({ folder: "x' or name contains '" });
    expect(code).toBe(2);
    expect(io.err).toContain('Bukan ID atau URL folder Google Drive');
    expect(fake.log).toHaveLength(0);
  });

  it('accepts a folder URL and reports an empty folder with exit 0', async () => {
    fake.folders.add('3EmptyFolder');
    const { code, io } = await run({
      folder: 'https://drive.google.com/drive/folders/3EmptyFolder?usp=sharing',
      lang: 'en',
    });
    expect(code).toBe(0);
    expect(io.err).toContain('Folder 3EmptyFolder holds no Google spreadsheets');
    expect(JSON.parse(io.out)).toEqual({ version: 1, folder: '3EmptyFolder', spreadsheets: [] });
  });

  it('stops the run with exit 2 when the credential is rejected midway', async () => {
    seedFolder();
    fake.fail({ endpoint: 'get', id: 'sheet3-id', status: 401 });
    const summary = join(dir, 's.csv');
    const { code, io } = await run({ summary, lang: 'en' });
    expect(code).toBe(2);
    expect(io.err).toContain('Google rejected the credentials (401');
    // Name order puts the "=HYPERLINK" title first, so sheet3 (KPU D) is the fifth.
    expect(io.err).toContain('Stopped after 4 of 8 spreadsheets.');
    expect(readFileSync(summary, 'utf8').trim().split('\r\n')).toHaveLength(5);
    expect(
      fake.log.filter(
        (r) =>
          r.endpoint === 'get' &&
          r.id !== 'sheet3-id' &&
          fake.log.indexOf(r) > fake.log.findIndex((x) => x.status === 401),
      ),
    ).toHaveLength(0);
  });

  it('refuses an unwritable summary file before any request', async () => {
    seedFolder();
    const { code, io } = await run({ summary: join(dir, 'no', 'such', 'dir.csv') });
    expect(code).toBe(2);
    expect(io.err).toContain('tidak dapat ditulis');
    expect(fake.log).toHaveLength(0);
  });
});
