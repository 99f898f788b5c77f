import { useId, useState, type DragEvent, type FormEvent } from 'react';
import type { AssetFieldsFragment, AssetKind } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { errorMessage, fieldErrors } from '../../lib/error-messages';
import type { UploadResult } from '../../lib/files';
import { useI18n } from '../../lib/i18n/i18n';
import { useMutation } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { Dialog } from '../../ui/dialog';
import { SelectField } from '../../ui/field';
import { Section } from '../../ui/page';
import { ASSET_KINDS, formatBytes, kindRules, titleFromFileName } from './asset-options';
import { AssetFields, EMPTY_ASSET, assetInput, missingAssetFields, type AssetValues } from './asset-fields';
import { FinalizeAssetUploadMutation } from './operations';
import { UploadStatus, useFileUpload } from './use-file-upload';

/** Drag-and-drop (or choose) a file, watch it upload, then describe it: the asset is made. */
export function UploadPanel({ onCreated }: { onCreated: (asset: AssetFieldsFragment) => void }) {
  const { t, formatNumber } = useI18n();
  const inputId = useId();
  const [kind, setKind] = useState<AssetKind>('PHOTO');
  const upload = useFileUpload();
  const [dragging, setDragging] = useState(false);
  const [uploaded, setUploaded] = useState<UploadResult | null>(null);
  const rules = kindRules(kind);

  const start = async (file: File | undefined) => {
    const result = await upload.start(file, kind);
    if (result) setUploaded(result);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void start(event.dataTransfer.files[0]);
  };

  return (
    <Section title={t('assets.upload')} id="asset-upload">
      <div className="upload">
        <SelectField
          label={t('assets.kind')}
          required
          value={kind}
          onChange={(v) => setKind(v as AssetKind)}
          hint={t('assets.upload.accepts', {
            types: rules.mimeTypes.map((m) => m.split('/')[1]?.toUpperCase() ?? m).join(', '),
            max: formatBytes(rules.maxBytes, formatNumber),
          })}
          options={ASSET_KINDS.map((k) => ({ value: k, label: t(`assetKind.${k}`) }))}
        />
        <div
          className={`dropzone ${dragging ? 'dropzone--active' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={drop}
        >
          <p className="dropzone__text">{t('assets.upload.drop')}</p>
          <input
            id={inputId}
            type="file"
            className="visually-hidden"
            accept={rules.mimeTypes.join(',')}
            disabled={upload.progress !== null}
            onChange={(e) => {
              void start(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
          <label htmlFor={inputId} className="button button--secondary">
            {t('assets.upload.choose')}
          </label>
        </div>
      </div>
      <UploadStatus upload={upload} inputId={inputId} />
      <Dialog open={uploaded !== null} title={t('assets.finalize.title')} onClose={() => setUploaded(null)}>
        {uploaded && (
          <FinalizeForm
            upload={uploaded}
            kind={kind}
            onCancel={() => setUploaded(null)}
            onCreated={(asset) => {
              setUploaded(null);
              onCreated(asset);
            }}
          />
        )}
      </Dialog>
    </Section>
  );
}

function FinalizeForm({
  upload,
  kind,
  onCancel,
  onCreated,
}: {
  upload: UploadResult;
  kind: AssetKind;
  onCancel: () => void;
  onCreated: (asset: AssetFieldsFragment) => void;
}) {
  const { t, formatNumber } = useI18n();
  const client = useApi();
  const [values, setValues] = useState<AssetValues>({
    ...EMPTY_ASSET,
    title: titleFromFileName(upload.originalName),
  });
  const [missing, setMissing] = useState<Record<string, string>>({});
  const save = useMutation(async () => {
    const { finalizeAssetUpload } = await client.request(FinalizeAssetUploadMutation, {
      input: { uploadToken: upload.uploadToken, ...assetInput(kind, values) },
    });
    onCreated(finalizeAssetUpload);
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = missingAssetFields(kind, values, t('field.required'));
    setMissing(found);
    if (Object.keys(found).length === 0) void save.run();
  };
  const errors = { ...fieldErrors(save.error, t), ...missing };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <p className="muted">
        {t('assets.finalize.file', {
          name: upload.originalName,
          size: formatBytes(upload.size, formatNumber),
          type: upload.mimeType,
        })}
        {upload.width && upload.height ? ` · ${upload.width} × ${upload.height} px` : ''}
      </p>
      {save.error !== undefined && <Alert kind="error">{errorMessage(save.error, t)}</Alert>}
      <AssetFields
        kind={kind}
        values={values}
        onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
        errors={errors}
      />
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={save.loading}>
          {save.loading ? t('common.saving') : t('assets.finalize.save')}
        </button>
      </div>
    </form>
  );
}
