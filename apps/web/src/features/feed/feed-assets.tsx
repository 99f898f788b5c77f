import type { FeedItemFieldsFragment } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { errorMessage } from '../../lib/error-messages';
import { downloadFile } from '../../lib/files';
import { isMessageKey, useI18n } from '../../lib/i18n/i18n';
import { useMutation } from '../../lib/use-query';
import { AssetThumb } from '../assets/asset-thumb';

type FeedAsset = FeedItemFieldsFragment['assets'][number];

/** "Voorlezen", "preview", "image/webp" → "Voorlezen-preview.webp" */
const fileName = (title: string, rendition: string, mimeType: string) =>
  `${title}-${rendition}.${(mimeType.split('/')[1] ?? 'bin').replace('+xml', '').replace('jpeg', 'jpg')}`;

/** The images of a feed post, each downloadable in the size the channel needs. */
export function FeedAssets({ assets }: { assets: readonly FeedAsset[] }) {
  if (assets.length === 0) return null;
  return (
    <ul className="feed-assets">
      {assets.map((asset) => (
        <li key={asset.id}>
          <FeedAssetItem asset={asset} />
        </li>
      ))}
    </ul>
  );
}

function FeedAssetItem({ asset }: { asset: FeedAsset }) {
  const { t } = useI18n();
  const client = useApi();
  const download = useMutation((url: string, name: string) => downloadFile(client, url, name));
  const thumb = asset.files.find((f) => f.rendition === 'thumb');
  const label = (rendition: string) => {
    const key = `feed.download.${rendition}`;
    return isMessageKey(key) ? t(key) : rendition;
  };
  return (
    <figure className="feed-asset">
      <AssetThumb url={thumb?.url} alt={asset.altText ?? ''} kind={asset.kind} />
      <figcaption>
        <span className="feed-asset__title">{asset.title}</span>
        <span className="inline-actions">
          {asset.files.map((f) => (
            <button
              key={f.rendition}
              type="button"
              className="button button--secondary button--small"
              disabled={download.loading}
              onClick={() => void download.run(f.url, fileName(asset.title, f.rendition, f.mimeType))}
            >
              {label(f.rendition)}
              {f.width && f.height ? ` (${f.width}×${f.height})` : ''}
              <span className="visually-hidden">: {asset.title}</span>
            </button>
          ))}
        </span>
        {download.error !== undefined && (
          <span className="field__error">{errorMessage(download.error, t)}</span>
        )}
      </figcaption>
    </figure>
  );
}
