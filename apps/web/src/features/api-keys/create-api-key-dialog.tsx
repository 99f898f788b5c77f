import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ApiScope } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { endOfDay } from '../../lib/dates';
import { errorMessage, fieldErrors } from '../../lib/error-messages';
import { useI18n } from '../../lib/i18n/i18n';
import { useMutation } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { CopyButton } from '../../ui/copy-button';
import { Dialog } from '../../ui/dialog';
import { CheckboxGroup, TextField } from '../../ui/field';
import { CreateApiKeyMutation } from './operations';

// A record, so that a scope added to the schema fails the typecheck until it is offered here.
const SCOPE_CHOICES: Record<ApiScope, true> = { FEED_READ: true, SUBMISSIONS_WRITE: true, USAGE_WRITE: true };
const SCOPES = Object.keys(SCOPE_CHOICES) as ApiScope[];

interface CreateApiKeyDialogProps {
  open: boolean;
  tenantId: string | undefined;
  onClose: () => void;
  onCreated: () => void;
}

/** Creates a key, then shows the full key once, with a copy button and a warning. */
export function CreateApiKeyDialog({ open, tenantId, onClose, onCreated }: CreateApiKeyDialogProps) {
  const { t } = useI18n();
  const [key, setKey] = useState<string>();
  const close = () => {
    setKey(undefined);
    onClose();
  };
  return (
    <Dialog open={open} title={key ? t('apiKeys.created.title') : t('apiKeys.new')} onClose={close}>
      {key ? (
        <ShowKeyOnce value={key} onDone={close} />
      ) : (
        <CreateKeyForm
          tenantId={tenantId}
          onCancel={close}
          onCreated={(created) => {
            setKey(created);
            onCreated();
          }}
        />
      )}
    </Dialog>
  );
}

function CreateKeyForm({
  tenantId,
  onCancel,
  onCreated,
}: {
  tenantId: string | undefined;
  onCancel: () => void;
  onCreated: (key: string) => void;
}) {
  const { t } = useI18n();
  const client = useApi();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiScope[]>(['FEED_READ']);
  const [expires, setExpires] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const create = useMutation(async () => {
    const { createApiKey } = await client.request(CreateApiKeyMutation, {
      input: { name: name.trim(), scopes, tenantId, expiresAt: expires ? endOfDay(expires) : null },
    });
    return createApiKey.key;
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const required: Record<string, string> = {};
    if (!name.trim()) required['name'] = t('field.required');
    if (scopes.length === 0) required['scopes'] = t('error.sub.SCOPES_REQUIRED');
    setMissing(required);
    if (Object.keys(required).length) return;
    const key = await create.run();
    if (key) onCreated(key);
  };
  const errors = { ...fieldErrors(create.error, t), ...missing };
  const [tomorrow] = useState(() => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10));
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      {create.error !== undefined && <Alert kind="error">{errorMessage(create.error, t)}</Alert>}
      <TextField
        label={t('apiKeys.name')}
        hint={t('apiKeys.name.hint')}
        required
        value={name}
        onChange={setName}
        error={errors['name']}
        autoComplete="off"
      />
      <CheckboxGroup
        label={t('apiKeys.scopes')}
        value={scopes}
        onChange={setScopes}
        error={errors['scopes']}
        options={SCOPES.map((s) => ({ value: s, label: t(`scope.${s}`), hint: t(`scope.${s}.hint`) }))}
      />
      <TextField
        label={t('apiKeys.expires')}
        type="date"
        min={tomorrow}
        hint={t('apiKeys.expires.hint')}
        value={expires}
        onChange={setExpires}
        error={errors['expiresAt']}
      />
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={create.loading}>
          {create.loading ? t('common.saving') : t('apiKeys.create')}
        </button>
      </div>
    </form>
  );
}

function ShowKeyOnce({ value, onDone }: { value: string; onDone: () => void }) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  // The form that had focus is gone: start on the key, selected, ready to copy.
  useEffect(() => box.current?.querySelector('input')?.focus(), []);
  return (
    <div className="form" ref={box}>
      <Alert kind="warning" title={t('apiKeys.created.warningTitle')}>
        {t('apiKeys.created.warning')}
      </Alert>
      <TextField
        label={t('apiKeys.created.key')}
        value={value}
        onChange={() => undefined}
        readOnly
        required
        className="field--code"
        onFocus={(e) => e.currentTarget.select()}
      />
      <CopyButton text={value} label={t('apiKeys.created.copy')} />
      <p className="field__hint">{t('apiKeys.created.usage')}</p>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onDone}>
          {t('apiKeys.created.done')}
        </button>
      </div>
    </div>
  );
}
