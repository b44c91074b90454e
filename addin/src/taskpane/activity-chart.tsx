// Two small pictures of the plan: activities per month (SVG columns) and per area (CSS bars,
// scheduled vs not yet scheduled). Numbers come from the core's chartDataOf.
import { makeStyles, tokens } from '@fluentui/react-components';
import { chartDataOf, type Lang, type Plan } from '../../../shared/src/index.js';
import { label } from '../i18n.js';

const SCHEDULED = '#0F6CBD';
const UNSCHEDULED = '#F4CCCC';

const useStyles = makeStyles({
  heading: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalS}`,
  },
  svg: { width: '100%', height: 'auto', display: 'block' },
  areas: { listStyleType: 'none', margin: 0, padding: 0 },
  area: { marginBottom: tokens.spacingVerticalS },
  areaName: {
    fontSize: tokens.fontSizeBase200,
    display: 'flex',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  track: {
    display: 'flex',
    height: '12px',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    overflow: 'hidden',
  },
  legend: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    fontSize: tokens.fontSizeBase200,
    marginTop: tokens.spacingVerticalXS,
  },
  swatch: {
    display: 'inline-block',
    width: '10px',
    height: '10px',
    marginRight: tokens.spacingHorizontalXXS,
  },
});

export function ActivityChart({ plan, lang }: { plan: Plan | null; lang: Lang }) {
  const styles = useStyles();
  if (!plan) return <p>{label('chart.empty', lang)}</p>;
  const data = chartDataOf(plan);
  const max = Math.max(1, ...data.perMonth);
  const busiest = data.perMonth.indexOf(Math.max(...data.perMonth)) + 1;
  const W = 240;
  const H = 110;
  const barW = W / 12;
  const plot = H - 30;
  const maxArea = Math.max(1, ...data.perArea.map((a) => a.activities));
  return (
    <div>
      <h3 className={styles.heading}>{label('chart.perMonth', lang)}</h3>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={label('chart.monthSummary', lang, {
          max: Math.max(...data.perMonth),
          month: label(`month.long.${busiest}` as 'month.long.1', lang),
        })}
      >
        {data.perMonth.map((count, i) => {
          const h = (count / max) * plot;
          const x = i * barW + 2;
          const month = label(`month.short.${i + 1}` as 'month.short.1', lang);
          return (
            <g key={i}>
              <title>{label('chart.monthBar', lang, { month, count })}</title>
              <rect x={x} y={12 + plot - h} width={barW - 4} height={h} fill={SCHEDULED} rx={1.5} />
              <text x={x + (barW - 4) / 2} y={10 + plot - h} fontSize="7" textAnchor="middle" fill="#242424">
                {count}
              </text>
              <text x={x + (barW - 4) / 2} y={H - 6} fontSize="7" textAnchor="middle" fill="#424242">
                {month}
              </text>
            </g>
          );
        })}
      </svg>

      <h3 className={styles.heading}>{label('chart.perArea', lang)}</h3>
      <ul className={styles.areas}>
        {data.perArea.map((a, i) => {
          const name = a.area === '' ? label('chart.noArea', lang) : a.area;
          const text = label('chart.areaBar', lang, {
            area: name,
            scheduled: a.scheduled,
            activities: a.activities,
          });
          return (
            <li key={`${i}-${a.area}`} className={styles.area}>
              <div className={styles.areaName}>
                <span>{name}</span>
                <span>
                  {a.scheduled}/{a.activities}
                </span>
              </div>
              <div className={styles.track} role="img" aria-label={text} title={text}>
                <div style={{ width: `${(a.scheduled / maxArea) * 100}%`, backgroundColor: SCHEDULED }} />
                <div
                  style={{
                    width: `${((a.activities - a.scheduled) / maxArea) * 100}%`,
                    backgroundColor: UNSCHEDULED,
                  }}
                />
              </div>
            </li>
          );
        })}
      </ul>
      <div className={styles.legend} aria-hidden="true">
        <span>
          <span className={styles.swatch} style={{ backgroundColor: SCHEDULED }} />
          {label('chart.legend.scheduled', lang)}
        </span>
        <span>
          <span className={styles.swatch} style={{ backgroundColor: UNSCHEDULED }} />
          {label('chart.legend.unscheduled', lang)}
        </span>
      </div>
    </div>
  );
}
