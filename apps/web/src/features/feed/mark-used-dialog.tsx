import { useState, type FormEvent } from 'react';
import type { Channel, FeedItemFieldsFragment } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { fromDateTimeInput, toDateTimeInput } from '../../lib/dates';
import { errorMessage, fieldErrors } from '../../lib/error-messages';
import { useI18n } from '../../lib/i18n/i18n';
import { useMutation } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { Dialog } from '../../ui/dialog';
import { SelectField, TextField } from '../../ui/field';
import { CHANNELS } from '../tenants/profile-form';
import { MarkPostUsedMutation } from './operations';

interface MarkUsedDialogProps {
  open: boolean;
  item: FeedItemFieldsFragment;
  channel: Channel;
  onClose: () => void;
  onMarked: () => Promise<void>;
}

/** "Gebruikt": tells the national office where and when the library posted it. */
export function MarkUsedDialog({ open, item, onClose, ...rest }: MarkUsedDialogProps) {
  const { t } = useI18n();
  return (
    <Dialog open={open} title={t('feed.markUsed.title', { title: item.title })} onClose={onClose}>
      <MarkUsedForm item={item} onClose={onClose} {...rest} />
    </Dialog>
  );
}

function MarkUsedForm({
  item,
  channel: initialChannel,
  onClose,
  onMarked,
}: Omit<MarkUsedDialogProps, 'open'>) {
  const { t } = useI18n();
  const client = useApi();
  const [channel, setChannel] = useState<Channel>(initialChannel);
  const [url, setUrl] = useState('');
  const [at, setAt] = useState(() => toDateTimeInput(new Date().toISOString()));
  const [missing, setMissing] = useState<Record<string, string>>({});
  const mark = useMutation(async () => {
    await client.request(MarkPostUsedMutation, {
      postId: item.id,
      channel,
      url: url.trim() || null,
      publishedAt: fromDateTimeInput(at) ?? new Date().toISOString(),
    });
    await onMarked();
    return true;
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const required: Record<string, string> = at ? {} : { publishedAt: t('field.required') };
    setMissing(required);
    if (!required['publishedAt'] && (await mark.run())) onClose();
  };
  const errors = { ...fieldErrors(mark.error, t), ...missing };
  const channels = item.variants.length ? item.variants.map((v) => v.channel) : CHANNELS;
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <p>{t('feed.markUsed.intro')}</p>
      {mark.error !== undefined && <Alert kind="error">{errorMessage(mark.error, t)}</Alert>}
      <SelectField
        label={t('content.channel')}
        required
        value={channel}
        onChange={(v) => setChannel(v as Channel)}
        options={channels.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
      />
      <TextField
        label={t('feed.markUsed.url')}
        hint={t('feed.markUsed.urlHint')}
        type="url"
        placeholder="https://"
        value={url}
        onChange={setUrl}
        error={errors['url']}
      />
      <TextField
        label={t('feed.markUsed.at')}
        type="datetime-local"
        required
        value={at}
        onChange={setAt}
        error={errors['publishedAt']}
      />
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={mark.loading}>
          {mark.loading ? t('common.saving') : t('feed.markUsed.save')}
        </button>
      </div>
    </form>
  );
}
