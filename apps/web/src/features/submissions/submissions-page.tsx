import { Link } from 'react-router';
import { useI18n } from '../../lib/i18n/i18n';
import { useConnection } from '../../lib/use-connection';
import { DataTable } from '../../ui/data-table';
import { PageHeader } from '../../ui/page';
import { Badge, EmptyState, LoadError, Loading } from '../../ui/status';
import { SUBMISSION_STATUS_TONE } from '../content/post-options';
import { SubmissionsQuery } from './operations';
import { LoadMore } from '../../ui/load-more';

/** /inzendingen (libraries): own submissions, newest first. */
export function SubmissionsPage() {
  const { t, formatDateTime } = useI18n();
  const list = useConnection(SubmissionsQuery, { first: 25 }, (r) => r.submissions);
  return (
    <>
      <PageHeader
        title={t('submissions.title')}
        intro={t('submissions.intro')}
        actions={
          <Link to="/inzendingen/nieuw" className="button button--primary">
            {t('submissions.new')}
          </Link>
        }
      />
      {list.error !== undefined && <LoadError error={list.error} onRetry={() => void list.reload()} />}
      {list.loading ? (
        <Loading />
      ) : list.nodes.length === 0 && list.error === undefined ? (
        <EmptyState title={t('submissions.empty')}>
          <p>{t('submissions.emptyHint')}</p>
        </EmptyState>
      ) : (
        <>
          <DataTable caption={t('submissions.title')}>
            <thead>
              <tr>
                <th scope="col">{t('content.col.title')}</th>
                <th scope="col">{t('content.status')}</th>
                <th scope="col">{t('submissions.submittedAt')}</th>
                <th scope="col">{t('submissions.updatedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {list.nodes.map((s) => (
                <tr key={s.id}>
                  <th scope="row" data-label={t('content.col.title')}>
                    <Link to={`/inzendingen/${s.id}`}>{s.title}</Link>
                  </th>
                  <td data-label={t('content.status')}>
                    <Badge tone={SUBMISSION_STATUS_TONE[s.status]}>{t(`submissionStatus.${s.status}`)}</Badge>
                  </td>
                  <td data-label={t('submissions.submittedAt')}>
                    {s.submittedAt ? formatDateTime(s.submittedAt) : '—'}
                  </td>
                  <td data-label={t('submissions.updatedAt')}>{formatDateTime(s.updatedAt)}</td>
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
