// Findings grouped by severity, then area; each one a button that selects its cell.
// Cell text reaches the screen only as React text children, so markup in a cell is shown, never run.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { formatMessage, groupFindings, type Finding, type Lang } from '../../../shared/src/index.js';
import { label } from '../i18n.js';

const useStyles = makeStyles({
  group: { marginTop: tokens.spacingVerticalM },
  heading: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  area: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    margin: `${tokens.spacingVerticalXS} 0`,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
    borderLeft: `4px solid transparent`,
    paddingLeft: tokens.spacingHorizontalXS,
    marginBottom: tokens.spacingVerticalXXS,
  },
  error: { borderLeftColor: '#C4314B' },
  warning: { borderLeftColor: '#C19C00' },
  info: { borderLeftColor: '#0F6CBD' },
  current: { backgroundColor: tokens.colorNeutralBackground1Selected },
  open: {
    flexGrow: 1,
    justifyContent: 'flex-start',
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    minWidth: 0,
    whiteSpace: 'normal',
    wordBreak: 'break-word',
  },
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    marginRight: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
  },
  suggestion: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface FindingListProps {
  findings: readonly Finding[];
  lang: Lang;
  currentKey: string | null;
  /** Findings shown, in list order; the rest wait behind "show all" (a 10,000-row plan can have thousands). */
  limit: number;
  onOpen(finding: Finding): void;
  onIgnore(finding: Finding): void;
}

export function FindingList({ findings, lang, currentKey, limit, onOpen, onIgnore }: FindingListProps) {
  const styles = useStyles();
  const shown = new Set(displayOrder(findings).slice(0, limit));
  const groups = groupFindings(findings.filter((f) => shown.has(f)));
  return (
    <div role="region" aria-label={label('findings.list', lang)}>
      {groups.map((g) => {
        const headingId = `findings-${g.severity}`;
        return (
          <section key={g.severity} className={styles.group} aria-labelledby={headingId}>
            <h3 id={headingId} className={styles.heading}>
              {label('findings.group', lang, {
                severity: label(`severity.${g.severity}.plural`, lang),
                count: g.count,
              })}
            </h3>
            {g.areas.map((a) => (
              <div key={a.area ?? '-'}>
                <h4 className={styles.area}>{a.area ?? label('finding.noArea', lang)}</h4>
                <ul className={styles.list}>
                  {a.findings.map((f) => (
                    <li
                      key={f.key}
                      className={`${styles.item} ${styles[f.severity]} ${f.key === currentKey ? styles.current : ''}`}
                      data-rule={f.rule}
                      data-cell={f.cell ?? ''}
                    >
                      <Button
                        appearance="subtle"
                        className={styles.open}
                        aria-current={f.key === currentKey ? 'true' : undefined}
                        disabled={f.range === null}
                        title={
                          f.cell
                            ? label('action.goToCell', lang, { cell: f.cell })
                            : label('finding.noCell', lang)
                        }
                        onClick={() => onOpen(f)}
                      >
                        <span>
                          <span className={styles.cell}>{f.cell ?? '—'}</span>
                          {formatMessage(f, lang)}
                          {f.suggestion ? (
                            <span className={styles.suggestion}>
                              {label('finding.suggestion', lang, { suggestion: f.suggestion })}
                            </span>
                          ) : null}
                        </span>
                      </Button>
                      <Button
                        size="small"
                        appearance="transparent"
                        aria-label={label('findings.ignoreLabel', lang, { cell: f.cell ?? f.rule })}
                        onClick={() => onIgnore(f)}
                      >
                        {label('action.ignore', lang)}
                      </Button>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}

/** The findings in the order the list shows them, for next / previous. */
export function displayOrder(findings: readonly Finding[]): Finding[] {
  return groupFindings(findings).flatMap((g) => g.areas.flatMap((a) => a.findings));
}
