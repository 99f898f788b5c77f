import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../lib/api-context';
import { errorMessage } from '../../lib/error-messages';
import { useI18n } from '../../lib/i18n/i18n';
import { Alert } from '../../ui/alert';
import { formatBytes, kindRules, titleFromFileName } from '../assets/asset-options';
import { FinalizeAssetUploadMutation } from '../assets/operations';
import { UploadStatus, useFileUpload } from '../assets/use-file-upload';

/**
 * Certificates go through the asset pipeline like any file. TEMPLATE is the one kind that takes both
 * PDFs and images (it lands in the library's own files as a template, tagged "certificaat").
 */
const KIND = 'TEMPLATE';
/** Of what TEMPLATE accepts, what a certificate is: a PDF or a scan/photo. */
const ACCEPTED = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'];

export interface Certificate {
  assetId: string;
  /** Known right after an upload; a stored training only carries the asset id. */
  name?: string | undefined;
}

/**
 * The optional certificate of a training: upload a PDF or image (with progress) into the library's
 * own files, see it with a link, or remove it. Saved with the training; no <form> of its own.
 */
export function CertificateField({
  certificate,
  title,
  onChange,
  onBusyChange,
  error,
}: {
  certificate: Certificate | null;
  /** The training's module, to name the file in the asset library. */
  title: string;
  onChange: (certificate: Certificate | null) => void;
  /** True while a file uploads (saving then would leave it out). */
  onBusyChange: (busy: boolean) => void;
  error?: string | undefined;
}) {
  const { t, formatNumber } = useI18n();
  const client = useApi();
  const inputId = useId();
  const maxBytes = kindRules(KIND).maxBytes;
  const upload = useFileUpload();
  const [finalizing, setFinalizing] = useState(false);
  const [problem, setProblem] = useState<{ wrongType: true } | { error: unknown } | null>(null);

  const busy = upload.progress !== null || finalizing;
  useEffect(() => onBusyChange(busy), [busy, onBusyChange]);

  const start = async (file: File | undefined) => {
    setProblem(null);
    // The API sniffs the bytes anyway; this only saves a pointless upload.
    if (file?.type && !ACCEPTED.includes(file.type)) {
      setProblem({ wrongType: true });
      return;
    }
    const uploaded = await upload.start(file, KIND);
    if (!uploaded) return;
    const assetTitle = t('trainings.certificate.assetTitle', {
      module: title.trim() || titleFromFileName(uploaded.originalName) || uploaded.originalName,
    });
    setFinalizing(true);
    try {
      const { finalizeAssetUpload } = await client.request(FinalizeAssetUploadMutation, {
        input: {
          uploadToken: uploaded.uploadToken,
          title: assetTitle,
          // The API wants alternative text for every image; a scan's is simply what it shows.
          altText: uploaded.mimeType.startsWith('image/') ? assetTitle : null,
          tags: ['certificaat'],
        },
      });
      onChange({ assetId: finalizeAssetUpload.id, name: uploaded.originalName });
    } catch (error) {
      setProblem({ error });
    } finally {
      setFinalizing(false);
    }
  };

  return (
    <fieldset className="fieldset">
      <legend className="field__label">
        {t('trainings.certificate')}
        <span className="field__optional"> ({t('common.optional')})</span>
      </legend>
      <p className="field__hint">{t('trainings.certificate.hint')}</p>
      {certificate ? (
        <div className="certificate">
          <p>
            <Link to={`/beeldmateriaal/${certificate.assetId}`} target="_blank" rel="noopener">
              {certificate.name
                ? t('trainings.certificate.openNamed', { name: certificate.name })
                : t('trainings.certificate.open')}
              <span className="visually-hidden"> {t('common.newWindow')}</span>
            </Link>
          </p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => onChange(null)}
          >
            {t('trainings.certificate.remove')}
          </button>
        </div>
      ) : (
        <div className="field">
          <input
            id={inputId}
            type="file"
            className="visually-hidden"
            accept={ACCEPTED.join(',')}
            disabled={busy}
            aria-describedby={`${inputId}-accepts`}
            onChange={(e) => {
              void start(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
          <label htmlFor={inputId} className="button button--secondary">
            {t('trainings.certificate.choose')}
          </label>
          <p id={`${inputId}-accepts`} className="field__hint">
            {t('assets.upload.accepts', {
              types: 'PDF, PNG, JPEG, WEBP',
              max: formatBytes(maxBytes, formatNumber),
            })}
          </p>
        </div>
      )}
      <UploadStatus upload={upload} inputId={inputId} />
      {problem && (
        <Alert kind="error">
          {'wrongType' in problem ? t('trainings.certificate.wrongType') : errorMessage(problem.error, t)}
        </Alert>
      )}
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}
