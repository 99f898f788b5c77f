import type { ReactNode } from 'react';
import { errorMessage } from '../lib/error-messages';
import { useI18n } from '../lib/i18n/i18n';
import { useMutation } from '../lib/use-query';
import { Alert } from './alert';
import { Dialog } from './dialog';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Styles the confirm button as destructive (default). */
  danger?: boolean;
  /** Runs the action; the dialog closes when it succeeds and shows the error when it fails. */
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}

/** Asks before a destructive action. Focus starts on Cancel, so Enter never destroys by accident. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  danger = true,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const { t } = useI18n();
  const action = useMutation(async () => {
    await onConfirm();
    return true;
  });
  const close = () => {
    action.reset();
    onClose();
  };
  return (
    <Dialog open={open} title={title} onClose={close} alert>
      <div className="dialog__content">{children}</div>
      {action.error !== undefined && <Alert kind="error">{errorMessage(action.error, t)}</Alert>}
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={close} data-autofocus>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className={`button ${danger ? 'button--danger' : 'button--primary'}`}
          disabled={action.loading}
          onClick={() => void action.run().then((done) => done && onClose())}
        >
          {action.loading ? t('common.busy') : confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
