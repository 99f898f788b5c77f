import { useState } from 'react';
import type { PostFieldsFragment } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { useI18n } from '../../lib/i18n/i18n';
import { isMessageKey } from '../../lib/i18n/i18n';
import { useQuery } from '../../lib/use-query';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { DataTable } from '../../ui/data-table';
import { Section } from '../../ui/page';
import { Badge, LoadError, Loading } from '../../ui/status';
import { PostRevisionsQuery, RestorePostRevisionMutation } from './operations';
import { POST_STATUS_TONE } from './post-options';

/** Every saved version of the post, newest first; any earlier one can be brought back. */
export function RevisionHistory({
  post,
  onRestored,
}: {
  post: PostFieldsFragment;
  onRestored: () => Promise<void>;
}) {
  const { t, formatDateTime } = useI18n();
  const client = useApi();
  const revisions = useQuery(PostRevisionsQuery, { id: post.id }, { refreshKey: post.version });
  const [restoring, setRestoring] = useState<number | null>(null);
  const action = (value: string) => {
    const [name = value, arg = ''] = value.split(':');
    const key = `revision.action.${name}`;
    return isMessageKey(key) ? t(key, { n: arg }) : value;
  };
  const rows = revisions.data?.postRevisions ?? [];
  return (
    <Section title={t('revision.title')} id="revisions">
      {revisions.error !== undefined ? (
        <LoadError error={revisions.error} onRetry={() => void revisions.reload()} />
      ) : !revisions.data ? (
        <Loading />
      ) : (
        <DataTable caption={t('revision.title')}>
          <thead>
            <tr>
              <th scope="col">{t('revision.number')}</th>
              <th scope="col">{t('revision.action')}</th>
              <th scope="col">{t('revision.at')}</th>
              <th scope="col">{t('content.col.title')}</th>
              <th scope="col">{t('content.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.number}>
                <th scope="row" data-label={t('revision.number')}>
                  {r.number}
                </th>
                <td data-label={t('revision.action')}>{action(r.action)}</td>
                <td data-label={t('revision.at')}>{formatDateTime(r.createdAt)}</td>
                <td data-label={t('content.col.title')}>{r.title}</td>
                <td data-label={t('content.status')}>
                  <Badge tone={POST_STATUS_TONE[r.status]}>{t(`postStatus.${r.status}`)}</Badge>
                </td>
                <td className="actions">
                  {i > 0 && post.status !== 'ARCHIVED' && (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => setRestoring(r.number)}
                    >
                      {t('revision.restore')}
                      <span className="visually-hidden"> {t('revision.restoreN', { n: r.number })}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <ConfirmDialog
        open={restoring !== null}
        title={t('revision.restore.title', { n: restoring ?? 0 })}
        confirmLabel={t('revision.restore')}
        danger={false}
        onClose={() => setRestoring(null)}
        onConfirm={async () => {
          if (restoring === null) return;
          await client.request(RestorePostRevisionMutation, {
            id: post.id,
            version: post.version,
            revision: restoring,
          });
          await onRestored();
        }}
      >
        <p>{t('revision.restore.confirm', { n: restoring ?? 0 })}</p>
      </ConfirmDialog>
    </Section>
  );
}
