import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { AssetFieldsFragment, AssetScope } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n';
import { useConnection } from '../../lib/use-connection';
import { useDebouncedInput, useUrlParams } from '../../lib/use-url-params';
import { Alert } from '../../ui/alert';
import { Checkbox, SelectField, TextField } from '../../ui/field';
import { PageHeader } from '../../ui/page';
import { Badge, EmptyState, LoadError, Loading } from '../../ui/status';
import { useCurrentUser } from '../auth/auth-context';
import { oneOf } from '../content/post-options';
import { canAccess } from '../shell/access';
import { ASSET_KINDS } from './asset-options';
import { AssetThumb } from './asset-thumb';
import { AssetsQuery } from './operations';
import { UploadPanel } from './upload-panel';
import { LoadMore } from '../../ui/load-more';

const SCOPES: AssetScope[] = ['ALL', 'CENTRAL', 'OWN'];

/** /beeldmateriaal: the house-style images and files; upload, browse, open one. */
export function AssetsPage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const editor = canAccess(user.role, 'contentEdit');
  const params = useUrlParams();
  const { set } = params;
  const commitSearch = useCallback((zoek: string) => set({ zoek }), [set]);
  const [search, setSearch] = useDebouncedInput(params.get('zoek'), commitSearch);
  const kind = oneOf(ASSET_KINDS, params.get('soort'));
  const [created, setCreated] = useState<AssetFieldsFragment | null>(null);
  const list = useConnection(
    AssetsQuery,
    {
      first: 24,
      search: params.get('zoek') || null,
      kinds: kind ? [kind] : null,
      scope: oneOf(SCOPES, params.get('van')) ?? 'ALL',
      includeArchived: editor && params.get('archief') === 'ja',
    },
    (r) => r.assets,
    { refreshKey: created?.id },
  );
  const pending = list.nodes.some((a) => a.file.renditionsStatus === 'PENDING');
  const { reload } = list;
  // Thumbnails are made in the background: look again shortly while any is underway.
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => void reload(), 3000);
    return () => clearTimeout(timer);
  }, [pending, reload]);

  return (
    <>
      <PageHeader
        title={t('assets.pageTitle')}
        intro={t(editor ? 'assets.introCentral' : 'assets.introLibrary')}
        actions={
          <Link to="/huisstijl" className="button button--secondary">
            {t('brandKit.title')}
          </Link>
        }
      />
      {user.role !== 'PROGRAMME_VIEWER' && <UploadPanel onCreated={setCreated} />}
      {created && (
        <Alert kind="success">
          <p>
            {t('assets.created', { title: created.title })}{' '}
            <Link to={`/beeldmateriaal/${created.id}`}>{t('assets.open')}</Link>
          </p>
        </Alert>
      )}
      <form
        role="search"
        className="filters"
        onSubmit={(e) => e.preventDefault()}
        aria-label={t('assets.filters')}
      >
        <TextField
          label={t('content.search')}
          hint={t('assets.search.hint')}
          type="search"
          value={search}
          onChange={setSearch}
          required
          className="filters__search"
        />
        <SelectField
          label={t('assets.kind')}
          required
          value={kind ?? ''}
          onChange={(soort) => set({ soort })}
          options={[
            { value: '', label: t('assets.allKinds') },
            ...ASSET_KINDS.map((k) => ({ value: k, label: t(`assetKind.${k}`) })),
          ]}
        />
        <SelectField
          label={t('assets.scope')}
          required
          value={params.get('van')}
          onChange={(van) => set({ van })}
          options={SCOPES.map((s) => ({ value: s === 'ALL' ? '' : s, label: t(`assetScope.${s}`) }))}
        />
        {editor && (
          <Checkbox
            label={t('assets.includeArchived')}
            checked={params.get('archief') === 'ja'}
            onChange={(v) => set({ archief: v ? 'ja' : '' })}
          />
        )}
      </form>
      {list.error !== undefined && <LoadError error={list.error} onRetry={() => void list.reload()} />}
      {list.loading && list.nodes.length === 0 ? (
        <Loading />
      ) : list.nodes.length === 0 && list.error === undefined ? (
        <EmptyState title={t('assets.empty')} />
      ) : (
        <>
          <ul className="asset-grid">
            {list.nodes.map((asset) => (
              <li key={asset.id}>
                <AssetCard asset={asset} />
              </li>
            ))}
          </ul>
          <LoadMore list={list} />
        </>
      )}
    </>
  );
}

function AssetCard({ asset }: { asset: AssetFieldsFragment }) {
  const { t, formatDate } = useI18n();
  return (
    <article className="asset-card" aria-label={asset.title}>
      <AssetThumb url={asset.thumb} alt={asset.altText ?? ''} kind={asset.kind} />
      <div className="asset-card__body">
        <Link to={`/beeldmateriaal/${asset.id}`} className="asset-card__title">
          {asset.title}
        </Link>
        <p className="asset-card__meta">
          {t(`assetKind.${asset.kind}`)}
          {asset.expiresAt && ` · ${t('assets.expiresOn', { date: formatDate(asset.expiresAt) })}`}
        </p>
        {asset.unusableReason && <Badge tone="danger">{t(`assetWarning.${asset.unusableReason}`)}</Badge>}
        {asset.file.renditionsStatus === 'PENDING' && (
          <Badge tone="info">{t('assets.renditionsPending')}</Badge>
        )}
      </div>
    </article>
  );
}
