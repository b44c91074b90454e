// "Isi bulan": where the rule comes from, the anchor, a preview (how many cells in which rows),
// apply, and undo of the last fill.
import {
  Button,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { monthList } from '../../../shared/src/i18n/index.js';
import type { Anchor, FillPlan, FillWrite, Lang } from '../../../shared/src/index.js';
import { label } from '../i18n.js';

export type FillSource = 'ket' | 'selection';

export interface FillSettings {
  source: FillSource;
  infer: boolean;
  anchor: Anchor;
  rule: string;
}

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  preview: { marginTop: tokens.spacingVerticalM },
  heading: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `0 0 ${tokens.spacingVerticalS}`,
  },
  rows: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
});

/** One line per target row: "Baris 11: Mar, Jun, Sep, Des (triwulanan · KET)". */
export function previewLines(plan: FillPlan, monthColumns: readonly number[], lang: Lang): string[] {
  const byRow = new Map<number, FillWrite[]>();
  for (const w of plan.writes) {
    const list = byRow.get(w.row);
    if (list) list.push(w);
    else byRow.set(w.row, [w]);
  }
  return [...byRow].map(([row, writes]) => {
    const first = writes[0]!;
    const months = writes.map((w) => monthColumns.indexOf(w.column) + 1).filter((m) => m > 0);
    const source = label(`fill.source.${first.source}.short` as 'fill.source.ket.short', lang);
    return label('fill.previewRow', lang, {
      row,
      months: monthList(months, lang),
      rule: `${first.rule} · ${source}`,
    });
  });
}

export interface FillPanelProps {
  lang: Lang;
  busy: boolean;
  settings: FillSettings;
  onSettings(next: FillSettings): void;
  preview: FillPlan | null;
  monthColumns: readonly number[];
  stale: boolean;
  canUndo: boolean;
  onPreview(): void;
  onApply(): void;
  onUndo(): void;
}

export function FillPanel(p: FillPanelProps) {
  const styles = useStyles();
  const { lang, settings } = p;
  const set = (patch: Partial<FillSettings>) => p.onSettings({ ...settings, ...patch });
  const rows = p.preview ? new Set(p.preview.writes.map((w) => w.row)).size : 0;
  const lines = p.preview ? previewLines(p.preview, p.monthColumns, lang) : [];
  return (
    <div className={styles.form}>
      <Field label={label('fill.sources', lang)}>
        <RadioGroup value={settings.source} onChange={(_, d) => set({ source: d.value as FillSource })}>
          <Radio value="ket" label={label('fill.source.ket', lang)} />
          <Radio value="selection" label={label('fill.source.selection', lang)} />
        </RadioGroup>
      </Field>
      {settings.source === 'selection' ? (
        <Field label={label('fill.ruleForSelection', lang)} hint={label('fill.selectRows', lang)}>
          <Input
            value={settings.rule}
            placeholder={label('fill.ruleForSelection.placeholder', lang)}
            onChange={(_, d) => set({ rule: d.value })}
          />
        </Field>
      ) : null}
      <Checkbox
        checked={settings.infer}
        onChange={(_, d) => set({ infer: d.checked === true })}
        label={label('settings.infer', lang)}
        title={label('settings.infer.hint', lang)}
      />
      <Field label={label('settings.anchor', lang)} hint={label('settings.anchor.hint', lang)}>
        <RadioGroup
          layout="horizontal"
          value={settings.anchor}
          onChange={(_, d) => set({ anchor: d.value as Anchor })}
        >
          <Radio value="end" label={label('anchor.end', lang)} />
          <Radio value="start" label={label('anchor.start', lang)} />
        </RadioGroup>
      </Field>
      <div className={styles.buttons}>
        <Button onClick={p.onPreview} disabled={p.busy}>
          {label('action.preview', lang)}
        </Button>
        <Button
          appearance="primary"
          onClick={p.onApply}
          disabled={p.busy || !p.preview || p.stale || p.preview.writes.length === 0}
        >
          {label('action.apply', lang)}
        </Button>
        <Button onClick={p.onUndo} disabled={p.busy || !p.canUndo}>
          {label('action.undoFill', lang)}
        </Button>
      </div>
      {p.preview ? (
        <section className={styles.preview} aria-live="polite" aria-labelledby="fill-preview-title">
          <h3 id="fill-preview-title" className={styles.heading}>
            {label('fill.previewTitle', lang)}
          </h3>
          <p data-testid="fill-preview">
            {p.preview.writes.length === 0
              ? label('fill.nothing', lang)
              : label('fill.preview', lang, { cells: p.preview.writes.length, rows })}
          </p>
          {p.stale ? <p>{label('fill.stale', lang)}</p> : null}
          {lines.length > 0 ? (
            <ul className={styles.rows}>
              {lines.slice(0, 50).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : null}
          {p.preview.skipped.length > 0 ? (
            <>
              <p>{label('fill.skipped', lang, { count: p.preview.skipped.length })}</p>
              <ul className={styles.rows}>
                {p.preview.skipped.slice(0, 50).map((s) => (
                  <li key={`${s.row}-${s.reason}`}>
                    {label('fill.skippedRow', lang, {
                      row: s.row,
                      reason: label(`fill.skip.${s.reason}`, lang),
                    })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
