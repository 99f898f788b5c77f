import { Link } from 'react-router';
import type { SubmissionStatus } from '../../gql/graphql';
import { daysSince } from '../../lib/dates';
import { useI18n } from '../../lib/i18n/i18n';
import { useConnection } from '../../lib/use-connection';
import { useQuery } from '../../lib/use-query';
import { useUrlParams } from '../../lib/use-url-params';
import { DataTable } from '../../ui/data-table';
import { Checkbox, SelectField } from '../../ui/field';
import { PageHeader } from '../../ui/page';
import { Badge, EmptyState, LoadError, Loading } from '../../ui/status';
import { useCurrentUser } from '../auth/auth-context';
import { ThemesQuery } from '../content/operations';
import { SUBMISSION_STATUSES, SUBMISSION_STATUS_TONE, oneOf } from '../content/post-options';
import { LibrarySelect, useLibraries } from '../tenants/library-select';
import { SubmissionsQuery } from './operations';
import { AssignButton } from './review-decisions';
import { LoadMore } from '../../ui/load-more';

/** What the queue shows unless another status is chosen: everything waiting for an editor. */
const OPEN: SubmissionStatus[] = ['SUBMITTED', 'IN_REVIEW'];
const AGES = [1, 3, 7, 14];

/** /beoordelen (central editors): the review queue, longest waiting first. */
export function ReviewQueuePage() {
  const { t, formatDate } = useI18n();
  const me = useCurrentUser();
  const params = useUrlParams();
  const libraries = useLibraries();
  const themes = useQuery(ThemesQuery, { activeOnly: false });
  const statusParam = params.get('status');
  const status = oneOf(SUBMISSION_STATUSES, statusParam);
  const library = libraries.libraries?.find((l) => l.slug === params.get('bibliotheek'));
  const age = AGES.includes(Number(params.get('wacht'))) ? Number(params.get('wacht')) : null;
  const mine = params.get('van') === 'mij';
  const list = useConnection(
    SubmissionsQuery,
    {
      first: 25,
      statuses: status ? [status] : statusParam === 'alle' ? null : OPEN,
      tenantId: library?.id ?? null,
      themeId: params.get('thema') || null,
      minAgeDays: age,
      reviewerId: mine ? me.id : null,
    },
    (r) => r.submissions,
    { skip: Boolean(params.get('bibliotheek')) && !library },
  );
  const themeName = (id: string | null | undefined) => themes.data?.themes.find((th) => th.id === id)?.name;

  return (
    <>
      <PageHeader title={t('review.title')} intro={t('review.intro')} />
      <form
        role="search"
        className="filters"
        onSubmit={(e) => e.preventDefault()}
        aria-label={t('review.filters')}
      >
        <SelectField
          label={t('content.status')}
          required
          value={status ?? statusParam}
          onChange={(v) => params.set({ status: v })}
          options={[
            { value: '', label: t('review.open') },
            { value: 'alle', label: t('review.all') },
            ...SUBMISSION_STATUSES.map((s) => ({ value: s, label: t(`submissionStatus.${s}`) })),
          ]}
        />
        <LibrarySelect
          libraries={libraries.libraries}
          value={params.get('bibliotheek')}
          onChange={(bibliotheek) => params.set({ bibliotheek })}
          emptyLabel={t('users.allOrganisations')}
          required
        />
        <SelectField
          label={t('content.theme')}
          required
          value={params.get('thema')}
          onChange={(thema) => params.set({ thema })}
          options={[
            { value: '', label: t('content.allThemes') },
            ...(themes.data?.themes ?? []).map((th) => ({ value: th.id, label: th.name })),
          ]}
        />
        <SelectField
          label={t('review.age')}
          required
          value={age ? String(age) : ''}
          onChange={(wacht) => params.set({ wacht })}
          options={[
            { value: '', label: t('review.anyAge') },
            ...AGES.map((d) => ({ value: String(d), label: t('review.ageDays', { n: d }) })),
          ]}
        />
        <Checkbox
          label={t('review.mine')}
          checked={mine}
          onChange={(v) => params.set({ van: v ? 'mij' : '' })}
        />
      </form>
      {list.error !== undefined && <LoadError error={list.error} onRetry={() => void list.reload()} />}
      {list.loading ? (
        <Loading />
      ) : list.nodes.length === 0 && list.error === undefined ? (
        <EmptyState title={t('review.empty')} />
      ) : (
        <>
          <p className="muted" role="status">
            {t('review.shown', { n: list.nodes.length })}
          </p>
          <DataTable caption={t('review.title')}>
            <thead>
              <tr>
                <th scope="col">{t('content.col.title')}</th>
                <th scope="col">{t('common.library')}</th>
                <th scope="col">{t('content.status')}</th>
                <th scope="col">{t('review.waiting')}</th>
                <th scope="col">{t('review.reviewer')}</th>
              </tr>
            </thead>
            <tbody>
              {list.nodes.map((s) => {
                const since = s.submittedAt ?? s.createdAt;
                return (
                  <tr key={s.id}>
                    <th scope="row" data-label={t('content.col.title')}>
                      <Link to={`/beoordelen/${s.id}`}>{s.title}</Link>
                      {themeName(s.themeId) && <span className="cell-note">{themeName(s.themeId)}</span>}
                    </th>
                    <td data-label={t('common.library')}>{s.libraryName}</td>
                    <td data-label={t('content.status')}>
                      <Badge tone={SUBMISSION_STATUS_TONE[s.status]}>
                        {t(`submissionStatus.${s.status}`)}
                      </Badge>
                    </td>
                    <td data-label={t('review.waiting')}>
                      {t('review.waitingDays', { n: daysSince(since) })}
                      <span className="cell-note">{formatDate(since)}</span>
                    </td>
                    <td data-label={t('review.reviewer')}>
                      {s.reviewerId === me.id ? (
                        t('review.you')
                      ) : s.reviewerId ? (
                        t('review.someoneElse')
                      ) : (
                        <AssignButton id={s.id} title={s.title} reviewerId={me.id} onDone={list.reload} />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </DataTable>
          <LoadMore list={list} />
        </>
      )}
    </>
  );
}
