import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useI18n } from '../../lib/i18n/i18n';
import { useQuery } from '../../lib/use-query';
import { NotificationsQuery } from './operations';

const POLL_MS = 60_000;

interface Unread {
  count: number;
  reload: () => Promise<void>;
}

const UnreadContext = createContext<Unread>({ count: 0, reload: () => Promise.resolve() });

/** Keeps the number of unread notifications: on every page change and once a minute. */
export function UnreadNotificationsProvider({ children }: { children: ReactNode }) {
  const location = useLocation();
  const query = useQuery(NotificationsQuery, { unreadOnly: true }, { refreshKey: location.pathname });
  const { reload } = query;
  useEffect(() => {
    const timer = setInterval(() => void reload(), POLL_MS);
    return () => clearInterval(timer);
  }, [reload]);
  return (
    <UnreadContext value={{ count: query.data?.notifications.length ?? 0, reload }}>{children}</UnreadContext>
  );
}

export const useUnreadNotifications = (): Unread => useContext(UnreadContext);

/** The bell in the top bar: a link to the notifications, saying how many are unread. */
export function NotificationBell() {
  const { t } = useI18n();
  const { count } = useUnreadNotifications();
  return (
    <Link
      to="/meldingen"
      className="bell"
      aria-label={count ? t('notifications.bellUnread', { n: count }) : t('notifications.title')}
    >
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <path
          d="M12 3a6 6 0 0 0-6 6v3.6L4.3 16a1 1 0 0 0 .9 1.5h13.6a1 1 0 0 0 .9-1.5L18 12.6V9a6 6 0 0 0-6-6Zm0 19a3 3 0 0 0 2.8-2h-5.6A3 3 0 0 0 12 22Z"
          fill="currentColor"
        />
      </svg>
      {count > 0 && (
        <span className="bell__count" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  );
}
