import { useCallback, useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import type { Phase, PhaseStatus, ProgrammeLibrarySort } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { errorMessage } from '../../lib/error-messages';
import { downloadFile } from '../../lib/files';
import { useI18n } from '../../lib/i18n/i18n';
import { useConnection } from '../../lib/use-connection';
import { useMutation } from '../../lib/use-query';
import { useDebouncedInput, useUrlParams } from '../../lib/use-url-params';
import { Alert } from '../../ui/alert';
import { DataTable } from '../../ui/data-table';
import { Checkbox, SelectField, TextField } from '../../ui/field';
import { Section } from '../../ui/page';
import { EmptyState, LoadError, Loading } from '../../ui/status';
import { oneOf } from '../content/post-options';
import { PhaseStatusBadge } from '../programme/evidence-status';
import { PHASES, PHASE_STATUSES } from '../programme/programme-options';
import { PROVINCES } from '../tenants/profile-form';
import { librariesCsvPath, librariesFilter, type LibrariesFilter } from './libraries-filter';
import { ProgrammeLibrariesQuery } from './operations';
import { LoadMore } from '../../ui/load-more';

const PAGE_SIZE = 25;
const INACTIVE = [30, 90, 180, 365];

const SORTS: Record<ProgrammeLibrarySort, true> = {
  NAME: true,
  PROVINCE: true,
  TRAINED: true,
  PROFESSIONALLY_PRESENT: true,
  VALUE_NETWORKS: true,
  LAST_ACTIVITY: true,
  PENDING_REVIEWS: true,
};
const SORT_KEYS = Object.keys(SORTS) as ProgrammeLibrarySort[];

/** Narrow screens show the table as cards, without column headers: sorting moves to the filters. */
function useNarrow() {
  const query = '(max-width: 40rem)';
  const subscribe = useCallback((change: () => void) => {
    const list = window.matchMedia(query);
    list.addEventListener('change', change);
    return () => list.removeEventListener('change', change);
  }, []);
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}

/**
 * The libraries with their phase statuses and last activity: filtered, sorted by any column (also
 * in the address, so a view can be shared), page by page, and as CSV with the same filters.
 */
export function LibrariesTable() {
  const { t, lang, formatShortDate, formatNumber } = useI18n();
  const client = useApi();
  const params = useUrlParams();
  const { set } = params;
  const narrow = useNarrow();
  const commitSearch = useCallback((zoek: string) => set({ zoek }), [set]);
  const [search, setSearch] = useDebouncedInput(params.get('zoek'), commitSearch);
  // The API filters on a status within a phase: the two come as a pair.
  const phase = oneOf<Phase>(PHASES, params.get('fase'));
  const status = oneOf<PhaseStatus>(PHASE_STATUSES, params.get('fasestatus'));
  const filter: LibrariesFilter = librariesFilter({
    search: params.get('zoek'),
    province: oneOf(PROVINCES, params.get('provincie')),
    phase: status ? phase : null,
    status: phase ? status : null,
    inactiveDays: INACTIVE.includes(Number(params.get('stil'))) ? Number(params.get('stil')) : null,
    pendingOnly: params.get('wacht') === '1',
    sort: oneOf(SORT_KEYS, params.get('sorteer')) ?? 'NAME',
    descending: params.get('aflopend') === '1',
  });
  const list = useConnection(
    ProgrammeLibrariesQuery,
    { first: PAGE_SIZE, ...filter },
    (r) => r.programmeLibraries,
  );
  const exportCsv = useMutation(() =>
    downloadFile(
      client,
      librariesCsvPath(filter, lang === 'nl' ? 'semicolon' : 'comma'),
      `${t('dashboard.csv.filename')}-${new Date().toISOString().slice(0, 10)}.csv`,
    ),
  );

  const sortBy = (sort: ProgrammeLibrarySort) =>
    set({
      sorteer: sort === 'NAME' ? '' : sort,
      // A second click on the same column turns the order around.
      aflopend: filter.sort === sort && !filter.descending ? '1' : '',
    });

  const header = (sort: ProgrammeLibrarySort, label: string, className?: string) => {
    const active = filter.sort === sort;
    return (
      <th
        scope="col"
        className={className}
        aria-sort={active ? (filter.descending ? 'descending' : 'ascending') : undefined}
      >
        {narrow ? (
          label
        ) : (
          <button type="button" className="sort-button" onClick={() => sortBy(sort)}>
            {label}
            <span className="sort-button__icon" aria-hidden="true">
              {active ? (filter.descending ? '▼' : '▲') : '↕'}
            </span>
          </button>
        )}
      </th>
    );
  };

  return (
    <Section title={t('dashboard.libraries.title')} id="bibliotheken">
      <form
        role="search"
        className="filters"
        onSubmit={(e) => e.preventDefault()}
        aria-label={t('dashboard.libraries.filters')}
      >
        <TextField
          label={t('dashboard.libraries.search')}
          type="search"
          value={search}
          onChange={setSearch}
          required
          className="filters__search"
        />
        <SelectField
          label={t('tenants.province')}
          required
          value={filter.province ?? ''}
          onChange={(provincie) => set({ provincie })}
          options={[
            { value: '', label: t('tenants.allProvinces') },
            ...PROVINCES.map((p) => ({ value: p, label: t(`province.${p}`) })),
          ]}
        />
        <SelectField
          label={t('dashboard.libraries.phase')}
          required
          value={filter.phase && filter.status ? `${filter.phase}:${filter.status}` : ''}
          onChange={(v) => {
            const [fase = '', fasestatus = ''] = v.split(':');
            set({ fase, fasestatus });
          }}
          options={[
            { value: '', label: t('dashboard.libraries.allPhases') },
            ...PHASES.flatMap((p) =>
              PHASE_STATUSES.map((s) => ({
                value: `${p}:${s}`,
                label: t('dashboard.libraries.phaseStatus', {
                  phase: t(`dashboard.col.${p}`),
                  status: t(`phaseStatus.${s}`).toLowerCase(),
                }),
              })),
            ),
          ]}
        />
        <SelectField
          label={t('dashboard.libraries.inactive')}
          required
          value={filter.inactiveDays ? String(filter.inactiveDays) : ''}
          onChange={(stil) => set({ stil })}
          options={[
            { value: '', label: t('dashboard.libraries.anyActivity') },
            ...INACTIVE.map((d) => ({
              value: String(d),
              label: t('dashboard.libraries.inactiveDays', { n: d }),
            })),
          ]}
        />
        {narrow && (
          <SelectField
            label={t('dashboard.libraries.sort')}
            required
            value={`${filter.sort}${filter.descending ? ':desc' : ''}`}
            onChange={(v) => {
              const [sort = 'NAME', desc] = v.split(':');
              set({ sorteer: sort === 'NAME' ? '' : sort, aflopend: desc ? '1' : '' });
            }}
            options={SORT_KEYS.flatMap((s) => [
              { value: s, label: t('dashboard.libraries.sortAsc', { column: t(`dashboard.sort.${s}`) }) },
              {
                value: `${s}:desc`,
                label: t('dashboard.libraries.sortDesc', { column: t(`dashboard.sort.${s}`) }),
              },
            ])}
          />
        )}
        <Checkbox
          label={t('dashboard.libraries.pendingOnly')}
          checked={filter.pendingOnly}
          onChange={(v) => set({ wacht: v ? '1' : '' })}
        />
      </form>
      <div className="inline-actions table-tools">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => void exportCsv.run()}
          disabled={exportCsv.loading}
        >
          {exportCsv.loading ? t('common.busy') : t('dashboard.csv')}
        </button>
        <span className="field__hint">{t('dashboard.csv.hint')}</span>
      </div>
      {exportCsv.error !== undefined && <Alert kind="error">{errorMessage(exportCsv.error, t)}</Alert>}
      {list.error !== undefined && <LoadError error={list.error} onRetry={() => void list.reload()} />}
      {list.loading ? (
        <Loading />
      ) : list.nodes.length === 0 && list.error === undefined ? (
        <EmptyState title={t('dashboard.libraries.empty')}>
          <p>{t('tenants.emptyHint')}</p>
        </EmptyState>
      ) : (
        <>
          <p className="muted" role="status">
            {t('tenants.shown', { n: list.nodes.length })}
          </p>
          <DataTable caption={t('dashboard.libraries.title')}>
            <thead>
              <tr>
                {header('NAME', t('common.library'))}
                {header('PROVINCE', t('tenants.province'))}
                {header('TRAINED', t('dashboard.col.TRAINED'))}
                {header('PROFESSIONALLY_PRESENT', t('dashboard.col.PROFESSIONALLY_PRESENT'))}
                {header('VALUE_NETWORKS', t('dashboard.col.VALUE_NETWORKS'))}
                {header('PENDING_REVIEWS', t('dashboard.col.PENDING_REVIEWS'), 'num')}
                {header('LAST_ACTIVITY', t('dashboard.col.LAST_ACTIVITY'))}
              </tr>
            </thead>
            <tbody>
              {list.nodes.map((l) => (
                <tr key={l.tenantId}>
                  <th scope="row" data-label={t('common.library')}>
                    <Link to={`/dashboard/bibliotheken/${l.tenantId}`}>{l.name}</Link>
                    {l.city && <span className="cell-note">{l.city}</span>}
                  </th>
                  <td data-label={t('tenants.province')}>{l.province ? t(`province.${l.province}`) : '—'}</td>
                  <td data-label={t('dashboard.col.TRAINED')}>
                    <PhaseStatusBadge status={l.trained} />
                  </td>
                  <td data-label={t('dashboard.col.PROFESSIONALLY_PRESENT')}>
                    <PhaseStatusBadge status={l.professionallyPresent} />
                  </td>
                  <td data-label={t('dashboard.col.VALUE_NETWORKS')}>
                    <PhaseStatusBadge status={l.valueNetworks} />
                  </td>
                  <td data-label={t('dashboard.col.PENDING_REVIEWS')} className="num">
                    {formatNumber(l.pendingReviews)}
                  </td>
                  <td data-label={t('dashboard.col.LAST_ACTIVITY')}>
                    {l.lastActivityAt ? formatShortDate(l.lastActivityAt) : t('dashboard.libraries.never')}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          <LoadMore list={list} />
        </>
      )}
    </Section>
  );
}
