import { useState } from 'react';
import type { EvidenceKind, EvidenceStatus } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { useI18n } from '../../lib/i18n/i18n';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { DeleteEvidenceMutation } from './operations';

interface Item {
  id: string;
  version: number;
  status: EvidenceStatus;
}

/**
 * Removes evidence the library recorded, after a confirmation. Verified evidence cannot be removed
 * (the API refuses), so the button is only offered for the rest.
 */
export function DeleteEvidenceButton({
  kind,
  item,
  name,
  onDone,
}: {
  kind: EvidenceKind;
  item: Item;
  /** What it is, for the button's accessible name and the question. */
  name: string;
  onDone: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const client = useApi();
  const [open, setOpen] = useState(false);
  if (item.status === 'VERIFIED') return null;
  return (
    <>
      <button
        type="button"
        className="button button--danger-quiet button--small"
        onClick={() => setOpen(true)}
      >
        {t('programme.delete')}
        <span className="visually-hidden">: {name}</span>
      </button>
      <ConfirmDialog
        open={open}
        title={t('programme.delete.title')}
        confirmLabel={t('programme.delete')}
        onConfirm={async () => {
          await client.request(DeleteEvidenceMutation, { kind, id: item.id, version: item.version });
          await onDone();
        }}
        onClose={() => setOpen(false)}
      >
        <p>{t('programme.delete.confirm', { name })}</p>
      </ConfirmDialog>
    </>
  );
}

/**
 * Ends a channel or value network (it stays on record, verified or not, but no longer counts), after
 * a confirmation: ending can cost the library its phase.
 */
export function EndButton({ name, onEnd }: { name: string; onEnd: () => Promise<unknown> }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--secondary button--small" onClick={() => setOpen(true)}>
        {t('programme.end')}
        <span className="visually-hidden">: {name}</span>
      </button>
      <ConfirmDialog
        open={open}
        title={t('programme.end.title', { name })}
        confirmLabel={t('programme.end')}
        onConfirm={onEnd}
        onClose={() => setOpen(false)}
      >
        <p>{t('programme.end.confirm', { name })}</p>
      </ConfirmDialog>
    </>
  );
}
