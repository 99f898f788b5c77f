import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Role } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n';
import { ALL_ROLES, LIBRARY_ROLES } from '../../lib/roles';
import { useConnection } from '../../lib/use-connection';
import { SelectField, TextField } from '../../ui/field';
import { DataTable } from '../../ui/data-table';
import { PageHeader } from '../../ui/page';
import { Badge, EmptyState, LoadError, Loading } from '../../ui/status';
import { useCurrentUser } from '../auth/auth-context';
import { LibrarySelect, useLibraries } from '../tenants/library-select';
import { UsersQuery } from './operations';
import { CreateUserDialog } from './create-user-dialog';
import { LoadMore } from '../../ui/load-more';

const PAGE_SIZE = 25;

/** Users the current admin manages: everyone (central admin) or the own library's (library admin). */
export function UsersPage() {
  const { t, formatDateTime } = useI18n();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const central = user.tenant.kind === 'CENTRAL';
  const libraries = useLibraries({ skip: !central });
  const [params, setParams] = useSearchParams();
  const search = params.get('zoek') ?? '';
  const roleParam = params.get('rol') ?? '';
  const roles = central ? ALL_ROLES : LIBRARY_ROLES;
  const role = roles.includes(roleParam as Role) ? (roleParam as Role) : null;
  const librarySlug = central ? (params.get('bibliotheek') ?? '') : '';
  const library = libraries.libraries?.find((l) => l.slug === librarySlug);
  const [searchInput, setSearchInput] = useState(search);
  const [creating, setCreating] = useState(false);

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

  useEffect(() => {
    if (searchInput === search) return;
    const timer = setTimeout(() => setParam('zoek', searchInput.trim()), 300);
    return () => clearTimeout(timer);
  });

  const list = useConnection(
    UsersQuery,
    { first: PAGE_SIZE, search: search || null, role, tenantId: library?.id ?? null },
    (r) => r.users,
    // Wait for the library list before filtering by one.
    { skip: Boolean(librarySlug) && !library },
  );

  return (
    <>
      <PageHeader
        title={t('users.title')}
        intro={central ? t('users.introCentral') : t('users.introLibrary', { library: user.tenant.name })}
        actions={
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            {t('users.new')}
          </button>
        }
      />
      <form
        role="search"
        className="filters"
        onSubmit={(e) => e.preventDefault()}
        aria-label={t('users.filters')}
      >
        <TextField
          label={t('users.search')}
          type="search"
          value={searchInput}
          onChange={setSearchInput}
          required
          className="filters__search"
        />
        <SelectField
          label={t('users.role')}
          value={role ?? ''}
          onChange={(v) => setParam('rol', v)}
          required
          options={[
            { value: '', label: t('users.allRoles') },
            ...roles.map((r) => ({ value: r, label: t(`role.${r}`) })),
          ]}
        />
        {central && (
          <LibrarySelect
            label={t('users.organisation')}
            libraries={libraries.libraries}
            value={librarySlug}
            onChange={(v) => setParam('bibliotheek', v)}
            emptyLabel={t('users.allOrganisations')}
            required
          />
        )}
      </form>

      {list.error !== undefined && <LoadError error={list.error} onRetry={() => void list.reload()} />}
      {list.loading ? (
        <Loading />
      ) : list.nodes.length === 0 && list.error === undefined ? (
        <EmptyState title={t('users.empty')}>
          <p>{t('users.emptyHint')}</p>
        </EmptyState>
      ) : (
        <>
          <p className="muted" role="status">
            {t('users.shown', { n: list.nodes.length })}
          </p>
          <DataTable caption={t('users.title')}>
            <thead>
              <tr>
                <th scope="col">{t('users.name')}</th>
                <th scope="col">{t('users.email')}</th>
                <th scope="col">{t('users.role')}</th>
                {central && <th scope="col">{t('users.organisation')}</th>}
                <th scope="col">{t('users.status')}</th>
                <th scope="col">{t('users.lastLogin')}</th>
              </tr>
            </thead>
            <tbody>
              {list.nodes.map((u) => (
                <tr key={u.id}>
                  <th scope="row" data-label={t('users.name')}>
                    <Link to={`/gebruikers/${u.id}`}>{u.name}</Link>
                  </th>
                  <td data-label={t('users.email')} className="break">
                    {u.email}
                  </td>
                  <td data-label={t('users.role')}>{t(`role.${u.role}`)}</td>
                  {central && <td data-label={t('users.organisation')}>{u.tenant.name}</td>}
                  <td data-label={t('users.status')}>
                    <Badge tone={u.disabled ? 'danger' : 'success'}>
                      {t(u.disabled ? 'users.disabled' : 'users.enabled')}
                    </Badge>
                  </td>
                  <td data-label={t('users.lastLogin')}>
                    {u.lastLoginAt ? formatDateTime(u.lastLoginAt) : t('users.neverLoggedIn')}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          <LoadMore list={list} />
        </>
      )}
      <CreateUserDialog
        open={creating}
        onClose={() => setCreating(false)}
        libraries={libraries.libraries}
        defaultLibrary={librarySlug}
        onCreated={(created) => void navigate(`/gebruikers/${created.id}`, { state: { created: true } })}
      />
    </>
  );
}
