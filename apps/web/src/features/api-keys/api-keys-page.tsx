import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ApiKeyFieldsFragment } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { useI18n } from '../../lib/i18n/i18n';
import { useQuery } from '../../lib/use-query';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { DataTable } from '../../ui/data-table';
import { PageHeader } from '../../ui/page';
import { Badge, EmptyState, LoadError, Loading } from '../../ui/status';
import { useCurrentUser } from '../auth/auth-context';
import { LibrarySelect, useLibraries } from '../tenants/library-select';
import { FeedLinksSection } from '../integrations/feed-links-section';
import { WebhooksSection } from '../integrations/webhooks-section';
import { CreateApiKeyDialog } from './create-api-key-dialog';
import { ApiKeysQuery, RevokeApiKeyMutation } from './operations';

type KeyStatus = 'active' | 'revoked' | 'expired';

export function keyStatus(key: ApiKeyFieldsFragment, now = new Date()): KeyStatus {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && new Date(key.expiresAt) <= now) return 'expired';
  return 'active';
}

/**
 * API keys for a library's website, scheduling tool or scripts ("Integraties" for libraries).
 * Central admins pick the library first.
 */
export function ApiKeysPage() {
  const { t, formatDate, formatDateTime } = useI18n();
  const client = useApi();
  const user = useCurrentUser();
  const central = user.tenant.kind === 'CENTRAL';
  const libraries = useLibraries({ skip: !central });
  const [params, setParams] = useSearchParams();
  const slug = params.get('bibliotheek') ?? '';
  const library = libraries.libraries?.find((l) => l.slug === slug);
  const tenantId = central ? library?.id : undefined;
  const ready = !central || Boolean(tenantId);
  const keys = useQuery(ApiKeysQuery, { tenantId }, { skip: !ready });
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKeyFieldsFragment>();

  return (
    <>
      <PageHeader
        title={t(central ? 'apiKeys.title' : 'apiKeys.titleLibrary')}
        intro={t('apiKeys.intro')}
        actions={
          ready && (
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              {t('apiKeys.new')}
            </button>
          )
        }
      />
      {central && (
        <div className="filters">
          <LibrarySelect
            libraries={libraries.libraries}
            value={slug}
            onChange={(value) => setParams(value ? { bibliotheek: value } : {}, { replace: true })}
            emptyLabel={t('common.chooseLibrary')}
            required
          />
        </div>
      )}
      {libraries.error !== undefined && <LoadError error={libraries.error} />}
      {!ready ? (
        slug && libraries.loading ? (
          <Loading />
        ) : (
          <EmptyState title={t('apiKeys.pickLibrary')} />
        )
      ) : keys.error !== undefined ? (
        <LoadError error={keys.error} onRetry={() => void keys.reload()} />
      ) : !keys.data ? (
        <Loading />
      ) : keys.data.apiKeys.length === 0 ? (
        <EmptyState title={t('apiKeys.empty')}>
          <p>{t('apiKeys.emptyHint')}</p>
        </EmptyState>
      ) : (
        <DataTable caption={t('apiKeys.title')}>
          <thead>
            <tr>
              <th scope="col">{t('apiKeys.name')}</th>
              <th scope="col">{t('apiKeys.key')}</th>
              <th scope="col">{t('apiKeys.scopes')}</th>
              <th scope="col">{t('apiKeys.lastUsed')}</th>
              <th scope="col">{t('apiKeys.expires')}</th>
              <th scope="col">{t('apiKeys.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {keys.data.apiKeys.map((key) => {
              const status = keyStatus(key);
              return (
                <tr key={key.id}>
                  <th scope="row" data-label={t('apiKeys.name')}>
                    {key.name}
                    <span className="cell-note">
                      {t('apiKeys.createdOn', { date: formatDate(key.createdAt) })}
                    </span>
                  </th>
                  <td data-label={t('apiKeys.key')}>
                    <code>bh_{key.prefix}_…</code>
                  </td>
                  <td data-label={t('apiKeys.scopes')}>
                    <ul className="plain-list">
                      {key.scopes.map((s) => (
                        <li key={s}>{t(`scope.${s}`)}</li>
                      ))}
                    </ul>
                  </td>
                  <td data-label={t('apiKeys.lastUsed')}>
                    {key.lastUsedAt ? formatDateTime(key.lastUsedAt) : t('apiKeys.neverUsed')}
                  </td>
                  <td data-label={t('apiKeys.expires')}>
                    {key.expiresAt ? formatDate(key.expiresAt) : t('apiKeys.noExpiry')}
                  </td>
                  <td data-label={t('apiKeys.status')}>
                    <Badge
                      tone={status === 'active' ? 'success' : status === 'revoked' ? 'danger' : 'neutral'}
                    >
                      {t(`apiKeys.status.${status}`)}
                    </Badge>
                  </td>
                  <td className="actions">
                    {status === 'active' && (
                      <button
                        type="button"
                        className="button button--danger-quiet button--small"
                        onClick={() => setRevoking(key)}
                      >
                        {t('apiKeys.revoke')}
                        <span className="visually-hidden">: {key.name}</span>
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
      {!central && (
        <>
          <FeedLinksSection />
          <WebhooksSection />
        </>
      )}
      <CreateApiKeyDialog
        open={creating}
        tenantId={tenantId}
        onClose={() => setCreating(false)}
        onCreated={() => void keys.reload()}
      />
      <ConfirmDialog
        open={revoking !== undefined}
        title={t('apiKeys.revoke.title', { name: revoking?.name ?? '' })}
        confirmLabel={t('apiKeys.revoke')}
        onClose={() => setRevoking(undefined)}
        onConfirm={async () => {
          if (!revoking) return;
          await client.request(RevokeApiKeyMutation, { id: revoking.id });
          await keys.reload();
        }}
      >
        <p>{t('apiKeys.revoke.confirm', { prefix: `bh_${revoking?.prefix ?? ''}_` })}</p>
      </ConfirmDialog>
    </>
  );
}
