import { useI18n } from '../../lib/i18n/i18n';
import { useQuery } from '../../lib/use-query';
import { useUrlParams } from '../../lib/use-url-params';
import { DataTable } from '../../ui/data-table';
import { SelectField } from '../../ui/field';
import { PageHeader } from '../../ui/page';
import { EmptyState, LoadError, Loading } from '../../ui/status';
import { InactiveLibrariesQuery } from './operations';

const PERIODS = [14, 30, 60, 90, 180];

/** /gebruik: libraries that used no post lately, so the national office can reach out. */
export function UsagePage() {
  const { t, formatDate } = useI18n();
  const params = useUrlParams();
  const days = PERIODS.includes(Number(params.get('dagen'))) ? Number(params.get('dagen')) : 30;
  const query = useQuery(InactiveLibrariesQuery, { days });
  const rows = query.data?.inactiveLibraries;
  return (
    <>
      <PageHeader title={t('usage.title')} intro={t('usage.intro')} />
      <div className="filters">
        <SelectField
          label={t('usage.period')}
          required
          value={String(days)}
          onChange={(dagen) => params.set({ dagen })}
          options={PERIODS.map((d) => ({ value: String(d), label: t('usage.period.days', { n: d }) }))}
        />
      </div>
      {query.error !== undefined ? (
        <LoadError error={query.error} onRetry={() => void query.reload()} />
      ) : !rows || query.loading ? (
        <Loading />
      ) : rows.length === 0 ? (
        <EmptyState title={t('usage.inactive.none', { n: days })} />
      ) : (
        <>
          <p className="muted" role="status">
            {t('usage.inactive.count', { n: rows.length, days })}
          </p>
          <DataTable caption={t('usage.inactive.table', { n: days })}>
            <thead>
              <tr>
                <th scope="col">{t('common.library')}</th>
                <th scope="col">{t('usage.lastUsed')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.tenantId}>
                  <th scope="row" data-label={t('common.library')}>
                    {r.name}
                  </th>
                  <td data-label={t('usage.lastUsed')}>
                    {r.lastUsedAt ? formatDate(r.lastUsedAt) : t('usage.neverUsed')}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </>
      )}
    </>
  );
}
