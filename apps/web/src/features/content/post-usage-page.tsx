import { Link, useParams } from 'react-router';
import { useI18n } from '../../lib/i18n/i18n';
import { useQuery } from '../../lib/use-query';
import { DataTable } from '../../ui/data-table';
import { PageHeader } from '../../ui/page';
import { Badge, EmptyState, LoadError, Loading } from '../../ui/status';
import { useCurrentUser } from '../auth/auth-context';
import { canAccess } from '../shell/access';
import { PostUsageQuery } from './operations';
import { POST_STATUS_TONE } from './post-options';

/** /berichten/:id/gebruik: which libraries used a post, on which channel, when and where. */
export function PostUsagePage() {
  const { id = '' } = useParams();
  const { t, formatDateTime, formatNumber } = useI18n();
  const user = useCurrentUser();
  const query = useQuery(PostUsageQuery, { postId: id });
  const data = query.data;
  return (
    <>
      <PageHeader
        title={data ? t('usage.post.title', { title: data.post.title }) : t('usage.post.titleShort')}
        intro={t('usage.post.intro')}
      />
      <p className="back-link">
        {canAccess(user.role, 'contentEdit') ? (
          <Link to={`/berichten/${id}`}>← {t('usage.post.back')}</Link>
        ) : (
          <Link to="/berichten">← {t('content.backToList')}</Link>
        )}
      </p>
      {query.error !== undefined ? (
        <LoadError error={query.error} onRetry={() => void query.reload()} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <div className="stats">
            <p className="stat">
              <span className="stat__value">{formatNumber(data.postUsage.libraryCount)}</span>
              <span className="stat__label">
                {t('usage.post.libraries', { n: data.postUsage.libraryCount })}
              </span>
            </p>
            <p className="stat">
              <span className="stat__value">{formatNumber(data.postUsage.receipts.length)}</span>
              <span className="stat__label">
                {t('usage.post.uses', { n: data.postUsage.receipts.length })}
              </span>
            </p>
            <p className="stat">
              <Badge tone={POST_STATUS_TONE[data.post.status]}>{t(`postStatus.${data.post.status}`)}</Badge>
              <span className="stat__label">
                {data.post.publishedAt
                  ? t('usage.post.publishedAt', { date: formatDateTime(data.post.publishedAt) })
                  : t('usage.post.notPublished')}
              </span>
            </p>
          </div>
          {data.postUsage.receipts.length === 0 ? (
            <EmptyState title={t('usage.post.empty')} />
          ) : (
            <DataTable caption={t('usage.post.table')}>
              <thead>
                <tr>
                  <th scope="col">{t('common.library')}</th>
                  <th scope="col">{t('content.channel')}</th>
                  <th scope="col">{t('usage.publishedAt')}</th>
                  <th scope="col">{t('usage.url')}</th>
                </tr>
              </thead>
              <tbody>
                {data.postUsage.receipts.map((r) => (
                  <tr key={r.id}>
                    <th scope="row" data-label={t('common.library')}>
                      {r.libraryName ?? '—'}
                    </th>
                    <td data-label={t('content.channel')}>{t(`channel.${r.channel}`)}</td>
                    <td data-label={t('usage.publishedAt')}>{formatDateTime(r.publishedAt)}</td>
                    <td data-label={t('usage.url')} className="break">
                      {r.url ? (
                        <a href={r.url} rel="noreferrer noopener" target="_blank">
                          {r.url}
                          <span className="visually-hidden"> {t('common.newWindow')}</span>
                        </a>
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
        </>
      )}
    </>
  );
}
