import { Link } from 'react-router';
import type { EvidenceStatus } from '../../gql/graphql';
import { daysSince } from '../../lib/dates';
import { useI18n } from '../../lib/i18n/i18n';
import { useConnection } from '../../lib/use-connection';
import { useUrlParams } from '../../lib/use-url-params';
import { DataTable } from '../../ui/data-table';
import { SelectField } from '../../ui/field';
import { PageHeader } from '../../ui/page';
import { EmptyState, LoadError, Loading } from '../../ui/status';
import { useCurrentUser } from '../auth/auth-context';
import { oneOf } from '../content/post-options';
import { canAccess } from '../shell/access';
import { LibrarySelect, useLibraries } from '../tenants/library-select';
import { EvidenceStatusBadge } from './evidence-status';
import { EvidenceQueueQuery } from './operations';
import { EVIDENCE_KINDS, EVIDENCE_STATUSES } from './programme-options';
import { ReviewActions } from './review-actions';
import './programme.css';
import { LoadMore } from '../../ui/load-more';

/**
 * /bewijs (central staff): programme evidence the libraries recorded, oldest first. Central editors
 * and admins verify or reject it; programme viewers follow along.
 */
export function EvidenceQueuePage() {
  const { t, formatDate } = useI18n();
  const user = useCurrentUser();
  const reviewer = canAccess(user.role, 'evidenceReview');
  const params = useUrlParams();
  const libraries = useLibraries();
  const status: EvidenceStatus = oneOf(EVIDENCE_STATUSES, params.get('status')) ?? 'SUBMITTED';
  const kind = oneOf(EVIDENCE_KINDS, params.get('soort'));
  const library = libraries.libraries?.find((l) => l.slug === params.get('bibliotheek'));
  const list = useConnection(
    EvidenceQueueQuery,
    { first: 25, status, kind, tenantId: library?.id ?? null },
    (r) => r.evidenceQueue,
    { skip: Boolean(params.get('bibliotheek')) && !library },
  );
  const waiting = status === 'SUBMITTED';

  return (
    <>
      <PageHeader
        title={t('evidence.title')}
        intro={t(reviewer ? 'evidence.intro' : 'evidence.introViewer')}
      />
      <form
        role="search"
        className="filters"
        onSubmit={(e) => e.preventDefault()}
        aria-label={t('evidence.filters')}
      >
        <SelectField
          label={t('evidence.status')}
          required
          value={status}
          onChange={(v) => params.set({ status: v === 'SUBMITTED' ? '' : v })}
          options={EVIDENCE_STATUSES.map((s) => ({ value: s, label: t(`evidenceStatus.${s}`) }))}
        />
        <SelectField
          label={t('evidence.kind')}
          required
          value={kind ?? ''}
          onChange={(soort) => params.set({ soort })}
          options={[
            { value: '', label: t('evidence.allKinds') },
            ...EVIDENCE_KINDS.map((k) => ({ value: k, label: t(`evidenceKind.${k}`) })),
          ]}
        />
        <LibrarySelect
          libraries={libraries.libraries}
          value={params.get('bibliotheek')}
          onChange={(bibliotheek) => params.set({ bibliotheek })}
          emptyLabel={t('evidence.allLibraries')}
          required
        />
      </form>
      {list.error !== undefined && <LoadError error={list.error} onRetry={() => void list.reload()} />}
      {list.loading ? (
        <Loading />
      ) : list.nodes.length === 0 && list.error === undefined ? (
        <EmptyState title={t(waiting ? 'evidence.emptyWaiting' : 'evidence.empty')} />
      ) : (
        <>
          <p className="muted" role="status">
            {t('evidence.shown', { n: list.nodes.length })}
          </p>
          <DataTable caption={t('evidence.title')}>
            <thead>
              <tr>
                <th scope="col">{t('evidence.what')}</th>
                <th scope="col">{t('common.library')}</th>
                <th scope="col">{waiting ? t('evidence.waiting') : t('evidence.status')}</th>
                {reviewer && waiting && <th scope="col">{t('common.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {list.nodes.map((item) => (
                <tr key={`${item.kind}-${item.id}`}>
                  <th scope="row" data-label={t('evidence.what')}>
                    <span className="cell-note">{t(`evidenceKind.${item.kind}`)}</span>
                    {item.summary}
                    {item.attachmentAssetId && (
                      <span className="cell-note">
                        <Link to={`/beeldmateriaal/${item.attachmentAssetId}`} target="_blank" rel="noopener">
                          {t('trainings.certificate.open')}
                          <span className="visually-hidden">
                            {' '}
                            {item.summary} {t('common.newWindow')}
                          </span>
                        </Link>
                      </span>
                    )}
                  </th>
                  <td data-label={t('common.library')}>
                    <Link to={`/dashboard/bibliotheken/${item.tenantId}`}>{item.libraryName}</Link>
                  </td>
                  <td data-label={waiting ? t('evidence.waiting') : t('evidence.status')}>
                    {waiting ? (
                      <>
                        {t('review.waitingDays', { n: daysSince(item.submittedAt) })}
                        <span className="cell-note">{formatDate(item.submittedAt)}</span>
                      </>
                    ) : (
                      <EvidenceStatusBadge item={item} />
                    )}
                  </td>
                  {reviewer && waiting && (
                    <td data-label={t('common.actions')}>
                      <ReviewActions item={item} onDone={list.reload} />
                    </td>
                  )}
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
