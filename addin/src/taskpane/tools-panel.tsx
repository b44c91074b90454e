// Clear highlights, insert a new lampiran sheet from the template, write the report sheet.
import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang, PlanKind } from '../../../shared/src/index.js';
import { label } from '../i18n.js';

const useStyles = makeStyles({
  section: {
    marginBottom: tokens.spacingVerticalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'flex-end' },
  year: { width: '7em' },
});

export interface ToolsPanelProps {
  lang: Lang;
  busy: boolean;
  validated: boolean;
  kind: PlanKind;
  year: number;
  onTemplateOptions(kind: PlanKind, year: number): void;
  onClear(): void;
  onInsertTemplate(): void;
  onWriteReport(): void;
}

export function ToolsPanel(p: ToolsPanelProps) {
  const styles = useStyles();
  const { lang } = p;
  return (
    <div>
      <section className={styles.section} aria-labelledby="tools-highlights">
        <h3 id="tools-highlights" className={styles.heading}>
          {label('tools.highlights', lang)}
        </h3>
        <div className={styles.row}>
          <Button onClick={p.onClear} disabled={p.busy}>
            {label('action.clearHighlights', lang)}
          </Button>
        </div>
      </section>
      <section className={styles.section} aria-labelledby="tools-report">
        <h3 id="tools-report" className={styles.heading}>
          {label('tools.report', lang)}
        </h3>
        <p>
          {p.validated
            ? label('tools.report.hint', lang, { sheet: label('report.sheetName', lang) })
            : label('tools.needValidation', lang)}
        </p>
        <div className={styles.row}>
          <Button onClick={p.onWriteReport} disabled={p.busy || !p.validated}>
            {label('action.writeReport', lang)}
          </Button>
        </div>
      </section>
      <section className={styles.section} aria-labelledby="tools-template">
        <h3 id="tools-template" className={styles.heading}>
          {label('tools.template', lang)}
        </h3>
        <div className={styles.row}>
          <Field label={label('settings.template.kind', lang)}>
            <Select
              value={p.kind}
              onChange={(_, d) => p.onTemplateOptions(d.value === 'zi' ? 'zi' : 'rb', p.year)}
            >
              <option value="rb">{label('kind.rb', lang)}</option>
              <option value="zi">{label('kind.zi', lang)}</option>
            </Select>
          </Field>
          <Field label={label('settings.template.year', lang)}>
            <Input
              className={styles.year}
              type="number"
              min={2000}
              max={2100}
              value={String(p.year)}
              onChange={(_, d) => {
                const y = Number(d.value);
                if (Number.isInteger(y)) p.onTemplateOptions(p.kind, y);
              }}
            />
          </Field>
          <Button onClick={p.onInsertTemplate} disabled={p.busy}>
            {label('action.insertTemplate', lang)}
          </Button>
        </div>
      </section>
    </div>
  );
}
