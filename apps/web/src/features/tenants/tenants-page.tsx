import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Province } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n';
import { useConnection } from '../../lib/use-connection';
import { SelectField, TextField } from '../../ui/field';
import { DataTable } from '../../ui/data-table';
import { PageHeader } from '../../ui/page';
import { Badge, EmptyState, LoadError, Loading } from '../../ui/status';
import { useCurrentUser } from '../auth/auth-context';
import { canAccess } from '../shell/access';
import { TenantsQuery } from './operations';
import { PROVINCES } from './profile-form';
import { LoadMore } from '../../ui/load-more';

const PAGE_SIZE = 25;

/** Central roles: all libraries, searchable and filtered by province and status. */
export function TenantsPage() {
  const { t, formatNumber } = useI18n();
  const user = useCurrentUser();
  const admin = canAccess(user.role, 'tenantAdmin');
  const [params, setParams] = useSearchParams();
  const search = params.get('zoek') ?? '';
  const province = (PROVINCES as readonly string[]).includes(params.get('provincie') ?? '')
    ? (params.get('provincie') as Province)
    : null;
  const status = params.get('status') ?? '';
  const [searchInput, setSearchInput] = useState(search);

  const setParam = (name: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  // Search while typing, a moment after the last key.
  useEffect(() => {
    if (searchInput === search) return;
    const timer = setTimeout(() => setParam('zoek', searchInput.trim()), 300);
    return () => clearTimeout(timer);
  });

  const list = useConnection(
    TenantsQuery,
    {
      first: PAGE_SIZE,
      search: search || null,
      province,
      active: status === 'actief' ? true : status === 'inactief' ? false : null,
      kind: 'LIBRARY',
    },
    (r) => r.tenants,
  );

  return (
    <>
      <PageHeader
        title={t('tenants.title')}
        intro={t('tenants.intro')}
        actions={
          admin && (
            <Link to="/bibliotheken/nieuw" className="button button--primary">
              {t('tenants.new')}
            </Link>
          )
        }
      />
      <form
        role="search"
        className="filters"
        onSubmit={(e) => e.preventDefault()}
        aria-label={t('tenants.filters')}
      >
        <TextField
          label={t('tenants.search')}
          type="search"
          value={searchInput}
          onChange={setSearchInput}
          required
          className="filters__search"
        />
        <SelectField
          label={t('tenants.province')}
          value={province ?? ''}
          onChange={(v) => setParam('provincie', v)}
          required
          options={[
            { value: '', label: t('tenants.allProvinces') },
            ...PROVINCES.map((p) => ({ value: p, label: t(`province.${p}`) })),
          ]}
        />
        <SelectField
          label={t('tenants.status')}
          value={status}
          onChange={(v) => setParam('status', v)}
          required
          options={[
            { value: '', label: t('tenants.allStatuses') },
            { value: 'actief', label: t('status.active') },
            { value: 'inactief', label: t('status.inactive') },
          ]}
        />
      </form>

      {list.error !== undefined && <LoadError error={list.error} onRetry={() => void list.reload()} />}
      {list.loading ? (
        <Loading />
      ) : list.nodes.length === 0 && list.error === undefined ? (
        <EmptyState title={t('tenants.empty')}>
          <p>{t('tenants.emptyHint')}</p>
        </EmptyState>
      ) : (
        <>
          <p className="muted" role="status">
            {t('tenants.shown', { n: list.nodes.length })}
          </p>
          <DataTable caption={t('tenants.title')}>
            <thead>
              <tr>
                <th scope="col">{t('tenants.col.name')}</th>
                <th scope="col">{t('profile.city')}</th>
                <th scope="col">{t('tenants.province')}</th>
                <th scope="col" className="num">
                  {t('tenants.col.branches')}
                </th>
                <th scope="col">{t('tenants.status')}</th>
              </tr>
            </thead>
            <tbody>
              {list.nodes.map((tenant) => (
                <tr key={tenant.id}>
                  <th scope="row" data-label={t('tenants.col.name')}>
                    {admin ? <Link to={`/bibliotheken/${tenant.slug}`}>{tenant.name}</Link> : tenant.name}
                  </th>
                  <td data-label={t('profile.city')}>{tenant.city ?? '—'}</td>
                  <td data-label={t('tenants.province')}>
                    {tenant.province ? t(`province.${tenant.province}`) : '—'}
                  </td>
                  <td data-label={t('tenants.col.branches')} className="num">
                    {formatNumber(tenant.branchCount)}
                  </td>
                  <td data-label={t('tenants.status')}>
                    {tenant.active ? (
                      <Badge tone="success">{t('status.active')}</Badge>
                    ) : (
                      <Badge tone="neutral">{t('status.inactive')}</Badge>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          <LoadMore list={list} />
        </>
      )}
    </>
  );
}
