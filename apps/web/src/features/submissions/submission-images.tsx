import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { AssetFieldsFragment } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { errorMessage, fieldErrors } from '../../lib/error-messages';
import type { UploadResult } from '../../lib/files';
import { useI18n } from '../../lib/i18n/i18n';
import { useMutation } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { TextAreaField, TextField } from '../../ui/field';
import { formatBytes, kindRules, titleFromFileName } from '../assets/asset-options';
import { AssetThumb } from '../assets/asset-thumb';
import { FinalizeAssetUploadMutation } from '../assets/operations';
import { UploadStatus, useFileUpload } from '../assets/use-file-upload';
import type { SubmissionImage } from './submission-form';

/** Submissions carry photos: the kind decides the allowed types and the size cap. */
const KIND = 'PHOTO';

const imageOf = (asset: AssetFieldsFragment): SubmissionImage => ({
  assetId: asset.id,
  title: asset.title,
  kind: asset.kind,
  altText: asset.altText ?? '',
  altTextOverride: null,
  thumb: asset.thumb,
});

/**
 * The images of a submission, inside its form: upload a photo (with progress) through the asset
 * pipeline into the library's own asset library, describe it, and it is attached; remove to detach.
 * The list is saved with the submission. No <form> of its own: it lives inside the submission's.
 */
export function SubmissionImages({
  images,
  onChange,
  onBusyChange,
  error,
}: {
  images: readonly SubmissionImage[];
  onChange: (images: SubmissionImage[]) => void;
  /** True while a file uploads or waits for its description (saving would leave it out). */
  onBusyChange: (busy: boolean) => void;
  error?: string | undefined;
}) {
  const { t, formatNumber } = useI18n();
  const client = useApi();
  const inputId = useId();
  const rules = kindRules(KIND);
  const upload = useFileUpload();
  const [uploaded, setUploaded] = useState<UploadResult | null>(null);
  const [altText, setAltText] = useState('');
  const [creditLine, setCreditLine] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [added, setAdded] = useState<string | null>(null);

  const busy = upload.progress !== null || uploaded !== null;
  useEffect(() => onBusyChange(busy), [busy, onBusyChange]);

  const start = async (file: File | undefined) => {
    setAdded(null);
    const result = await upload.start(file, KIND);
    if (!result) return;
    setUploaded(result);
    setAltText('');
    setCreditLine('');
    setMissing({});
  };

  const finalize = useMutation(async (upload: UploadResult) => {
    const { finalizeAssetUpload } = await client.request(FinalizeAssetUploadMutation, {
      input: {
        uploadToken: upload.uploadToken,
        title: titleFromFileName(upload.originalName) || upload.originalName,
        altText: altText.trim(),
        rights: { creditLine: creditLine.trim() || null },
      },
    });
    onChange([...images, imageOf(finalizeAssetUpload)]);
    setUploaded(null);
    setAdded(finalizeAssetUpload.title);
  });
  const add = () => {
    if (!uploaded) return;
    const required: Record<string, string> = altText.trim() ? {} : { altText: t('field.required') };
    setMissing(required);
    if (Object.keys(required).length === 0) void finalize.run(uploaded);
  };
  // Enter in a field here adds the image instead of submitting the whole submission.
  const enterAdds = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  };
  const errors = { ...fieldErrors(finalize.error, t), ...missing };

  return (
    <fieldset className="fieldset fieldset--group">
      <legend>{t('submission.images')}</legend>
      <p className="field__hint">{t('submission.images.hint')}</p>
      {images.length === 0 && <p className="muted">{t('submission.images.none')}</p>}
      {images.length > 0 && (
        <ol className="attached">
          {images.map((image) => (
            <li key={image.assetId} className="attached__item">
              <AssetThumb url={image.thumb} alt={image.altTextOverride ?? image.altText} kind={image.kind} />
              <div className="attached__body">
                <p className="attached__title">{image.title}</p>
                <p className="muted">{image.altTextOverride ?? image.altText}</p>
                <button
                  type="button"
                  className="button button--link"
                  onClick={() => {
                    setAdded(null);
                    onChange(images.filter((i) => i.assetId !== image.assetId));
                  }}
                >
                  {t('submission.images.remove', { title: image.title })}
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {added && (
        <p className="field__hint" role="status">
          {t('submission.images.added', { title: added })}
        </p>
      )}
      {uploaded ? (
        <div className="fieldset">
          <p>
            {t('submission.images.describe', {
              name: uploaded.originalName,
              size: formatBytes(uploaded.size, formatNumber),
            })}
          </p>
          {finalize.error !== undefined && <Alert kind="error">{errorMessage(finalize.error, t)}</Alert>}
          <TextAreaField
            label={t('assets.altText')}
            hint={t('assets.altText.hint')}
            required
            rows={2}
            value={altText}
            onChange={setAltText}
            error={errors['altText']}
          />
          <TextField
            label={t('assets.creditLine')}
            hint={t('assets.creditLine.hint')}
            value={creditLine}
            onChange={setCreditLine}
            onKeyDown={enterAdds}
            error={errors['rights.creditLine']}
          />
          <div className="button-stack">
            <button
              type="button"
              className="button button--primary"
              disabled={finalize.loading}
              onClick={add}
            >
              {finalize.loading ? t('common.saving') : t('submission.images.add')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={finalize.loading}
              onClick={() => {
                setUploaded(null);
                finalize.reset();
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="field">
          <input
            id={inputId}
            type="file"
            className="visually-hidden"
            accept={rules.mimeTypes.join(',')}
            disabled={upload.progress !== null}
            aria-describedby={`${inputId}-accepts`}
            onChange={(e) => {
              void start(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
          <label htmlFor={inputId} className="button button--secondary">
            {t('submission.images.choose')}
          </label>
          <p id={`${inputId}-accepts`} className="field__hint">
            {t('assets.upload.accepts', {
              types: rules.mimeTypes.map((m) => m.split('/')[1]?.toUpperCase() ?? m).join(', '),
              max: formatBytes(rules.maxBytes, formatNumber),
            })}
          </p>
        </div>
      )}
      <UploadStatus upload={upload} inputId={inputId} />
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}
