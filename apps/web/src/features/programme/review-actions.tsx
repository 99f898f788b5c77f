import { useState } from 'react';
import type { EvidenceKind } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { useI18n } from '../../lib/i18n/i18n';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { PromptDialog } from '../../ui/prompt-dialog';
import { ReviewEvidenceMutation } from './operations';

export interface ReviewTarget {
  id: string;
  kind: EvidenceKind;
  version: number;
  /** What it is, in words (the queue's summary, or a line built by the page). */
  summary: string;
  libraryName: string;
}

/**
 * Verify (after a confirmation: it can change the library's phase and the national counts) or
 * reject with a comment the library will see.
 */
export function ReviewActions({ item, onDone }: { item: ReviewTarget; onDone: () => Promise<unknown> }) {
  const { t } = useI18n();
  const client = useApi();
  const [open, setOpen] = useState<'verify' | 'reject' | null>(null);
  const review = async (decision: 'VERIFIED' | 'REJECTED', comment?: string) => {
    await client.request(ReviewEvidenceMutation, {
      input: { id: item.id, kind: item.kind, version: item.version, decision, comment: comment ?? null },
    });
    await onDone();
  };
  return (
    <span className="inline-actions">
      <button
        type="button"
        className="button button--primary button--small"
        onClick={() => setOpen('verify')}
      >
        {t('evidence.verify')}
        <span className="visually-hidden">: {item.summary}</span>
      </button>
      <button
        type="button"
        className="button button--danger-quiet button--small"
        onClick={() => setOpen('reject')}
      >
        {t('evidence.reject')}
        <span className="visually-hidden">: {item.summary}</span>
      </button>
      <ConfirmDialog
        open={open === 'verify'}
        title={t('evidence.verify.title')}
        confirmLabel={t('evidence.verify')}
        danger={false}
        onConfirm={() => review('VERIFIED')}
        onClose={() => setOpen(null)}
      >
        <p>{t('evidence.verify.confirm', { library: item.libraryName, summary: item.summary })}</p>
      </ConfirmDialog>
      <PromptDialog
        open={open === 'reject'}
        title={t('evidence.reject.title')}
        label={t('evidence.reject.comment')}
        hint={t('evidence.reject.hint')}
        requiredMessage={t('evidence.reject.required')}
        confirmLabel={t('evidence.reject')}
        danger
        onConfirm={(comment) => review('REJECTED', comment)}
        onClose={() => setOpen(null)}
      >
        <p>{t('evidence.reject.explain', { library: item.libraryName, summary: item.summary })}</p>
      </PromptDialog>
    </span>
  );
}
