// The task pane: validate, findings with next/previous and ignore, fill months, chart, tools.
// All host work goes through `actions`; this file holds only state and layout.
import {
  Button,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FillPlan, Finding, Lang, PlanKind } from '../../../shared/src/index.js';
import type { HostError, Outcome, UndoRecord, ValidateOutcome } from '../excel.js';
import { label, type Label } from '../i18n.js';
import type { PaneActions } from './actions.js';
import { ActivityChart } from './activity-chart.js';
import { FillPanel, type FillSettings } from './fill-panel.js';
import { displayOrder, FindingList } from './finding-list.js';
import { ToolsPanel } from './tools-panel.js';

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    fontFamily: tokens.fontFamilyBase,
  },
  header: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0 },
  summary: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  chip: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
  },
  error: { backgroundColor: '#F4CCCC' },
  warning: { backgroundColor: '#FFF2CC' },
  info: { backgroundColor: '#CFE2F3' },
  neutral: { backgroundColor: tokens.colorNeutralBackground3 },
  nav: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  validate: { alignSelf: 'stretch' },
});

/** Findings rendered before "show all": keeps the pane quick on very long plans. */
const LIST_LIMIT = 300;

type TabId = 'findings' | 'fill' | 'chart' | 'tools';
type Status = { intent: 'success' | 'error' | 'warning' | 'info'; text: string } | null;

/** A message key with its data: a host error or a pane-only message. */
export interface PaneMessage {
  key: Label;
  data?: Record<string, string | number>;
}

export interface AppProps {
  actions: PaneActions;
  initialLang: Lang;
  /** Set when the pane was opened by the ribbon button: validate at once. */
  autoValidate: boolean;
  /** Set when Office is missing or too old: the message, and no actions. */
  blocked: PaneMessage | null;
  onLangChange?(lang: Lang): void;
}

export function App({ actions, initialLang, autoValidate, blocked, onLangChange }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [tab, setTab] = useState<TabId>('findings');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(
    blocked ? { intent: 'error', text: label(blocked.key, initialLang, blocked.data) } : null,
  );
  const [outcome, setOutcome] = useState<ValidateOutcome | null>(null);
  const [currentKey, setCurrentKey] = useState<string | null>(null);
  const [fill, setFill] = useState<FillSettings>({ source: 'ket', infer: false, anchor: 'end', rule: '' });
  const [preview, setPreview] = useState<{
    plan: FillPlan;
    monthColumns: number[];
    settings: FillSettings;
  } | null>(null);
  const [undo, setUndo] = useState<UndoRecord | null>(null);
  const [template, setTemplate] = useState<{ kind: PlanKind; year: number }>({
    kind: 'rb',
    year: new Date().getFullYear(),
  });
  const [showAll, setShowAll] = useState(false);
  const started = useRef(false);

  const say = (intent: NonNullable<Status>['intent'], key: Label, data?: Record<string, string | number>) =>
    setStatus({ intent, text: label(key, lang, data) });
  const sayError = (e: HostError) => setStatus({ intent: 'error', text: label(e.key, lang, e.data) });

  /** Runs one host action with the busy flag; failures become the one-line message. */
  async function run<T>(
    work: () => Promise<Outcome<T>>,
    done: (value: T) => void | Promise<void>,
  ): Promise<void> {
    setBusy(true);
    try {
      const out = await work();
      if (out.ok) await done(out.value);
      else sayError(out.error);
    } finally {
      setBusy(false);
    }
  }

  const doValidate = useCallback(
    async (then?: (o: ValidateOutcome) => void) => {
      setStatus({ intent: 'info', text: label('status.validating', lang) });
      await run(
        () => actions.validate({ lang, infer: fill.infer, anchor: fill.anchor }),
        (o) => {
          setOutcome(o);
          setCurrentKey(null);
          setShowAll(false);
          setTab('findings');
          if (o.notice)
            setStatus({
              intent: 'warning',
              text: `${label(o.notice.key, lang, o.notice.data)} ${label('status.notProtectedPaint', lang)}`,
            });
          else if (!o.result.grid) say('warning', 'error.noGrid');
          else say('success', 'status.validated', { count: o.result.findings.length });
          then?.(o);
        },
      );
    },
    [actions, lang, fill.infer, fill.anchor],
  );

  useEffect(() => {
    if (autoValidate && !blocked && !started.current) {
      started.current = true;
      void doValidate();
    }
  }, [autoValidate, blocked, doValidate]);

  const findings = outcome?.result.findings ?? [];
  const order = displayOrder(findings);
  const index = currentKey === null ? -1 : order.findIndex((f) => f.key === currentKey);

  async function open(f: Finding) {
    setCurrentKey(f.key);
    if (!outcome || f.range === null) return;
    await run(
      () => actions.selectRange(outcome.sheetName, f.range!),
      () => say('info', 'status.selected', { cell: f.cell ?? f.range! }),
    );
  }

  function step(delta: number) {
    if (order.length === 0) return;
    const at = (index + delta + order.length) % order.length;
    if (at >= LIST_LIMIT) setShowAll(true);
    void open(order[at]!);
  }

  async function ignore(f: Finding) {
    if (!outcome) return;
    await run(
      () => actions.saveIgnored(outcome.sheetName, [...outcome.ignored, f.key]),
      () => doValidate(() => say('success', 'status.ignored')),
    );
  }

  async function restoreIgnored() {
    if (!outcome) return;
    await run(
      () => actions.saveIgnored(outcome.sheetName, []),
      () => doValidate(() => say('success', 'status.restored')),
    );
  }

  function fillRequest(s: FillSettings) {
    return { infer: s.infer, anchor: s.anchor, rule: s.source === 'selection' ? s.rule : '' };
  }

  async function doPreview() {
    if (fill.source === 'selection' && fill.rule.trim() === '') return say('warning', 'fill.needRule');
    const settings = fill;
    await run(
      () => actions.previewFill(fillRequest(settings)),
      (p) => {
        setPreview({ plan: p.plan, monthColumns: p.monthColumns, settings });
        setStatus(null);
      },
    );
  }

  async function doApply() {
    if (!preview) return;
    await run(
      () => actions.applyFill(fillRequest(preview.settings)),
      (o) => {
        setUndo(o.undo);
        setPreview(null);
        say('success', 'fill.done', { cells: o.plan.writes.length });
      },
    );
  }

  async function doUndo() {
    if (!undo) return say('warning', 'error.nothingToUndo');
    await run(
      () => actions.undoFill(undo),
      (o) => {
        setUndo(null);
        say('success', 'fill.undone', { cells: o.restored });
      },
    );
  }

  function changeLang(next: Lang) {
    setLang(next);
    onLangChange?.(next);
    setStatus(null);
  }

  const summary = outcome?.result.summary;
  const disabled = busy || blocked !== null;

  return (
    <main className={styles.root} lang={lang === 'en' ? 'en' : 'id'}>
      <header className={styles.header}>
        <h1 className={styles.title}>{label('app.name', lang)}</h1>
        <Select
          aria-label={label('lang.label', lang)}
          value={lang}
          onChange={(_, d) => changeLang(d.value === 'en' ? 'en' : 'id')}
          size="small"
        >
          <option value="id">{label('lang.id', lang)}</option>
          <option value="en">{label('lang.en', lang)}</option>
        </Select>
      </header>
      <p className={styles.hint}>{label('validate.hint', lang)}</p>
      <Button
        appearance="primary"
        size="large"
        className={styles.validate}
        onClick={() => void doValidate()}
        disabled={disabled}
      >
        {label('action.validate', lang)}
      </Button>

      <div aria-live="polite" role="status">
        {busy ? <Spinner size="tiny" label={label('status.working', lang)} /> : null}
        {status ? (
          <MessageBar intent={status.intent}>
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>

      {summary && outcome ? (
        <section aria-labelledby="summary-title">
          <h2 id="summary-title" className={styles.hint}>
            {label('summary.title', lang)} · {label('validate.sheet', lang, { sheet: outcome.sheetName })}
          </h2>
          <ul className={styles.summary} data-testid="summary">
            <li className={`${styles.chip} ${styles.error}`}>
              {label('count.error.other', lang, { count: summary.errors })}
            </li>
            <li className={`${styles.chip} ${styles.warning}`}>
              {label('count.warning.other', lang, { count: summary.warnings })}
            </li>
            <li className={`${styles.chip} ${styles.info}`}>
              {label('count.info.other', lang, { count: summary.infos })}
            </li>
            <li className={`${styles.chip} ${styles.neutral}`}>
              {label('summary.line', lang, {
                activities: summary.activities,
                withIndicator: summary.withIndicator,
                scheduled: summary.scheduled,
              })}
            </li>
          </ul>
        </section>
      ) : null}

      <TabList
        selectedValue={tab}
        onTabSelect={(_, d) => setTab(d.value as TabId)}
        aria-label={label('pane.tabs', lang)}
        size="small"
      >
        <Tab value="findings">{label('tab.findings', lang)}</Tab>
        <Tab value="fill">{label('tab.fill', lang)}</Tab>
        <Tab value="chart">{label('tab.chart', lang)}</Tab>
        <Tab value="tools">{label('tab.tools', lang)}</Tab>
      </TabList>

      <div role="tabpanel" aria-label={label(`tab.${tab}`, lang)}>
        {tab === 'findings' ? (
          outcome ? (
            <>
              <nav className={styles.nav} aria-label={label('findings.nav', lang)}>
                <Button size="small" onClick={() => step(-1)} disabled={disabled || order.length === 0}>
                  {label('action.previous', lang)}
                </Button>
                <Button size="small" onClick={() => step(1)} disabled={disabled || order.length === 0}>
                  {label('action.next', lang)}
                </Button>
                {index >= 0 ? (
                  <span>{label('findings.position', lang, { index: index + 1, total: order.length })}</span>
                ) : null}
              </nav>
              {findings.length === 0 ? <p>{label('findings.none', lang)}</p> : null}
              <FindingList
                findings={findings}
                lang={lang}
                currentKey={currentKey}
                limit={showAll ? Infinity : LIST_LIMIT}
                onOpen={(f) => void open(f)}
                onIgnore={(f) => void ignore(f)}
              />
              {!showAll && order.length > LIST_LIMIT ? (
                <Button onClick={() => setShowAll(true)}>
                  {label('findings.showAll', lang, { shown: LIST_LIMIT, total: order.length })}
                </Button>
              ) : null}
              {outcome.ignored.length > 0 ? (
                <p>
                  {label('findings.ignored', lang, { count: outcome.ignored.length })}{' '}
                  <Button
                    size="small"
                    appearance="transparent"
                    onClick={() => void restoreIgnored()}
                    disabled={disabled}
                  >
                    {label('findings.restoreIgnored', lang, { count: outcome.ignored.length })}
                  </Button>
                </p>
              ) : null}
            </>
          ) : (
            <p>{label('findings.noValidation', lang)}</p>
          )
        ) : null}
        {tab === 'fill' ? (
          <FillPanel
            lang={lang}
            busy={disabled}
            settings={fill}
            onSettings={setFill}
            preview={preview?.plan ?? null}
            monthColumns={preview?.monthColumns ?? []}
            stale={preview !== null && JSON.stringify(preview.settings) !== JSON.stringify(fill)}
            canUndo={undo !== null}
            onPreview={() => void doPreview()}
            onApply={() => void doApply()}
            onUndo={() => void doUndo()}
          />
        ) : null}
        {tab === 'chart' ? <ActivityChart plan={outcome?.result.plan ?? null} lang={lang} /> : null}
        {tab === 'tools' ? (
          <ToolsPanel
            lang={lang}
            busy={disabled}
            validated={outcome !== null}
            kind={template.kind}
            year={template.year}
            onTemplateOptions={(kind, year) => setTemplate({ kind, year })}
            onClear={() =>
              void run(
                () => actions.clearHighlights(outcome?.sheetName),
                () => say('success', 'status.highlightsCleared'),
              )
            }
            onInsertTemplate={() =>
              void run(
                () => actions.insertTemplate({ kind: template.kind, year: template.year, lang }),
                (o) => say('success', 'status.templateInserted', { sheet: o.sheetName }),
              )
            }
            onWriteReport={() => {
              if (!outcome) return;
              void run(
                () => actions.writeReport(outcome, lang),
                (o) => say('success', 'status.reportWritten', { sheet: o.sheetName }),
              );
            }}
          />
        ) : null}
      </div>
    </main>
  );
}
