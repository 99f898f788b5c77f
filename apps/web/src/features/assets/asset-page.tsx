import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { AssetFieldsFragment } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { ApiError } from '../../lib/api-error';
import { toDateInput } from '../../lib/dates';
import { errorMessage, fieldErrors } from '../../lib/error-messages';
import { downloadFile } from '../../lib/files';
import { useI18n } from '../../lib/i18n/i18n';
import { useMutation, useQuery } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { PageHeader, Section } from '../../ui/page';
import { Badge, LoadError, Loading } from '../../ui/status';
import { useCurrentUser } from '../auth/auth-context';
import { POST_STATUS_TONE } from '../content/post-options';
import { canAccess } from '../shell/access';
import { AssetFields, assetInput, missingAssetFields, type AssetValues } from './asset-fields';
import { formatBytes } from './asset-options';
import { AssetThumb } from './asset-thumb';
import {
  ArchiveAssetMutation,
  AssetQuery,
  AssetUsageQuery,
  DeleteAssetMutation,
  UnarchiveAssetMutation,
  UpdateAssetMutation,
} from './operations';

/** /beeldmateriaal/:id: preview, downloads in every size, facts, and (for its owner) editing. */
export function AssetPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const user = useCurrentUser();
  const query = useQuery(AssetQuery, { id });
  const [saved, setSaved] = useState(false);
  const asset = query.data?.asset;
  const back = (
    <p className="back-link">
      <Link to="/beeldmateriaal">← {t('assets.backToList')}</Link>
    </p>
  );
  if (!asset)
    return (
      <>
        <PageHeader title={t('assets.asset')} />
        {back}
        {query.error !== undefined ? (
          <LoadError error={query.error} onRetry={() => void query.reload()} />
        ) : (
          <Loading />
        )}
      </>
    );
  const owner = asset.ownerTenantId === user.tenant.id && user.role !== 'PROGRAMME_VIEWER';
  return (
    <>
      <PageHeader title={asset.title} intro={t(`assetKind.${asset.kind}`)} />
      {back}
      {saved && <Alert kind="success">{t('common.saved')}</Alert>}
      {asset.unusableReason && <Alert kind="warning">{t(`assetWarning.${asset.unusableReason}`)}</Alert>}
      <div className="with-aside">
        <div>
          <Section title={t('assets.preview')} id="asset-preview">
            <AssetThumb
              url={asset.preview ?? asset.thumb}
              alt={asset.altText ?? ''}
              kind={asset.kind}
              large
            />
            <Downloads asset={asset} />
          </Section>
          {owner && (
            <Section title={t('assets.edit')} id="asset-edit">
              <EditForm
                key={asset.version}
                asset={asset}
                onReload={query.reload}
                onSaved={async () => {
                  await query.reload();
                  setSaved(true);
                }}
              />
            </Section>
          )}
        </div>
        <aside className="stack" aria-label={t('assets.facts')}>
          <Facts asset={asset} />
          {canAccess(user.role, 'content') && <Usage id={asset.id} />}
          {owner && <Lifecycle asset={asset} onChanged={query.reload} />}
        </aside>
      </div>
    </>
  );
}

function Downloads({ asset }: { asset: AssetFieldsFragment }) {
  const { t } = useI18n();
  const client = useApi();
  const download = useMutation((url: string, name: string) => downloadFile(client, url, name));
  const base = asset.file.originalName.replace(/\.[^.]+$/, '');
  const sizes = [
    { url: asset.original, label: t('assets.download.original'), name: asset.file.originalName },
    { url: asset.preview, label: t('assets.download.preview'), name: `${base}-1280.webp` },
    { url: asset.thumb, label: t('assets.download.thumb'), name: `${base}-320.webp` },
  ].filter((s): s is { url: string; label: string; name: string } => Boolean(s.url));
  return (
    <div className="downloads">
      <h3>{t('assets.download')}</h3>
      <div className="inline-actions">
        {sizes.map((s) => (
          <button
            key={s.label}
            type="button"
            className="button button--secondary button--small"
            disabled={download.loading}
            onClick={() => void download.run(s.url, s.name)}
          >
            {s.label}
          </button>
        ))}
      </div>
      {download.error !== undefined && <Alert kind="error">{errorMessage(download.error, t)}</Alert>}
    </div>
  );
}

function Facts({ asset }: { asset: AssetFieldsFragment }) {
  const { t, formatDate, formatNumber } = useI18n();
  const r = asset.rights;
  return (
    <section className="card" aria-labelledby="asset-facts">
      <h2 id="asset-facts" className="card__title">
        {t('assets.facts')}
      </h2>
      <dl className="facts">
        <dt>{t('assets.file')}</dt>
        <dd className="break">
          {asset.file.originalName}
          <br />
          {asset.file.mimeType} · {formatBytes(asset.file.size, formatNumber)}
          {asset.file.width && asset.file.height ? ` · ${asset.file.width} × ${asset.file.height} px` : ''}
        </dd>
        <dt>{t('assets.altText')}</dt>
        <dd>{asset.altText ?? '—'}</dd>
        <dt>{t('assets.owner')}</dt>
        <dd>{r.owner ?? '—'}</dd>
        <dt>{t('assets.licence')}</dt>
        <dd>{r.licence ?? '—'}</dd>
        <dt>{t('assets.creditLine')}</dt>
        <dd>{r.creditLine ?? '—'}</dd>
        <dt>{t('assets.portraitConsent')}</dt>
        <dd>
          {r.portraitConsent
            ? r.portraitConsentUntil
              ? t('assets.consentUntil', { date: formatDate(r.portraitConsentUntil) })
              : t('common.yes')
            : t('common.no')}
        </dd>
        <dt>{t('assets.validUntil')}</dt>
        <dd>{asset.expiresAt ? formatDate(asset.expiresAt) : t('assets.noExpiry')}</dd>
        <dt>{t('assets.versions')}</dt>
        <dd>{asset.currentVersion}</dd>
      </dl>
    </section>
  );
}

function Usage({ id }: { id: string }) {
  const { t } = useI18n();
  const usage = useQuery(AssetUsageQuery, { assetId: id });
  const rows = usage.data?.assetUsage;
  return (
    <section className="card" aria-labelledby="asset-usage">
      <h2 id="asset-usage" className="card__title">
        {t('assets.usedIn')}
      </h2>
      {usage.error !== undefined ? (
        <LoadError error={usage.error} />
      ) : !rows ? (
        <Loading />
      ) : rows.length === 0 ? (
        <p className="muted">{t('assets.notUsed')}</p>
      ) : (
        <ul className="plain-list link-list">
          {rows.map((u) => (
            <li key={u.postId}>
              <Link to={`/berichten/${u.postId}`}>{u.postTitle}</Link>{' '}
              <Badge tone={POST_STATUS_TONE[u.postStatus]}>{t(`postStatus.${u.postStatus}`)}</Badge>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Lifecycle({ asset, onChanged }: { asset: AssetFieldsFragment; onChanged: () => Promise<void> }) {
  const { t } = useI18n();
  const client = useApi();
  const navigate = useNavigate();
  const [open, setOpen] = useState<'archive' | 'delete' | null>(null);
  const ids = { id: asset.id, version: asset.version };
  const unarchive = useMutation(async () => {
    await client.request(UnarchiveAssetMutation, ids);
    await onChanged();
  });
  return (
    <section className="card" aria-labelledby="asset-lifecycle">
      <h2 id="asset-lifecycle" className="card__title">
        {t('assets.lifecycle')}
      </h2>
      <div className="button-stack">
        {asset.archivedAt ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={unarchive.loading}
            onClick={() => void unarchive.run()}
          >
            {t('assets.unarchive')}
          </button>
        ) : (
          <button type="button" className="button button--secondary" onClick={() => setOpen('archive')}>
            {t('assets.archive')}
          </button>
        )}
        <button type="button" className="button button--danger-quiet" onClick={() => setOpen('delete')}>
          {t('assets.delete')}
        </button>
      </div>
      {unarchive.error !== undefined && <Alert kind="error">{errorMessage(unarchive.error, t)}</Alert>}
      <ConfirmDialog
        open={open === 'archive'}
        title={t('assets.archive.title')}
        confirmLabel={t('assets.archive')}
        onClose={() => setOpen(null)}
        onConfirm={async () => {
          await client.request(ArchiveAssetMutation, ids);
          await onChanged();
        }}
      >
        <p>{t('assets.archive.confirm', { title: asset.title })}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={open === 'delete'}
        title={t('assets.delete.title')}
        confirmLabel={t('assets.delete')}
        onClose={() => setOpen(null)}
        onConfirm={async () => {
          await client.request(DeleteAssetMutation, ids);
          await navigate('/beeldmateriaal');
        }}
      >
        <p>{t('assets.delete.confirm', { title: asset.title })}</p>
      </ConfirmDialog>
    </section>
  );
}

function EditForm({
  asset,
  onSaved,
  onReload,
}: {
  asset: AssetFieldsFragment;
  onSaved: () => Promise<void>;
  onReload: () => Promise<void>;
}) {
  const { t } = useI18n();
  const client = useApi();
  const [values, setValues] = useState<AssetValues>(() => ({
    title: asset.title,
    altText: asset.altText ?? '',
    description: asset.description,
    tags: asset.tags.join(', '),
    owner: asset.rights.owner ?? '',
    licence: asset.rights.licence ?? '',
    creditLine: asset.rights.creditLine ?? '',
    portraitConsent: asset.rights.portraitConsent,
    portraitConsentUntil: asset.rights.portraitConsentUntil ?? '',
    validUntil: toDateInput(asset.validUntil),
  }));
  const [missing, setMissing] = useState<Record<string, string>>({});
  const save = useMutation(async () => {
    await client.request(UpdateAssetMutation, {
      id: asset.id,
      input: { ...assetInput(asset.kind, values), version: asset.version },
    });
    await onSaved();
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = missingAssetFields(asset.kind, values, t('field.required'));
    setMissing(found);
    if (Object.keys(found).length === 0) void save.run();
  };
  const stale = save.error instanceof ApiError && save.error.subCode === 'STALE_VERSION';
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('assets.edit')}>
      {save.error !== undefined && (
        <Alert kind="error">
          <p>{errorMessage(save.error, t)}</p>
          {stale && (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => void onReload()}
            >
              {t('common.reload')}
            </button>
          )}
        </Alert>
      )}
      <AssetFields
        kind={asset.kind}
        values={values}
        onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
        errors={{ ...fieldErrors(save.error, t), ...missing }}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={save.loading}>
          {save.loading ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}
