// The Lampiran menu: items, function names, add-on vs bound script, and AuthMode.NONE safety.
import { beforeAll, describe, expect, test } from 'vitest';
import { t } from '../../shared/src/i18n/index.js';
import { ensureBuilt, harness } from './load-bundle.js';

beforeAll(ensureBuilt);

const ITEMS = [
  { label: t('action.validate', 'id'), functionName: 'validateLampiran' },
  { label: t('action.fill', 'id'), functionName: 'fillMonths' },
  { label: t('action.clearHighlights', 'id'), functionName: 'clearHighlights' },
  { label: t('action.insertTemplate', 'id'), functionName: 'insertTemplate' },
  { label: t('action.openPanel', 'id'), functionName: 'showSidebar' },
];

describe('onOpen / onInstall', () => {
  test('the items are the five of the spec, in order, in Indonesian', () => {
    expect(ITEMS.map((i) => i.label)).toEqual([
      'Validasi lampiran',
      'Isi bulan',
      'Hapus sorotan',
      'Sisipkan templat',
      'Buka panel',
    ]);
  });

  test.each([
    [
      'bound script (simple trigger, LIMITED)',
      'onOpen',
      { authMode: 'LIMITED' },
      { title: 'Lampiran', addon: false },
    ],
    ['bound script run by hand (no event)', 'onOpen', undefined, { title: 'Lampiran', addon: false }],
    [
      'add-on not yet enabled in this file (NONE)',
      'onOpen',
      { authMode: 'NONE' },
      { title: null, addon: true },
    ],
    ['add-on just installed (FULL)', 'onInstall', { authMode: 'FULL' }, { title: null, addon: true }],
  ] as const)('%s', (_name, fn, event, expected) => {
    const { gas, gs } = harness();
    gs[fn]!(event);
    expect(gas.menus).toEqual([{ ...expected, items: ITEMS }]);
    // Nothing but the Ui service: works in AuthMode.NONE, reads no document, no properties, no locale.
    expect(gas.calls.every((c) => c.category === 'ui')).toBe(true);
  });

  test('every menu item names a top-level function of the bundle', () => {
    const { gas, gs } = harness();
    gs.onOpen!({ authMode: 'LIMITED' });
    for (const item of gas.menus[0]!.items) expect(typeof gs[item.functionName]).toBe('function');
  });

  test('"Buka panel" opens the sidebar in the user locale: English only for en*, else Indonesian', () => {
    for (const [locale, lang] of [
      ['en', 'en'],
      ['en_US', 'en'],
      ['id', 'id'],
      ['fr', 'id'],
      ['', 'id'],
    ] as const) {
      const { gas, gs } = harness();
      gas.locale = locale;
      gs.showSidebar!();
      const boot = /id="lampiran-boot">([\s\S]*?)<\/script>/.exec(gas.sidebars[0]!.html)![1]!;
      expect((JSON.parse(boot) as { lang: string }).lang).toBe(lang);
      expect(gas.sidebars[0]!.title).toBe(t('app.name', lang));
    }
  });

  test('"Isi bulan" and "Sisipkan templat" open the sidebar on their section without writing', () => {
    for (const [fn, view] of [
      ['fillMonths', 'fill'],
      ['insertTemplate', 'template'],
    ] as const) {
      const { gas, gs } = harness();
      gs[fn]!();
      const boot = JSON.parse(/id="lampiran-boot">([\s\S]*?)<\/script>/.exec(gas.sidebars[0]!.html)![1]!) as {
        view: string;
      };
      expect(boot.view).toBe(view);
      expect(
        gas.calls.filter((c) => /set|clear|insert|merge/i.test(c.name) && c.category === 'data'),
      ).toEqual([]);
    }
  });
});
