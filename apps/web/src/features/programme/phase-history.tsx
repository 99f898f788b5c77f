import { isMessageKey, useI18n } from '../../lib/i18n/i18n';
import { useConnection } from '../../lib/use-connection';
import { LoadError, Loading } from '../../ui/status';
import { PhaseHistoryQuery } from './operations';
import { LoadMore } from '../../ui/load-more';

/** Every change of a library's phase statuses, newest first (libraries: their own). */
export function PhaseHistory({ tenantId }: { tenantId?: string }) {
  const { t, formatDate } = useI18n();
  const list = useConnection(
    PhaseHistoryQuery,
    { tenantId: tenantId ?? null, first: 10 },
    (r) => r.phaseHistory,
  );
  if (list.error !== undefined) return <LoadError error={list.error} onRetry={() => void list.reload()} />;
  if (list.loading) return <Loading />;
  if (!list.nodes.length) return <p className="muted">{t('programme.history.empty')}</p>;
  return (
    <>
      <ol className="history">
        {list.nodes.map((c) => {
          const reason = `programme.history.reason.${c.reason}`;
          return (
            <li key={c.id}>
              <span className="history__date">{formatDate(c.changedAt)}</span>{' '}
              {t('programme.history.change', {
                phase: t(`phase.${c.phase}`),
                from: t(`phaseStatus.${c.fromStatus}`),
                to: t(`phaseStatus.${c.toStatus}`),
              })}
              {isMessageKey(reason) && <span className="cell-note">{t(reason)}</span>}
            </li>
          );
        })}
      </ol>
      <LoadMore list={list} small />
    </>
  );
}
