import { useState } from 'react';
import type { WebhookEndpointFieldsFragment } from '../../gql/graphql';
import { isMessageKey, useI18n } from '../../lib/i18n/i18n';
import { useConnection } from '../../lib/use-connection';
import { DataTable } from '../../ui/data-table';
import { SelectField } from '../../ui/field';
import { Badge, EmptyState, LoadError, Loading } from '../../ui/status';
import { WebhookDeliveriesQuery } from './operations';
import { LoadMore } from '../../ui/load-more';

const TONE: Record<string, 'success' | 'danger' | 'info'> = {
  DELIVERED: 'success',
  FAILED: 'danger',
  PENDING: 'info',
};

/** The delivery log, newest first: event, status, HTTP code, attempts and the last error. */
export function WebhookDeliveries({
  endpoints,
  refreshKey,
}: {
  endpoints: readonly WebhookEndpointFieldsFragment[];
  refreshKey: number;
}) {
  const { t, formatDateTime } = useI18n();
  const [endpointId, setEndpointId] = useState('');
  const log = useConnection(
    WebhookDeliveriesQuery,
    { first: 20, endpointId: endpointId || null },
    (r) => r.webhookDeliveries,
    { refreshKey },
  );
  const statusLabel = (status: string) => {
    const key = `webhooks.status.${status}`;
    return isMessageKey(key) ? t(key) : status;
  };
  const urlOf = (id: string) => endpoints.find((e) => e.id === id)?.url ?? '—';
  return (
    <div className="deliveries">
      <h3>{t('webhooks.log')}</h3>
      <div className="filters">
        <SelectField
          label={t('webhooks.log.endpoint')}
          required
          value={endpointId}
          onChange={setEndpointId}
          options={[
            { value: '', label: t('webhooks.log.all') },
            ...endpoints.map((e) => ({ value: e.id, label: e.url })),
          ]}
        />
      </div>
      {log.error !== undefined && <LoadError error={log.error} onRetry={() => void log.reload()} />}
      {log.loading ? (
        <Loading />
      ) : log.nodes.length === 0 ? (
        <EmptyState title={t('webhooks.log.empty')} />
      ) : (
        <DataTable caption={t('webhooks.log')}>
          <thead>
            <tr>
              <th scope="col">{t('webhooks.log.event')}</th>
              <th scope="col">{t('content.status')}</th>
              <th scope="col">{t('webhooks.log.at')}</th>
              <th scope="col">{t('webhooks.log.attempts')}</th>
              <th scope="col">{t('webhooks.log.result')}</th>
            </tr>
          </thead>
          <tbody>
            {log.nodes.map((d) => (
              <tr key={d.id}>
                <th scope="row" data-label={t('webhooks.log.event')}>
                  <code>{d.eventType}</code>
                  <span className="cell-note break">{urlOf(d.endpointId)}</span>
                </th>
                <td data-label={t('content.status')}>
                  <Badge tone={TONE[d.status] ?? 'neutral'}>{statusLabel(d.status)}</Badge>
                </td>
                <td data-label={t('webhooks.log.at')}>{formatDateTime(d.deliveredAt ?? d.createdAt)}</td>
                <td data-label={t('webhooks.log.attempts')}>{d.attempts}</td>
                <td data-label={t('webhooks.log.result')} className="break">
                  {d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : ''}
                  {d.lastError ? ` ${d.lastError}` : ''}
                  {!d.lastStatusCode && !d.lastError ? '—' : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <LoadMore list={log} />
    </div>
  );
}
