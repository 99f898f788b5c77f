import { useFileUrl } from '../../lib/files';
import { isMessageKey, useI18n } from '../../lib/i18n/i18n';

/** A thumbnail of a protected image, or the kind's name where there is none (yet). */
export function AssetThumb({
  url,
  alt,
  kind,
  large = false,
}: {
  url: string | null | undefined;
  alt: string;
  /** The asset's kind (the feed gives it as a plain string). */
  kind: string;
  large?: boolean;
}) {
  const { t } = useI18n();
  const src = useFileUrl(url);
  const kindLabel = (value: string) => {
    const key = `assetKind.${value}`;
    return isMessageKey(key) ? t(key) : value;
  };
  return (
    <span className={`thumb ${large ? 'thumb--large' : ''}`}>
      {src ? (
        <img src={src} alt={alt} />
      ) : (
        <span className="thumb__placeholder">{url ? t('common.loading') : kindLabel(kind)}</span>
      )}
    </span>
  );
}
