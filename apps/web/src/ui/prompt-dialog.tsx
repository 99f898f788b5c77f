import { useState, type FormEvent, type ReactNode } from 'react';
import { errorMessage, fieldErrors } from '../lib/error-messages';
import { useI18n } from '../lib/i18n/i18n';
import { useMutation } from '../lib/use-query';
import { Alert } from './alert';
import { Dialog } from './dialog';
import { TextAreaField, TextField } from './field';

interface PromptDialogProps {
  open: boolean;
  title: string;
  children?: ReactNode;
  label: string;
  hint?: string;
  /** A text box (default), a single line, or a date and time. */
  input?: 'textarea' | 'text' | 'datetime-local';
  /** Required fields refuse to confirm while empty, with `requiredMessage` under the field. */
  required?: boolean;
  requiredMessage?: string;
  initialValue?: string;
  confirmLabel: string;
  danger?: boolean;
  /** Runs the action with the value; the dialog closes when it succeeds and shows the error when it fails. */
  onConfirm: (value: string) => Promise<unknown>;
  onClose: () => void;
}

/** Asks for one value before an action: a reason, a comment, a moment. */
export function PromptDialog({ open, title, onClose, ...rest }: PromptDialogProps) {
  return (
    <Dialog open={open} title={title} onClose={onClose}>
      <PromptForm onClose={onClose} {...rest} />
    </Dialog>
  );
}

function PromptForm({
  children,
  label,
  hint,
  input = 'textarea',
  required = true,
  requiredMessage,
  initialValue = '',
  confirmLabel,
  danger = false,
  onConfirm,
  onClose,
}: Omit<PromptDialogProps, 'open' | 'title'>) {
  const { t } = useI18n();
  const [value, setValue] = useState(initialValue);
  const [missing, setMissing] = useState(false);
  const action = useMutation(async (v: string) => {
    await onConfirm(v);
    return true;
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const empty = required && !value.trim();
    setMissing(empty);
    if (!empty && (await action.run(value.trim()))) onClose();
  };
  const apiErrors = Object.values(fieldErrors(action.error, t));
  const error = missing ? (requiredMessage ?? t('field.required')) : apiErrors[0];
  const field = { label, hint, required, value, onChange: setValue, error };
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      {children && <div className="dialog__content">{children}</div>}
      {action.error !== undefined && <Alert kind="error">{errorMessage(action.error, t)}</Alert>}
      {input === 'textarea' ? <TextAreaField {...field} rows={4} /> : <TextField {...field} type={input} />}
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="submit"
          className={`button ${danger ? 'button--danger' : 'button--primary'}`}
          disabled={action.loading}
        >
          {action.loading ? t('common.busy') : confirmLabel}
        </button>
      </div>
    </form>
  );
}
