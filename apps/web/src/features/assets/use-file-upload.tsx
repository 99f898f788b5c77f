import { useState } from 'react';
import type { AssetKind } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { errorMessage } from '../../lib/error-messages';
import { uploadFile, type UploadResult } from '../../lib/files';
import { useI18n } from '../../lib/i18n/i18n';
import { Alert } from '../../ui/alert';
import { formatBytes, kindRules } from './asset-options';

export interface FileUpload {
  /** The file underway and how far it is (0–1), or null. */
  progress: { name: string; fraction: number } | null;
  /** Why the last upload failed: too large (checked here, before sending) or the API's error. */
  problem: { tooLarge: string } | { error: unknown } | null;
  /** Uploads a file of `kind` (checking its size cap first); the upload, or undefined when it failed. */
  start: (file: File | undefined, kind: AssetKind) => Promise<UploadResult | undefined>;
}

/** One file into the hub's staging area with progress, as every upload in the app does it. */
export function useFileUpload(): FileUpload {
  const { t, formatNumber } = useI18n();
  const client = useApi();
  const [progress, setProgress] = useState<FileUpload['progress']>(null);
  const [problem, setProblem] = useState<FileUpload['problem']>(null);

  const start = async (file: File | undefined, kind: AssetKind) => {
    if (!file) return undefined;
    setProblem(null);
    const { maxBytes } = kindRules(kind);
    if (file.size > maxBytes) {
      setProblem({ tooLarge: t('assets.upload.tooLarge', { max: formatBytes(maxBytes, formatNumber) }) });
      return undefined;
    }
    setProgress({ name: file.name, fraction: 0 });
    try {
      return await uploadFile(client, file, kind, (fraction) => setProgress({ name: file.name, fraction }));
    } catch (error) {
      setProblem({ error });
      return undefined;
    } finally {
      setProgress(null);
    }
  };
  return { progress, problem, start };
}

/** The progress bar of an upload underway and the reason the last one failed. */
export function UploadStatus({ upload, inputId }: { upload: FileUpload; inputId: string }) {
  const { t } = useI18n();
  const { progress, problem } = upload;
  return (
    <>
      {progress && (
        <div className="upload-progress" role="status">
          <label htmlFor={`${inputId}-progress`}>
            {t('assets.upload.progress', { name: progress.name, n: Math.round(progress.fraction * 100) })}
          </label>
          <progress id={`${inputId}-progress`} max={1} value={progress.fraction} />
        </div>
      )}
      {problem && (
        <Alert kind="error">
          {'tooLarge' in problem ? problem.tooLarge : errorMessage(problem.error, t)}
        </Alert>
      )}
    </>
  );
}
