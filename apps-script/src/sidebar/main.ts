// The sidebar: the same findings list and actions as the Excel task pane, in plain DOM.
// Every text from a cell goes through textContent / createTextNode — never through HTML parsing.
import { formatMessage, monthList } from '../../../shared/src/i18n/index.js';
import type { UiKey } from '../../../shared/src/i18n/index.js';
import { groupFindings } from '../../../shared/src/report/group-findings.js';
import type { Anchor, Finding, Lang, PlanKind } from '../../../shared/src/types.js';
import type { Boot, FillPreview, FillRequest, Settings, UndoInfo, ValidateReply } from '../api.js';
import { label, type GasKey } from '../i18n.js';
import { call } from './bridge.js';

type View = Boot['view'];

interface State {
  lang: Lang;
  view: View;
  anchor: Anchor;
  infer: boolean;
  rule: string;
  result: ValidateReply | null;
  showIgnored: boolean;
  current: string | null;
  preview: FillPreview | null;
  undo: UndoInfo | null;
  status: { text: string; error: boolean } | null;
  busy: boolean;
  kind: PlanKind;
  year: number;
}

function readBoot(): Boot {
  const fallback: Boot = {
    lang: 'id',
    view: 'findings',
    result: null,
    undo: null,
    year: new Date().getFullYear(),
    message: null,
  };
  const el = document.getElementById('lampiran-boot');
  if (!el || !el.textContent) return fallback;
  try {
    return { ...fallback, ...(JSON.parse(el.textContent) as Partial<Boot>) };
  } catch {
    return fallback;
  }
}

const boot = readBoot();
const state: State = {
  lang: boot.lang === 'en' ? 'en' : 'id',
  view: boot.view,
  anchor: 'end',
  infer: false,
  rule: '',
  result: boot.result,
  showIgnored: false,
  current: null,
  preview: null,
  undo: boot.undo,
  status: boot.message ? { text: boot.message, error: true } : null,
  busy: false,
  kind: boot.result?.grid?.kind ?? 'rb',
  year: boot.year,
};

const L = (key: UiKey | GasKey, data?: Record<string, string | number>): string =>
  label(key, state.lang, data);

// --- tiny DOM helpers ------------------------------------------------------------------------

type Child = Node | string | null | undefined | false;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string | boolean | number | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === false) continue;
    if (k === 'className') el.className = String(v);
    else if (k === 'value' && 'value' in el) (el as HTMLInputElement).value = String(v);
    else if (k === 'checked' && el instanceof HTMLInputElement) el.checked = v === true;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

function button(
  text: string,
  onClick: () => void,
  props: Record<string, string | boolean | undefined> = {},
): HTMLButtonElement {
  const b = h('button', { type: 'button', ...props, disabled: state.busy || props.disabled === true }, text);
  b.addEventListener('click', onClick);
  return b;
}

// --- server actions --------------------------------------------------------------------------

function settings(): Settings {
  return { lang: state.lang, anchor: state.anchor, infer: state.infer };
}

function fillRequest(): FillRequest {
  return { ...settings(), rule: state.rule };
}

async function run(work: () => Promise<string | null>): Promise<void> {
  if (state.busy) return;
  state.busy = true;
  state.status = { text: L('status.working'), error: false };
  render();
  try {
    const text = await work();
    state.status = text ? { text, error: false } : null;
  } catch (error) {
    state.status = { text: error instanceof Error ? error.message : String(error), error: true };
  } finally {
    state.busy = false;
    render();
  }
}

function visibleCount(r: ValidateReply): number {
  const ignored = new Set(r.ignored);
  return r.findings.filter((f) => !ignored.has(f.key)).length;
}

function validateNow(): Promise<void> {
  return run(async () => {
    const r = await call('lampiranValidate', settings());
    state.result = r;
    state.current = null;
    if (r.grid) state.kind = r.grid.kind;
    if (r.highlightError) throw new Error(r.highlightError);
    return L('status.validated', { count: visibleCount(r) });
  });
}

function activate(f: Finding): void {
  const range = f.range ?? f.cell;
  state.current = f.key;
  render();
  if (!range || !state.result) return;
  const sheet = state.result.sheet;
  void call('lampiranActivate', sheet, range, state.lang).catch((error: unknown) => {
    state.status = { text: error instanceof Error ? error.message : String(error), error: true };
    render();
  });
}

function setIgnored(f: Finding, ignore: boolean): Promise<void> {
  const sheet = state.result?.sheet ?? '';
  return run(async () => {
    state.result = await call('lampiranSetIgnored', sheet, f.key, ignore, settings());
    return null;
  });
}

function previewNow(): Promise<void> {
  return run(async () => {
    state.preview = await call('lampiranPreviewFill', fillRequest());
    return null;
  });
}

function applyNow(): Promise<void> {
  const preview = state.preview;
  if (!preview) return Promise.resolve();
  return run(async () => {
    const done = await call(
      'lampiranApplyFill',
      fillRequest(),
      preview.sheet,
      preview.writes.map((w) => w.cell),
    );
    state.preview = null;
    state.undo = await call('lampiranUndoInfo', state.lang);
    const text = L('fill.done', { cells: done.cells });
    return done.stale ? `${text}. ${L('gas.previewStale')}` : text;
  });
}

function undoNow(): Promise<void> {
  return run(async () => {
    const cells = await call('lampiranUndoFill', state.lang);
    state.undo = null;
    return L('fill.undone', { cells });
  });
}

function clearNow(): Promise<void> {
  return run(async () => {
    await call('lampiranClearHighlights', state.lang);
    return L('status.highlightsCleared');
  });
}

function insertTemplateNow(): Promise<void> {
  return run(async () => {
    const sheet = await call('lampiranInsertTemplate', {
      lang: state.lang,
      kind: state.kind,
      year: state.year,
    });
    return L('status.templateInserted', { sheet });
  });
}

// --- views -----------------------------------------------------------------------------------

function visibleFindings(r: ValidateReply): Finding[] {
  if (state.showIgnored) return r.findings;
  const ignored = new Set(r.ignored);
  return r.findings.filter((f) => !ignored.has(f.key));
}

/** Findings in the order the list shows them (severity, then area), for next / previous. */
function navigationOrder(r: ValidateReply): Finding[] {
  return groupFindings(visibleFindings(r)).flatMap((g) => g.areas.flatMap((a) => a.findings));
}

function step(delta: number): void {
  const r = state.result;
  if (!r) return;
  const order = navigationOrder(r).filter((f) => f.range !== null || f.cell !== null);
  if (order.length === 0) return;
  const at = order.findIndex((f) => f.key === state.current);
  const next = at === -1 ? (delta > 0 ? 0 : order.length - 1) : (at + delta + order.length) % order.length;
  const f = order[next];
  if (f) activate(f);
}

function findingItem(f: Finding, ignored: boolean): HTMLLIElement {
  const cellText = f.cell ?? L('finding.noCell');
  const go = h(
    'button',
    {
      type: 'button',
      className: 'go',
      'aria-label': f.cell
        ? `${L('action.goToCell', { cell: f.cell })}: ${formatMessage(f, state.lang)}`
        : undefined,
      disabled: f.range === null && f.cell === null,
      'data-key': f.key,
    },
    h('span', { className: 'cell' }, cellText),
    h('span', { className: 'msg' }, formatMessage(f, state.lang)),
    f.suggestion
      ? h('span', { className: 'suggestion' }, L('finding.suggestion', { suggestion: f.suggestion }))
      : null,
  );
  go.addEventListener('click', () => activate(f));
  const toggle = button(
    ignored ? L('action.unignore') : L('action.ignore'),
    () => void setIgnored(f, !ignored),
    { className: 'ignore' },
  );
  const classes = ['finding', f.severity, ignored ? 'ignored' : '', state.current === f.key ? 'current' : '']
    .filter(Boolean)
    .join(' ');
  return h('li', { className: classes }, go, toggle);
}

function findingsView(): HTMLElement {
  const section = h('section', { id: 'findings-view', 'aria-label': L('gas.section.findings') });
  section.appendChild(
    h(
      'div',
      { className: 'row' },
      button(L('action.validate'), () => void validateNow(), { className: 'primary', id: 'validate' }),
      button(L('action.clearHighlights'), () => void clearNow(), { id: 'clear' }),
    ),
  );
  const r = state.result;
  if (!r) return section;
  if (r.grid)
    section.appendChild(
      h(
        'p',
        { className: 'hint', id: 'grid' },
        L('gas.grid', { range: r.grid.range, kind: r.grid.kind.toUpperCase(), year: r.grid.year }),
      ),
    );
  const s = r.summary;
  const counts = [
    L(s.errors === 1 ? 'count.error.one' : 'count.error.other', { count: s.errors }),
    L(s.warnings === 1 ? 'count.warning.one' : 'count.warning.other', { count: s.warnings }),
    L(s.infos === 1 ? 'count.info.one' : 'count.info.other', { count: s.infos }),
  ].join(' · ');
  section.appendChild(
    h(
      'p',
      { id: 'summary' },
      counts,
      h('br'),
      L('summary.line', { activities: s.activities, withIndicator: s.withIndicator, scheduled: s.scheduled }),
    ),
  );

  const order = navigationOrder(r).filter((f) => f.range !== null || f.cell !== null);
  const at = order.findIndex((f) => f.key === state.current);
  section.appendChild(
    h(
      'div',
      { className: 'row' },
      button(L('action.previous'), () => step(-1), { id: 'prev', disabled: order.length === 0 }),
      h(
        'span',
        { id: 'position' },
        at === -1
          ? L('gas.noFindingSelected')
          : L('findings.position', { index: at + 1, total: order.length }),
      ),
      button(L('action.next'), () => step(1), { id: 'next', disabled: order.length === 0 }),
    ),
  );
  if (r.ignored.length > 0) {
    const box = h('input', { type: 'checkbox', id: 'show-ignored', checked: state.showIgnored });
    box.addEventListener('change', () => {
      state.showIgnored = box.checked;
      render();
    });
    section.appendChild(
      h('label', { className: 'row' }, box, L('findings.ignored', { count: r.ignored.length })),
    );
  }

  const list = visibleFindings(r);
  const ignored = new Set(r.ignored);
  const container = h('div', { id: 'findings' });
  if (list.length === 0) container.appendChild(h('p', {}, L('findings.none')));
  for (const group of groupFindings(list)) {
    container.appendChild(
      h(
        'h2',
        {},
        L(`severity.${group.severity}.plural` as UiKey),
        ' ',
        h('span', { className: 'count' }, `(${group.count})`),
      ),
    );
    for (const area of group.areas) {
      container.appendChild(h('h3', {}, area.area ?? L('finding.noArea')));
      const ul = h('ul', {});
      for (const f of area.findings) ul.appendChild(findingItem(f, ignored.has(f.key)));
      container.appendChild(ul);
    }
  }
  section.appendChild(container);
  return section;
}

function fillView(): HTMLElement {
  const section = h('section', { id: 'fill-view', 'aria-label': L('gas.section.fill') });
  const anchor = h(
    'select',
    { id: 'anchor' },
    h('option', { value: 'end' }, L('anchor.end')),
    h('option', { value: 'start' }, L('anchor.start')),
  );
  anchor.value = state.anchor;
  anchor.addEventListener('change', () => {
    state.anchor = anchor.value === 'start' ? 'start' : 'end';
    state.preview = null;
    render();
  });
  section.appendChild(
    h(
      'label',
      { className: 'field' },
      L('settings.anchor'),
      anchor,
      h('span', { className: 'hint' }, L('settings.anchor.hint')),
    ),
  );
  const infer = h('input', { type: 'checkbox', id: 'infer', checked: state.infer });
  infer.addEventListener('change', () => {
    state.infer = infer.checked;
    state.preview = null;
    render();
  });
  section.appendChild(
    h(
      'label',
      { className: 'field' },
      h('span', {}, infer, ' ', L('settings.infer')),
      h('span', { className: 'hint' }, L('settings.infer.hint')),
    ),
  );
  const rule = h('input', {
    type: 'text',
    id: 'rule',
    value: state.rule,
    placeholder: L('fill.ruleForSelection.placeholder'),
  });
  rule.addEventListener('change', () => {
    state.rule = rule.value;
    state.preview = null;
  });
  section.appendChild(
    h(
      'label',
      { className: 'field' },
      L('fill.ruleForSelection'),
      rule,
      h('span', { className: 'hint' }, L('fill.ruleForSelection.hint')),
    ),
  );
  section.appendChild(
    h(
      'div',
      { className: 'row' },
      button(
        L('action.preview'),
        () => {
          state.rule = rule.value;
          void previewNow();
        },
        { className: 'primary', id: 'preview' },
      ),
    ),
  );

  const p = state.preview;
  if (p) {
    const box = h('div', { className: 'preview', id: 'fill-preview' });
    box.appendChild(
      h(
        'p',
        {},
        p.writes.length > 0
          ? L('fill.preview', { cells: p.writes.length, rows: p.rows.length })
          : L('fill.nothing'),
      ),
    );
    box.appendChild(h('p', { className: 'hint' }, L('gas.fillOnSheet', { sheet: p.sheet })));
    if (p.selectedRows.length > 0)
      box.appendChild(
        h('p', { className: 'hint' }, L('gas.selectionRows', { rows: p.selectedRows.join(', ') })),
      );
    const ul = h('ul', {});
    for (const d of p.details)
      ul.appendChild(
        h(
          'li',
          {},
          L('fill.previewRow', { row: d.row, months: monthList(d.months, state.lang), rule: d.rule }),
        ),
      );
    box.appendChild(ul);
    if (p.skipped.length > 0) {
      box.appendChild(h('p', {}, L('fill.skipped', { count: p.skipped.length })));
      const skipped = h('ul', {});
      for (const s of p.skipped)
        skipped.appendChild(
          h(
            'li',
            { className: 'hint' },
            L('fill.skippedRow', { row: s.row, reason: L(`fill.skip.${s.reason}` as UiKey) }),
          ),
        );
      box.appendChild(skipped);
    }
    box.appendChild(
      h(
        'div',
        { className: 'row' },
        button(L('action.apply'), () => void applyNow(), {
          className: 'primary',
          id: 'apply',
          disabled: p.writes.length === 0,
        }),
        button(
          L('action.cancel'),
          () => {
            state.preview = null;
            render();
          },
          { id: 'cancel' },
        ),
      ),
    );
    section.appendChild(box);
  }
  section.appendChild(
    h(
      'div',
      { className: 'row' },
      state.undo
        ? h(
            'span',
            { className: 'hint', id: 'undo-info' },
            L('gas.undoAvailable', { cells: state.undo.cells, sheet: state.undo.sheet }),
          )
        : null,
      button(L('action.undoFill'), () => void undoNow(), { id: 'undo', disabled: !state.undo }),
    ),
  );
  return section;
}

function templateView(): HTMLElement {
  const section = h('section', { id: 'template-view', 'aria-label': L('gas.section.template') });
  const kind = h(
    'select',
    { id: 'kind' },
    h('option', { value: 'rb' }, L('kind.rb')),
    h('option', { value: 'zi' }, L('kind.zi')),
  );
  kind.value = state.kind;
  kind.addEventListener('change', () => (state.kind = kind.value === 'zi' ? 'zi' : 'rb'));
  const year = h('input', { type: 'number', id: 'year', min: 2000, max: 2100, value: state.year });
  year.addEventListener('change', () => {
    const n = Number(year.value);
    if (Number.isInteger(n)) state.year = n;
  });
  section.appendChild(h('label', { className: 'field' }, L('settings.template.kind'), kind));
  section.appendChild(h('label', { className: 'field' }, L('settings.template.year'), year));
  section.appendChild(
    h(
      'div',
      { className: 'row' },
      button(L('action.insertTemplate'), () => void insertTemplateNow(), {
        className: 'primary',
        id: 'insert-template',
      }),
    ),
  );
  return section;
}

function render(): void {
  const app = document.getElementById('app');
  if (!app) return;
  const focusedId = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
  document.documentElement.lang = state.lang;
  const lang = h(
    'select',
    { id: 'lang', 'aria-label': L('settings.language') },
    h('option', { value: 'id' }, L('lang.id')),
    h('option', { value: 'en' }, L('lang.en')),
  );
  lang.value = state.lang;
  lang.addEventListener('change', () => {
    state.lang = lang.value === 'en' ? 'en' : 'id';
    render();
  });
  const tab = (view: View, key: GasKey) => {
    const b = h(
      'button',
      { type: 'button', role: 'tab', id: `tab-${view}`, 'aria-selected': String(state.view === view) },
      L(key),
    );
    b.addEventListener('click', () => {
      state.view = view;
      render();
    });
    return b;
  };
  const status = h(
    'div',
    {
      id: 'status',
      role: 'status',
      'aria-live': 'polite',
      className: state.status?.error ? 'status error' : 'status',
    },
    state.status?.text ?? '',
  );
  const view =
    state.view === 'fill' ? fillView() : state.view === 'template' ? templateView() : findingsView();
  app.replaceChildren(
    h('header', {}, h('h1', {}, L('app.name')), lang),
    h(
      'div',
      { className: 'tabs', role: 'tablist' },
      tab('findings', 'gas.section.findings'),
      tab('fill', 'gas.section.fill'),
      tab('template', 'gas.section.template'),
    ),
    status,
    view,
  );
  app.setAttribute('aria-busy', String(state.busy));
  if (focusedId) document.getElementById(focusedId)?.focus();
}

render();
if (state.view === 'fill') void previewNow();
