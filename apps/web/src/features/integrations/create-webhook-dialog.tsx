import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useApi } from '../../lib/api-context';
import { errorMessage, fieldErrors } from '../../lib/error-messages';
import { useI18n } from '../../lib/i18n/i18n';
import { useMutation } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { CopyButton } from '../../ui/copy-button';
import { Dialog } from '../../ui/dialog';
import { CheckboxGroup, TextField } from '../../ui/field';
import { CreateWebhookEndpointMutation } from './operations';

/** The events an endpoint can ask for (docs/api.md); none chosen: all of them. */
export const WEBHOOK_EVENTS = [
  'post.published',
  'post.updated',
  'post.withdrawn',
  'post.archived',
  'submission.status_changed',
] as const;

/** Adds an endpoint, then shows its signing secret once, with a copy button. */
export function CreateWebhookDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: () => Promise<void>;
}) {
  const { t } = useI18n();
  const [secret, setSecret] = useState<string>();
  const close = () => {
    setSecret(undefined);
    onClose();
  };
  return (
    <Dialog open={open} title={secret ? t('webhooks.created.title') : t('webhooks.new')} onClose={close}>
      {secret ? (
        <ShowSecretOnce value={secret} onDone={close} />
      ) : (
        <CreateForm
          onCancel={close}
          onCreated={async (created) => {
            setSecret(created);
            await onCreated();
          }}
        />
      )}
    </Dialog>
  );
}

function CreateForm({
  onCancel,
  onCreated,
}: {
  onCancel: () => void;
  onCreated: (secret: string) => Promise<void>;
}) {
  const { t } = useI18n();
  const client = useApi();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>([]);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const create = useMutation(async () => {
    const { createWebhookEndpoint } = await client.request(CreateWebhookEndpointMutation, {
      input: { url: url.trim(), events },
    });
    await onCreated(createWebhookEndpoint.secret);
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const required: Record<string, string> = url.trim() ? {} : { url: t('field.required') };
    setMissing(required);
    if (!required['url']) void create.run();
  };
  const errors = { ...fieldErrors(create.error, t), ...missing };
  return (
    <form className="form" onSubmit={submit} noValidate>
      {create.error !== undefined && <Alert kind="error">{errorMessage(create.error, t)}</Alert>}
      <TextField
        label={t('webhooks.url')}
        hint={t('webhooks.url.hint')}
        type="url"
        required
        placeholder="https://"
        value={url}
        onChange={setUrl}
        error={errors['url']}
      />
      <CheckboxGroup
        label={t('webhooks.events')}
        hint={t('webhooks.events.hint')}
        value={events}
        onChange={setEvents}
        options={WEBHOOK_EVENTS.map((e) => ({ value: e, label: e }))}
      />
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={create.loading}>
          {create.loading ? t('common.saving') : t('webhooks.create')}
        </button>
      </div>
    </form>
  );
}

function ShowSecretOnce({ value, onDone }: { value: string; onDone: () => void }) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.querySelector('input')?.focus(), []);
  return (
    <div className="form" ref={box}>
      <Alert kind="warning" title={t('apiKeys.created.warningTitle')}>
        {t('webhooks.created.warning')}
      </Alert>
      <TextField
        label={t('webhooks.secret')}
        value={value}
        onChange={() => undefined}
        readOnly
        required
        className="field--code"
        onFocus={(e) => e.currentTarget.select()}
      />
      <CopyButton text={value} label={t('webhooks.secret.copy')} />
      <p className="field__hint">{t('webhooks.created.usage')}</p>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onDone}>
          {t('webhooks.created.done')}
        </button>
      </div>
    </div>
  );
}
