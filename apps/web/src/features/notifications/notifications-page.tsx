import { Link } from 'react-router';
import { useApi } from '../../lib/api-context';
import { errorMessage } from '../../lib/error-messages';
import { useI18n } from '../../lib/i18n/i18n';
import { isCentralRole } from '../../lib/roles';
import { useMutation, useQuery } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { PageHeader } from '../../ui/page';
import { Badge, EmptyState, LoadError, Loading } from '../../ui/status';
import { useCurrentUser } from '../auth/auth-context';
import { MarkNotificationsReadMutation, NotificationsQuery } from './operations';
import { useUnreadNotifications } from './unread-notifications';

/** /meldingen: what happened to submissions, newest first; mark one or all as read. */
export function NotificationsPage() {
  const { t, formatDateTime } = useI18n();
  const client = useApi();
  const user = useCurrentUser();
  const unread = useUnreadNotifications();
  const query = useQuery(NotificationsQuery, { unreadOnly: false });
  const mark = useMutation(async (ids: string[] | null) => {
    await client.request(MarkNotificationsReadMutation, { ids });
    await Promise.all([query.reload(), unread.reload()]);
  });
  const items = query.data?.notifications;
  const base = isCentralRole(user.role) ? '/beoordelen' : '/inzendingen';
  const anyUnread = items?.some((n) => !n.readAt) ?? false;
  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        intro={t('notifications.intro')}
        actions={
          anyUnread && (
            <button
              type="button"
              className="button button--secondary"
              disabled={mark.loading}
              onClick={() => void mark.run(null)}
            >
              {t('notifications.markAll')}
            </button>
          )
        }
      />
      {mark.error !== undefined && <Alert kind="error">{errorMessage(mark.error, t)}</Alert>}
      {query.error !== undefined && !items ? (
        <LoadError error={query.error} onRetry={() => void query.reload()} />
      ) : !items ? (
        <Loading />
      ) : items.length === 0 ? (
        <EmptyState title={t('notifications.empty')} />
      ) : (
        <ul className="notifications">
          {items.map((n) => (
            <li key={n.id} className={`notification ${n.readAt ? '' : 'notification--unread'}`}>
              <p className="notification__meta">
                {!n.readAt && <Badge tone="info">{t('notifications.unread')}</Badge>}
                <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
              </p>
              <p className="notification__message">{n.message}</p>
              <p className="notification__actions">
                {n.submissionId && (
                  <Link to={`${base}/${n.submissionId}`}>{t('notifications.toSubmission')}</Link>
                )}
                {!n.readAt && (
                  <button
                    type="button"
                    className="button button--link"
                    disabled={mark.loading}
                    onClick={() => void mark.run([n.id])}
                  >
                    {t('notifications.markRead')}
                  </button>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
