import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { baseUrlOf, manifestFor } from '../build.mjs';
import { all, child, local, parseXml, type XmlElement } from './xml.js';

const MANIFEST = fileURLToPath(new URL('../../manifest.xml', import.meta.url));
const source = readFileSync(MANIFEST, 'utf8');
const doc = parseXml(source);

function resources(kind: 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings'): Map<string, XmlElement> {
  const section = all(doc, kind)[0];
  if (!section) throw new Error(`no ${kind}`);
  return new Map(section.children.map((e) => [e.attrs.id!, e]));
}

function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  it('is read by office-addin-manifest (offline)', () => {
    // The package's cli.js, run with this node: `npx` needs an executable bit the install may lack.
    const cli = createRequire(import.meta.url).resolve('office-addin-manifest/cli.js');
    const out = execFileSync(process.execPath, [cli, 'info', MANIFEST], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(out).toContain('Type: TaskPaneApp');
    expect(out).toContain('Hosts: Workbook');
    expect(out).toContain('Permissions: ReadWriteDocument');
    expect(out).toContain('Default Locale: id-ID');
  });

  it('asks for the workbook, read/write document permission, and ExcelApi 1.9', () => {
    expect(local(doc.name)).toBe('OfficeApp');
    expect(doc.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(all(child(doc, 'Hosts')!, 'Host').map((h) => h.attrs.Name)).toEqual(['Workbook']);
    expect(child(doc, 'Permissions')?.text.trim()).toBe('ReadWriteDocument');
    const sets = all(child(doc, 'Requirements')!, 'Set').map((s) => [s.attrs.Name, s.attrs.MinVersion]);
    expect(sets).toEqual([['ExcelApi', '1.9']]);
  });

  it('speaks Indonesian by default with English overrides for every string', () => {
    expect(child(doc, 'DefaultLocale')?.text.trim()).toBe('id-ID');
    expect(child(child(doc, 'DisplayName')!, 'Override')?.attrs.Locale).toBe('en-US');
    expect(child(child(doc, 'Description')!, 'Override')?.attrs.Locale).toBe('en-US');
    for (const strings of [resources('ShortStrings'), resources('LongStrings')]) {
      for (const [id, s] of strings) {
        const en = child(s, 'Override');
        expect(en?.attrs.Locale, id).toBe('en-US');
        expect(en?.attrs.Value, id).toBeTruthy();
      }
    }
  });

  it('puts a Lampiran group on the Home tab with a Validasi lampiran button that opens the pane and validates', () => {
    const short = resources('ShortStrings');
    const urls = resources('Urls');
    const tab = all(doc, 'OfficeTab').find((t) => t.attrs.id === 'TabHome');
    expect(tab).toBeDefined();
    const group = child(tab!, 'Group')!;
    expect(short.get(child(group, 'Label')!.attrs.resid!)?.attrs.DefaultValue).toBe('Lampiran');
    const buttons = all(group, 'Control').filter((c) => c.attrs['xsi:type'] === 'Button');
    const validate = buttons.find(
      (b) => short.get(child(b, 'Label')!.attrs.resid!)?.attrs.DefaultValue === 'Validasi lampiran',
    );
    expect(validate).toBeDefined();
    expect(child(short.get(child(validate!, 'Label')!.attrs.resid!)!, 'Override')?.attrs.Value).toBe(
      'Validate lampiran',
    );
    const action = child(validate!, 'Action')!;
    expect(action.attrs['xsi:type']).toBe('ShowTaskpane');
    expect(urls.get(child(action, 'SourceLocation')!.attrs.resid!)?.attrs.DefaultValue).toMatch(
      /\/taskpane\.html\?run=validate$/,
    );
    // The function file the other button runs from.
    expect(urls.get(all(doc, 'FunctionFile')[0]!.attrs.resid!)?.attrs.DefaultValue).toMatch(
      /\/commands\.html$/,
    );
  });

  it('has 16/32/80 px icons that exist as PNG files of those sizes', () => {
    const images = resources('Images');
    const icons = all(doc, 'Icon');
    expect(icons.length).toBeGreaterThanOrEqual(2);
    for (const icon of icons) {
      const sizes = icon.children.map((i) => Number(i.attrs.size));
      expect(sizes).toEqual([16, 32, 80]);
      for (const img of icon.children) {
        const url = images.get(img.attrs.resid!)?.attrs.DefaultValue;
        expect(url, img.attrs.resid).toBeDefined();
        const file = fileURLToPath(new URL(`../assets/${url!.split('/assets/')[1]}`, import.meta.url));
        const size = Number(img.attrs.size);
        expect(pngSize(file)).toEqual({ width: size, height: size });
      }
    }
    for (const url of [child(doc, 'IconUrl')!, child(doc, 'HighResolutionIconUrl')!].map(
      (e) => e.attrs.DefaultValue!,
    )) {
      expect(url).toMatch(/\/assets\/icon-(32|80)\.png$/);
    }
  });

  it('uses https for every URL and defines every resid it references', () => {
    const urls = [...source.matchAll(/\b(?:DefaultValue|Value)="([a-z]+:\/\/[^"]*)"/gi)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u.startsWith('https://'), u).toBe(true);
    const defined = new Set(
      all(doc, 'Resources')[0]!
        .children.flatMap((section) => section.children)
        .map((e) => e.attrs.id),
    );
    const used = [...source.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    for (const id of used) expect(defined.has(id), id).toBe(true);
  });
});

describe('build settings', () => {
  it('substitutes the production base URL everywhere and accepts only https', () => {
    const xml = manifestFor(baseUrlOf({ ADDIN_BASE_URL: 'https://lampiran.example.go.id/addin/' }));
    expect(xml).not.toContain('localhost');
    expect(xml).toContain('https://lampiran.example.go.id/addin/taskpane.html?run=validate');
    expect(baseUrlOf({})).toBe('https://localhost:3000');
    expect(() => baseUrlOf({ ADDIN_BASE_URL: 'http://example.org' })).toThrow(/https/);
    expect(() => baseUrlOf({ ADDIN_BASE_URL: 'not a url' })).toThrow(/not a URL/);
  });
});
