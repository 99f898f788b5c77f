import { useState } from 'react';
import type { WebhookEndpointFieldsFragment } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { errorMessage } from '../../lib/error-messages';
import { useI18n } from '../../lib/i18n/i18n';
import { useMutation, useQuery } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Section } from '../../ui/page';
import { Badge, EmptyState, LoadError, Loading } from '../../ui/status';
import { CreateWebhookDialog } from './create-webhook-dialog';
import {
  DeleteWebhookEndpointMutation,
  PingWebhookEndpointMutation,
  UpdateWebhookEndpointMutation,
  WebhookEndpointsQuery,
} from './operations';
import { WebhookDeliveries } from './webhook-deliveries';

/** Webhook endpoints of the library: add (secret shown once), pause/resume, test, delete, log. */
export function WebhooksSection() {
  const { t } = useI18n();
  const endpoints = useQuery(WebhookEndpointsQuery, {});
  const [creating, setCreating] = useState(false);
  const [logVersion, setLogVersion] = useState(0);
  const changed = async () => {
    await endpoints.reload();
    setLogVersion((v) => v + 1);
  };
  const list = endpoints.data?.webhookEndpoints;
  return (
    <Section title={t('webhooks.title')} id="webhooks">
      <p>{t('webhooks.intro')}</p>
      {endpoints.error !== undefined ? (
        <LoadError error={endpoints.error} onRetry={() => void endpoints.reload()} />
      ) : !list ? (
        <Loading />
      ) : list.length === 0 ? (
        <EmptyState title={t('webhooks.empty')} />
      ) : (
        <ul className="endpoints">
          {list.map((e) => (
            <li key={e.id}>
              <Endpoint endpoint={e} onChanged={changed} />
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
        {t('webhooks.new')}
      </button>
      <CreateWebhookDialog open={creating} onClose={() => setCreating(false)} onCreated={changed} />
      {list && list.length > 0 && <WebhookDeliveries endpoints={list} refreshKey={logVersion} />}
    </Section>
  );
}

function Endpoint({
  endpoint,
  onChanged,
}: {
  endpoint: WebhookEndpointFieldsFragment;
  onChanged: () => Promise<void>;
}) {
  const { t, formatDate } = useI18n();
  const client = useApi();
  const [deleting, setDeleting] = useState(false);
  const [pinged, setPinged] = useState(false);
  const act = useMutation(async (what: 'toggle' | 'ping') => {
    setPinged(false);
    if (what === 'toggle')
      await client.request(UpdateWebhookEndpointMutation, {
        id: endpoint.id,
        input: { active: !endpoint.active },
      });
    else {
      await client.request(PingWebhookEndpointMutation, { id: endpoint.id });
      setPinged(true);
    }
    await onChanged();
  });
  return (
    <article className="endpoint" aria-label={endpoint.url}>
      <p className="endpoint__url break">
        <code>{endpoint.url}</code>{' '}
        <Badge tone={endpoint.active ? 'success' : 'neutral'}>
          {t(endpoint.active ? 'webhooks.active' : 'webhooks.paused')}
        </Badge>
      </p>
      <p className="muted">
        {t('webhooks.events')}:{' '}
        {endpoint.events.length ? endpoint.events.join(', ') : t('webhooks.allEvents')} ·{' '}
        {t('webhooks.since', { date: formatDate(endpoint.createdAt) })}
      </p>
      {act.error !== undefined && <Alert kind="error">{errorMessage(act.error, t)}</Alert>}
      {pinged && (
        <p className="copy__status" role="status">
          {t('webhooks.pinged')}
        </p>
      )}
      <div className="inline-actions">
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={act.loading}
          onClick={() => void act.run('ping')}
        >
          {t('webhooks.ping')}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={act.loading}
          onClick={() => void act.run('toggle')}
        >
          {t(endpoint.active ? 'webhooks.pause' : 'webhooks.resume')}
        </button>
        <button
          type="button"
          className="button button--danger-quiet button--small"
          onClick={() => setDeleting(true)}
        >
          {t('webhooks.delete')}
        </button>
      </div>
      <ConfirmDialog
        open={deleting}
        title={t('webhooks.delete.title')}
        confirmLabel={t('webhooks.delete')}
        onClose={() => setDeleting(false)}
        onConfirm={async () => {
          await client.request(DeleteWebhookEndpointMutation, { id: endpoint.id });
          await onChanged();
        }}
      >
        <p>{t('webhooks.delete.confirm', { url: endpoint.url })}</p>
      </ConfirmDialog>
    </article>
  );
}
