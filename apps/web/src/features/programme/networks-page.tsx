import { useState, type FormEvent } from 'react';
import type { EvidenceFieldsFragment } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { errorMessage, fieldErrors } from '../../lib/error-messages';
import { useI18n } from '../../lib/i18n/i18n';
import { useMutation, useQuery } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { Dialog } from '../../ui/dialog';
import { TextAreaField, TextField } from '../../ui/field';
import { PageHeader } from '../../ui/page';
import { EmptyState, LoadError, Loading } from '../../ui/status';
import { DeleteEvidenceButton, EndButton } from './evidence-actions';
import { checkCount, checkDate, requireText } from './evidence-form';
import { EvidenceStatusBadge } from './evidence-status';
import { MyProgrammeQuery, SaveValueNetworkMutation } from './operations';
import { PhaseNote } from './phase-note';
import { ProgrammeNav } from './programme-nav';
import { splitList, today } from './programme-options';
import './programme.css';

export type ValueNetwork = EvidenceFieldsFragment['networks'][number];

/** /programma/netwerken (libraries): the value networks and theme communities the library facilitates. */
export function NetworksPage() {
  const { t } = useI18n();
  const query = useQuery(MyProgrammeQuery, {});
  const client = useApi();
  const [editing, setEditing] = useState<ValueNetwork | 'new' | null>(null);
  const [notice, setNotice] = useState<string>();
  const data = query.data;
  const saved = async (message: string) => {
    setNotice(message);
    await query.reload();
  };
  const end = async (n: ValueNetwork) => {
    await client.request(SaveValueNetworkMutation, {
      id: n.id,
      version: n.version,
      input: { ...networkInput(n), active: false },
    });
    await saved(t('networks.ended', { name: n.name }));
  };
  return (
    <>
      <PageHeader
        title={t('networks.title')}
        intro={t('networks.intro')}
        actions={
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setNotice(undefined);
              setEditing('new');
            }}
          >
            {t('networks.new')}
          </button>
        }
      />
      <ProgrammeNav />
      {notice && <Alert kind="success">{notice}</Alert>}
      {query.error !== undefined && !data ? (
        <LoadError error={query.error} onRetry={() => void query.reload()} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <PhaseNote programme={data.myProgramme} phase="VALUE_NETWORKS" />
          {data.programmeEvidence.networks.length === 0 ? (
            <EmptyState title={t('networks.empty')}>
              <p>{t('networks.emptyHint')}</p>
            </EmptyState>
          ) : (
            <ul className="network-list plain-list">
              {data.programmeEvidence.networks.map((n) => (
                <li key={n.id}>
                  <NetworkCard
                    network={n}
                    onEdit={() => {
                      setNotice(undefined);
                      setEditing(n);
                    }}
                    onEnd={() => end(n)}
                    onDeleted={query.reload}
                  />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <Dialog
        open={editing !== null}
        title={
          editing && editing !== 'new' ? t('networks.edit.title', { name: editing.name }) : t('networks.new')
        }
        onClose={() => setEditing(null)}
      >
        <NetworkForm
          network={editing && editing !== 'new' ? editing : undefined}
          onClose={() => setEditing(null)}
          onSaved={(name) => saved(t('networks.saved', { name }))}
        />
      </Dialog>
    </>
  );
}

function networkInput(n: ValueNetwork) {
  return {
    name: n.name,
    theme: n.theme,
    partners: n.partners,
    memberCount: n.memberCount,
    activities: n.activities,
    startedOn: n.startedOn ?? null,
    active: n.active,
  };
}

function NetworkCard({
  network: n,
  onEdit,
  onEnd,
  onDeleted,
}: {
  network: ValueNetwork;
  onEdit: () => void;
  onEnd: () => Promise<unknown>;
  onDeleted: () => Promise<unknown>;
}) {
  const { t, formatDate, formatNumber } = useI18n();
  const titleId = `netwerk-${n.id}`;
  return (
    <article className="card network" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {n.name}
      </h2>
      <p>
        <EvidenceStatusBadge item={n} />
      </p>
      <dl className="facts">
        <dt>{t('networks.theme')}</dt>
        <dd>{n.theme}</dd>
        <dt>{t('networks.memberCount')}</dt>
        <dd>{formatNumber(n.memberCount)}</dd>
        <dt>{t('networks.partners')}</dt>
        <dd>{n.partners.length ? n.partners.join(', ') : '—'}</dd>
        <dt>{t('networks.activities')}</dt>
        <dd>{n.activities.length ? n.activities.join(', ') : '—'}</dd>
        <dt>{t('networks.state')}</dt>
        <dd>
          {n.active
            ? n.startedOn
              ? t('networks.activeSince', { date: formatDate(n.startedOn) })
              : t('channels.active')
            : n.endedOn
              ? t('channels.endedOn', { date: formatDate(n.endedOn) })
              : t('channels.inactive')}
        </dd>
      </dl>
      <div className="inline-actions">
        <button type="button" className="button button--secondary button--small" onClick={onEdit}>
          {t('programme.edit')}
          <span className="visually-hidden">: {n.name}</span>
        </button>
        {n.active && <EndButton name={n.name} onEnd={onEnd} />}
        <DeleteEvidenceButton kind="VALUE_NETWORK" item={n} name={n.name} onDone={onDeleted} />
      </div>
    </article>
  );
}

function NetworkForm({
  network,
  onClose,
  onSaved,
}: {
  network?: ValueNetwork | undefined;
  onClose: () => void;
  onSaved: (name: string) => Promise<unknown>;
}) {
  const { t } = useI18n();
  const client = useApi();
  const [values, setValues] = useState({
    name: network?.name ?? '',
    theme: network?.theme ?? '',
    partners: network?.partners.join('\n') ?? '',
    memberCount: network ? String(network.memberCount) : '',
    activities: network?.activities.join('\n') ?? '',
    startedOn: network?.startedOn ?? '',
  });
  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const save = useMutation(async () => {
    await client.request(SaveValueNetworkMutation, {
      id: network?.id ?? null,
      version: network?.version ?? null,
      input: {
        name: values.name.trim(),
        theme: values.theme.trim(),
        partners: splitList(values.partners),
        memberCount: Number(values.memberCount),
        activities: splitList(values.activities),
        startedOn: values.startedOn || null,
        active: network?.active ?? true,
      },
    });
    await onSaved(values.name.trim());
    return true;
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = {
      ...requireText('name', values.name, t),
      ...requireText('theme', values.theme, t),
      ...checkCount('memberCount', values.memberCount, t),
      ...checkDate('startedOn', values.startedOn, t, { optional: true }),
    };
    setProblems(found);
    if (Object.keys(found).length === 0 && (await save.run())) onClose();
  };
  const errors = { ...fieldErrors(save.error, t), ...problems };
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      {network?.status === 'VERIFIED' && <Alert kind="warning">{t('programme.editVerified')}</Alert>}
      {save.error !== undefined && <Alert kind="error">{errorMessage(save.error, t)}</Alert>}
      <TextField
        label={t('networks.name')}
        required
        maxLength={200}
        value={values.name}
        onChange={(name) => set({ name })}
        error={errors['name']}
      />
      <TextField
        label={t('networks.theme')}
        hint={t('networks.theme.hint')}
        required
        maxLength={200}
        value={values.theme}
        onChange={(theme) => set({ theme })}
        error={errors['theme']}
      />
      <div className="form-row">
        <TextField
          label={t('networks.memberCount')}
          type="number"
          inputMode="numeric"
          min={0}
          required
          value={values.memberCount}
          onChange={(memberCount) => set({ memberCount })}
          error={errors['memberCount']}
        />
        <TextField
          label={t('networks.startedOn')}
          type="date"
          max={today()}
          value={values.startedOn}
          onChange={(startedOn) => set({ startedOn })}
          error={errors['startedOn']}
        />
      </div>
      <TextAreaField
        label={t('networks.partners')}
        hint={t('networks.listHint')}
        rows={3}
        value={values.partners}
        onChange={(partners) => set({ partners })}
        error={errors['partners']}
      />
      <TextAreaField
        label={t('networks.activities')}
        hint={t('networks.listHint')}
        rows={3}
        value={values.activities}
        onChange={(activities) => set({ activities })}
        error={errors['activities']}
      />
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={save.loading}>
          {save.loading ? t('common.saving') : t('networks.save')}
        </button>
      </div>
    </form>
  );
}
