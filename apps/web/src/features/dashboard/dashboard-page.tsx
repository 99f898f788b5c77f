import { Link } from 'react-router';
import type { TrendGranularity } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n';
import { useQuery } from '../../lib/use-query';
import { useUrlParams } from '../../lib/use-url-params';
import { SelectField } from '../../ui/field';
import { PageHeader } from '../../ui/page';
import { LoadError, Loading } from '../../ui/status';
import { useCurrentUser } from '../auth/auth-context';
import { canAccess } from '../shell/access';
import { LibrariesTable } from './libraries-table';
import { NetworkFigures } from './network-figures';
import { ProgrammeDashboardQuery } from './operations';
import { PhaseCounters } from './phase-counters';
import { ProvinceChart } from './province-chart';
import { TrendChart } from './trend-chart';
import './dashboard.css';

/** How far back the trend goes: 18 months, or 26 weeks. */
const PERIODS: Record<TrendGranularity, number> = { MONTH: 18, WEEK: 26 };

/**
 * /dashboard (central staff and programme viewers): where the network stands in the three phases
 * against the targets, how fast it moves, where (province), which libraries, and what the network
 * uses and reaches.
 */
export function DashboardPage() {
  const { t, formatDate, formatDateTime, formatNumber } = useI18n();
  const user = useCurrentUser();
  const params = useUrlParams();
  const granularity: TrendGranularity = params.get('per') === 'week' ? 'WEEK' : 'MONTH';
  const periodId = params.get('periode') || null;
  const query = useQuery(ProgrammeDashboardQuery, {
    periodId,
    granularity,
    periods: PERIODS[granularity],
  });
  const data = query.data?.programmeDashboard;
  const periods = query.data?.programmePeriods ?? [];

  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        intro={t('dashboard.intro')}
        actions={
          <>
            {canAccess(user.role, 'evidence') && (
              <Link to="/bewijs" className="button button--secondary">
                {t('dashboard.toEvidence')}
              </Link>
            )}
            {canAccess(user.role, 'programmeSettings') && (
              <Link to="/dashboard/instellingen" className="button button--secondary">
                {t('settings.link')}
              </Link>
            )}
          </>
        }
      />
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('dashboard.settings')}>
        <SelectField
          label={t('dashboard.period')}
          required
          value={periodId ?? ''}
          onChange={(periode) => params.set({ periode })}
          options={[
            { value: '', label: t('dashboard.currentPeriod') },
            ...periods
              .filter((p) => p.id)
              .map((p) => ({
                value: p.id ?? '',
                label: p.targetDate
                  ? t('dashboard.periodOption', { name: p.name, date: formatDate(p.targetDate) })
                  : p.name,
              })),
          ]}
        />
        <SelectField
          label={t('dashboard.granularity')}
          required
          value={granularity === 'WEEK' ? 'week' : ''}
          onChange={(per) => params.set({ per })}
          options={[
            { value: '', label: t('dashboard.byMonth') },
            { value: 'week', label: t('dashboard.byWeek') },
          ]}
        />
      </form>
      {query.error !== undefined && !data ? (
        <LoadError error={query.error} onRetry={() => void query.reload()} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <p className="muted dashboard__asof">
            {t('dashboard.asOf', {
              period: data.period.name,
              date: formatDateTime(data.asOf),
              n: formatNumber(data.libraryCount),
            })}
            {data.period.targetDate &&
              ` ${t('dashboard.targetDate', { date: formatDate(data.period.targetDate) })}`}
          </p>
          {query.loading && <Loading />}
          <PhaseCounters dashboard={data} />
          <TrendChart dashboard={data} />
          <ProvinceChart dashboard={data} />
        </>
      )}
      <LibrariesTable />
      <NetworkFigures />
    </>
  );
}
