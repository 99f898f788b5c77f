import { useState } from 'react';
import type { PostFieldsFragment } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { errorMessage } from '../../lib/error-messages';
import { useI18n } from '../../lib/i18n/i18n';
import { useMutation } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { TextField } from '../../ui/field';
import { AssetPickerDialog } from '../assets/asset-picker-dialog';
import { AssetThumb } from '../assets/asset-thumb';
import { SetPostAssetsMutation } from '../assets/operations';

interface Attached {
  assetId: string;
  title: string;
  kind: string;
  thumb: string | null | undefined;
  /** The asset's own alt text, used when the post gives none. */
  assetAlt: string;
  altText: string;
}

const IMAGE_KINDS = ['PHOTO', 'BANNER', 'LOGO', 'ICON', 'TEMPLATE', 'VIDEO'] as const;

/** The images attached to a post, in order: add from the asset library, alt text per post, remove. */
export function PostAssetsPanel({
  post,
  onChanged,
}: {
  post: PostFieldsFragment;
  onChanged: () => Promise<void>;
}) {
  const { t } = useI18n();
  const client = useApi();
  const [items, setItems] = useState<Attached[]>(() =>
    post.assets.map((a) => ({
      assetId: a.asset.id,
      title: a.asset.title,
      kind: a.asset.kind,
      thumb: a.asset.thumb,
      assetAlt: a.asset.altText ?? '',
      altText: a.altTextOverride ?? '',
    })),
  );
  const [picking, setPicking] = useState(false);
  const save = useMutation(async () => {
    await client.request(SetPostAssetsMutation, {
      postId: post.id,
      version: post.version,
      assets: items.map((i) => ({ assetId: i.assetId, altText: i.altText.trim() || null })),
    });
    await onChanged();
  });
  const update = (index: number, patch: Partial<Attached>) =>
    setItems((list) => list.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <section className="card" aria-labelledby="post-assets">
      <h2 id="post-assets" className="card__title">
        {t('postAssets.title')}
      </h2>
      {post.assetWarnings.map((w) => (
        <Alert kind="warning" key={w.assetId}>
          {t('postAssets.warning', { title: w.title ?? '—', reason: t(`assetWarning.${w.reason}`) })}
        </Alert>
      ))}
      {items.length === 0 && <p className="muted">{t('postAssets.none')}</p>}
      <ol className="attached">
        {items.map((item, index) => (
          <li key={item.assetId} className="attached__item">
            <AssetThumb url={item.thumb} alt="" kind={item.kind} />
            <div className="attached__body">
              <p className="attached__title">{item.title}</p>
              <TextField
                label={t('postAssets.altText', { n: index + 1 })}
                hint={item.assetAlt ? t('postAssets.altText.hint', { alt: item.assetAlt }) : undefined}
                value={item.altText}
                onChange={(altText) => update(index, { altText })}
              />
              <button
                type="button"
                className="button button--link"
                onClick={() => setItems((list) => list.filter((_, i) => i !== index))}
              >
                {t('postAssets.remove', { title: item.title })}
              </button>
            </div>
          </li>
        ))}
      </ol>
      {save.error !== undefined && <Alert kind="error">{errorMessage(save.error, t)}</Alert>}
      <div className="button-stack">
        <button type="button" className="button button--secondary" onClick={() => setPicking(true)}>
          {t('postAssets.add')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={save.loading}
          onClick={() => void save.run()}
        >
          {save.loading ? t('common.saving') : t('postAssets.save')}
        </button>
      </div>
      <AssetPickerDialog
        open={picking}
        title={t('postAssets.add')}
        kinds={IMAGE_KINDS}
        onClose={() => setPicking(false)}
        onPick={(asset) => {
          setPicking(false);
          if (items.some((i) => i.assetId === asset.id)) return;
          setItems((list) => [
            ...list,
            {
              assetId: asset.id,
              title: asset.title,
              kind: asset.kind,
              thumb: asset.thumb,
              assetAlt: asset.altText ?? '',
              altText: '',
            },
          ]);
        }}
      />
    </section>
  );
}
