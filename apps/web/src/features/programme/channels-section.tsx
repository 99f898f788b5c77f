import { useState, type FormEvent } from 'react';
import type { Channel, EvidenceFieldsFragment, LibraryProgrammeFieldsFragment } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { errorMessage, fieldErrors } from '../../lib/error-messages';
import { useI18n } from '../../lib/i18n/i18n';
import { useMutation } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { DataTable } from '../../ui/data-table';
import { Dialog } from '../../ui/dialog';
import { SelectField, TextField } from '../../ui/field';
import { Section } from '../../ui/page';
import { EmptyState } from '../../ui/status';
import { CHANNELS } from '../tenants/profile-form';
import { DeleteEvidenceButton, EndButton } from './evidence-actions';
import { checkDate, checkUrl, requireText } from './evidence-form';
import { EvidenceStatusBadge } from './evidence-status';
import { SaveChannelMutation } from './operations';
import { today } from './programme-options';

export type ProgrammeChannel = EvidenceFieldsFragment['channels'][number];
type Suggestion = LibraryProgrammeFieldsFragment['unregisteredProfileChannels'][number];

/** A channel as people read it: "Instagram @bibliotheekdelft". */
export function useChannelName() {
  const { t } = useI18n();
  return (c: { channel: Channel; handle: string }) => `${t(`channel.${c.channel}`)} ${c.handle}`;
}

/** The social channels the library is active on (evidence for phase 2), and ending one. */
export function ChannelsSection({
  channels,
  suggestions,
  onSaved,
  onChanged,
}: {
  channels: readonly ProgrammeChannel[];
  suggestions: readonly Suggestion[];
  onSaved: (message: string) => Promise<unknown>;
  onChanged: () => Promise<unknown>;
}) {
  const { t, formatDate } = useI18n();
  const client = useApi();
  const channelName = useChannelName();
  const [adding, setAdding] = useState<Partial<Suggestion> | null>(null);
  const end = async (c: ProgrammeChannel) => {
    await client.request(SaveChannelMutation, {
      id: c.id,
      version: c.version,
      input: {
        channel: c.channel,
        handle: c.handle,
        url: c.url ?? null,
        activeSince: c.activeSince ?? null,
        active: false,
      },
    });
    await onSaved(t('channels.ended', { name: channelName(c) }));
  };
  return (
    <Section title={t('channels.title')} id="kanalen">
      <p className="muted">{t('channels.intro')}</p>
      {suggestions.length > 0 && (
        <div className="suggestions">
          <p>{t('channels.suggestions')}</p>
          <ul className="inline-actions plain-list">
            {suggestions.map((s) => (
              <li key={`${s.channel}-${s.handle}`}>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => setAdding(s)}
                >
                  {t('channels.addSuggestion', { name: channelName(s) })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {channels.length === 0 ? (
        <EmptyState title={t('channels.empty')} />
      ) : (
        <DataTable caption={t('channels.title')}>
          <thead>
            <tr>
              <th scope="col">{t('channels.channel')}</th>
              <th scope="col">{t('channels.state')}</th>
              <th scope="col">{t('evidence.status')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {channels.map((c) => (
              <tr key={c.id}>
                <th scope="row" data-label={t('channels.channel')}>
                  {channelName(c)}
                  {c.url && <span className="cell-note break">{c.url}</span>}
                </th>
                <td data-label={t('channels.state')}>
                  {c.active
                    ? c.activeSince
                      ? t('channels.activeSince', { date: formatDate(c.activeSince) })
                      : t('channels.active')
                    : c.endedOn
                      ? t('channels.endedOn', { date: formatDate(c.endedOn) })
                      : t('channels.inactive')}
                </td>
                <td data-label={t('evidence.status')}>
                  <EvidenceStatusBadge item={c} />
                </td>
                <td data-label={t('common.actions')}>
                  <span className="inline-actions">
                    {c.active && <EndButton name={channelName(c)} onEnd={() => end(c)} />}
                    <DeleteEvidenceButton kind="CHANNEL" item={c} name={channelName(c)} onDone={onChanged} />
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <button type="button" className="button button--primary section-action" onClick={() => setAdding({})}>
        {t('channels.add')}
      </button>
      <Dialog open={adding !== null} title={t('channels.add')} onClose={() => setAdding(null)}>
        <ChannelForm
          initial={adding ?? {}}
          onClose={() => setAdding(null)}
          onSaved={(name) => onSaved(t('channels.saved', { name }))}
        />
      </Dialog>
    </Section>
  );
}

function ChannelForm({
  initial,
  onClose,
  onSaved,
}: {
  initial: Partial<Suggestion>;
  onClose: () => void;
  onSaved: (name: string) => Promise<unknown>;
}) {
  const { t } = useI18n();
  const client = useApi();
  const channelName = useChannelName();
  const [channel, setChannel] = useState<Channel>(initial.channel ?? 'INSTAGRAM');
  const [handle, setHandle] = useState(initial.handle ?? '');
  const [url, setUrl] = useState('');
  const [activeSince, setActiveSince] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const save = useMutation(async () => {
    await client.request(SaveChannelMutation, {
      input: {
        channel,
        handle: handle.trim(),
        url: url.trim() || null,
        activeSince: activeSince || null,
        active: true,
      },
    });
    await onSaved(channelName({ channel, handle: handle.trim() }));
    return true;
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = {
      ...requireText('handle', handle, t),
      ...checkUrl('url', url, t),
      ...checkDate('activeSince', activeSince, t, { optional: true }),
    };
    setProblems(found);
    if (Object.keys(found).length === 0 && (await save.run())) onClose();
  };
  const errors = { ...fieldErrors(save.error, t), ...problems };
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      {save.error !== undefined && <Alert kind="error">{errorMessage(save.error, t)}</Alert>}
      <SelectField
        label={t('channels.channel')}
        required
        value={channel}
        onChange={(v) => setChannel(v as Channel)}
        options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
      />
      <TextField
        label={t('channels.handle')}
        hint={t('channels.handle.hint')}
        required
        maxLength={200}
        value={handle}
        onChange={setHandle}
        error={errors['handle']}
      />
      <TextField
        label={t('channels.url')}
        type="url"
        inputMode="url"
        placeholder="https://"
        value={url}
        onChange={setUrl}
        error={errors['url']}
      />
      <TextField
        label={t('channels.activeSinceLabel')}
        type="date"
        max={today()}
        value={activeSince}
        onChange={setActiveSince}
        error={errors['activeSince']}
      />
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={save.loading}>
          {save.loading ? t('common.saving') : t('channels.save')}
        </button>
      </div>
    </form>
  );
}
