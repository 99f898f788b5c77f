import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ProgrammeDashboardQuery } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n';
import { Section } from '../../ui/page';
import { ChartFigure } from './chart-figure';
import { PHASE_COLOURS, PHASE_DASH, periodLabel } from './dashboard-format';

type Dashboard = ProgrammeDashboardQuery['programmeDashboard'];

/** Libraries that achieved each phase, at the end of every week or month. */
export function TrendChart({ dashboard }: { dashboard: Dashboard }) {
  const { t, lang, formatNumber } = useI18n();
  const first = dashboard.phases[0]?.trend ?? [];
  const rows = first.map((point, i) => ({
    label: periodLabel(lang, point.periodStart, dashboard.granularity),
    ...Object.fromEntries(dashboard.phases.map((p) => [p.phase, p.trend[i]?.achieved ?? 0])),
  }));
  const firstRow = rows[0];
  const lastRow = rows[rows.length - 1];
  const caption =
    firstRow && lastRow
      ? t('dashboard.trend.caption', {
          from: firstRow.label,
          until: lastRow.label,
          figures: dashboard.phases
            .map(
              (p) => `${t(`phase.${p.phase}`)}: ${formatNumber(p.trend[p.trend.length - 1]?.achieved ?? 0)}`,
            )
            .join('; '),
        })
      : t('dashboard.trend.empty');
  return (
    <Section title={t('dashboard.trend.title')} id="trend">
      <ChartFigure
        title={t('dashboard.trend.title')}
        caption={caption}
        chart={
          <ResponsiveContainer width="100%" height="100%">
            <LineChart
              data={rows}
              margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
              accessibilityLayer={false}
            >
              <CartesianGrid stroke="#d3dfe3" strokeDasharray="3 3" />
              <XAxis dataKey="label" tick={{ fill: '#4a616b', fontSize: 12 }} minTickGap={16} />
              <YAxis
                allowDecimals={false}
                tick={{ fill: '#4a616b', fontSize: 12 }}
                tickFormatter={(v: number) => formatNumber(v)}
                width={40}
              />
              <Tooltip formatter={(v) => formatNumber(Number(v))} />
              <Legend />
              {dashboard.phases.map((p) => (
                <Line
                  key={p.phase}
                  type="monotone"
                  dataKey={p.phase}
                  name={t(`phase.${p.phase}`)}
                  stroke={PHASE_COLOURS[p.phase]}
                  strokeWidth={2.5}
                  strokeDasharray={PHASE_DASH[p.phase]}
                  dot={false}
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        }
        table={
          <>
            <thead>
              <tr>
                <th scope="col">
                  {dashboard.granularity === 'WEEK' ? t('dashboard.week') : t('dashboard.month')}
                </th>
                {dashboard.phases.map((p) => (
                  <th key={p.phase} scope="col" className="num">
                    {t(`phase.${p.phase}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {first.map((point, i) => (
                <tr key={point.periodStart}>
                  <th scope="row" data-label={t('dashboard.period')}>
                    {rows[i]?.label}
                  </th>
                  {dashboard.phases.map((p) => (
                    <td key={p.phase} className="num" data-label={t(`phase.${p.phase}`)}>
                      {formatNumber(p.trend[i]?.achieved ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </>
        }
      />
    </Section>
  );
}
