import { Link } from 'react-router';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../lib/i18n/i18n';
import { useQuery } from '../../lib/use-query';
import { Section } from '../../ui/page';
import { EmptyState, LoadError, Loading } from '../../ui/status';
import { ChartFigure } from './chart-figure';
import { periodLabel } from './dashboard-format';
import { NetworkFiguresQuery } from './operations';

const MONTHS = 12;
const INACTIVE_DAYS = 90;

/**
 * What the network does with the hub: posts used per month and the most used posts, libraries
 * without activity, submissions and republications, and the summed reach from the KPI measurements.
 */
export function NetworkFigures() {
  const { t, lang, formatNumber } = useI18n();
  const query = useQuery(NetworkFiguresQuery, { months: MONTHS, inactiveDays: INACTIVE_DAYS });
  const data = query.data?.programmeNetworkFigures;
  if (query.error !== undefined && !data)
    return (
      <Section title={t('dashboard.network.title')} id="netwerk">
        <LoadError error={query.error} onRetry={() => void query.reload()} />
      </Section>
    );
  if (!data)
    return (
      <Section title={t('dashboard.network.title')} id="netwerk">
        <Loading />
      </Section>
    );
  const months = data.postsUsedPerMonth.map((m) => ({
    ...m,
    label: periodLabel(lang, `${m.month}-01`, 'MONTH'),
  }));
  const totalUses = months.reduce((sum, m) => sum + m.uses, 0);
  const reach = data.kpiReach;
  return (
    <Section title={t('dashboard.network.title')} id="netwerk">
      <ul className="stats plain-list">
        <li className="stat">
          <span className="stat__value">{formatNumber(totalUses)}</span>
          <span className="stat__label">{t('dashboard.network.uses', { n: MONTHS })}</span>
        </li>
        <li className="stat">
          <span className="stat__value">{formatNumber(data.librariesWithoutActivity)}</span>
          <span className="stat__label">
            <Link to={`/dashboard?stil=${INACTIVE_DAYS}#bibliotheken`}>
              {t('dashboard.network.inactive', { n: INACTIVE_DAYS })}
            </Link>
          </span>
        </li>
        {data.submissions && (
          <>
            <li className="stat">
              <span className="stat__value">{formatNumber(data.submissions.submitted)}</span>
              <span className="stat__label">
                {t('dashboard.network.submitted', { n: formatNumber(data.submissions.libraries) })}
              </span>
            </li>
            <li className="stat">
              <span className="stat__value">{formatNumber(data.submissions.republished)}</span>
              <span className="stat__label">{t('dashboard.network.republished')}</span>
            </li>
          </>
        )}
      </ul>
      <h3 className="dashboard__subtitle">{t('dashboard.network.reach')}</h3>
      <p className="muted">{t('dashboard.network.reach.intro', { n: formatNumber(reach.libraries) })}</p>
      <ul className="stats plain-list">
        {(['followers', 'interactions', 'shares', 'websiteVisits'] as const).map((f) => (
          <li key={f} className="stat">
            <span className="stat__value">{formatNumber(reach[f])}</span>
            <span className="stat__label">{t(`kpi.${f}`)}</span>
          </li>
        ))}
      </ul>
      <h3 className="dashboard__subtitle">{t('dashboard.network.perMonth')}</h3>
      {months.length === 0 ? (
        <EmptyState title={t('dashboard.network.noUse')} />
      ) : (
        <ChartFigure
          title={t('dashboard.network.perMonth')}
          caption={t('dashboard.network.perMonth.caption', {
            n: formatNumber(totalUses),
            max: formatNumber(Math.max(...months.map((m) => m.uses))),
          })}
          height={260}
          chart={
            <ResponsiveContainer width="100%" height="100%">
              <BarChart
                data={months}
                margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
                accessibilityLayer={false}
              >
                <CartesianGrid stroke="#d3dfe3" strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="label" tick={{ fill: '#4a616b', fontSize: 12 }} minTickGap={8} />
                <YAxis
                  allowDecimals={false}
                  tick={{ fill: '#4a616b', fontSize: 12 }}
                  tickFormatter={(v: number) => formatNumber(v)}
                  width={40}
                />
                <Tooltip formatter={(v) => formatNumber(Number(v))} />
                <Bar
                  dataKey="uses"
                  name={t('dashboard.network.usesLabel')}
                  fill="#0b5f73"
                  isAnimationActive={false}
                />
              </BarChart>
            </ResponsiveContainer>
          }
          table={
            <>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.month')}</th>
                  <th scope="col" className="num">
                    {t('dashboard.network.usesLabel')}
                  </th>
                  <th scope="col" className="num">
                    {t('dashboard.libraries')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {months.map((m) => (
                  <tr key={m.month}>
                    <th scope="row" data-label={t('dashboard.month')}>
                      {m.label}
                    </th>
                    <td className="num" data-label={t('dashboard.network.usesLabel')}>
                      {formatNumber(m.uses)}
                    </td>
                    <td className="num" data-label={t('dashboard.libraries')}>
                      {formatNumber(m.libraries)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </>
          }
        />
      )}
      <h3 className="dashboard__subtitle">{t('dashboard.network.topPosts')}</h3>
      {data.topPosts.length === 0 ? (
        <p className="muted">{t('dashboard.network.noUse')}</p>
      ) : (
        <ol className="top-posts">
          {data.topPosts.map((p) => (
            <li key={p.postId}>
              <Link to={`/berichten/${p.postId}/gebruik`}>{p.title}</Link>{' '}
              <span className="muted">
                {t('dashboard.network.topPost', {
                  uses: formatNumber(p.uses),
                  libraries: formatNumber(p.libraries),
                })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
