import { useI18n } from '../lib/i18n/i18n';
import type { ConnectionState } from '../lib/use-connection';

/** "Meer laden" under a paged list, while the connection has a next page. */
export function LoadMore({
  list,
  small = false,
}: {
  list: Pick<ConnectionState<unknown>, 'hasNextPage' | 'loadingMore' | 'loadMore'>;
  small?: boolean;
}) {
  const { t } = useI18n();
  if (!list.hasNextPage) return null;
  return (
    <button
      type="button"
      className={`button button--secondary${small ? ' button--small' : ''} load-more`}
      onClick={() => void list.loadMore()}
      disabled={list.loadingMore}
    >
      {list.loadingMore ? t('common.loading') : t('common.loadMore')}
    </button>
  );
}
