import { useState, type FormEvent } from 'react';
import type { EvidenceFieldsFragment } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { errorMessage, fieldErrors } from '../../lib/error-messages';
import { useI18n } from '../../lib/i18n/i18n';
import { useMutation } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { RadioGroup, TextAreaField, TextField } from '../../ui/field';
import { Section } from '../../ui/page';
import { EvidenceStatusBadge } from './evidence-status';
import { checkDate, checkUrl } from './evidence-form';
import { SaveHouseStyleMutation, SavePolicyMutation } from './operations';
import { today } from './programme-options';

type Policy = EvidenceFieldsFragment['policies'][number];
type HouseStyle = EvidenceFieldsFragment['houseStyles'][number];

/** The staff social-media policy (code of conduct): the text and/or a link, and when it was adopted. */
export function PolicySection({
  policies,
  onSaved,
}: {
  policies: readonly Policy[];
  onSaved: (message: string) => Promise<unknown>;
}) {
  const { t } = useI18n();
  // The newest is the one that counts; older ones stay on record.
  const current = policies[0];
  return (
    <Section title={t('policy.title')} id="beleid">
      <p className="muted">{t('policy.intro')}</p>
      {current && (
        <p>
          <EvidenceStatusBadge item={current} />
        </p>
      )}
      <PolicyForm
        key={current ? `${current.id}-${current.version}` : 'nieuw'}
        policy={current}
        onSaved={onSaved}
      />
    </Section>
  );
}

function PolicyForm({
  policy,
  onSaved,
}: {
  policy?: Policy | undefined;
  onSaved: (m: string) => Promise<unknown>;
}) {
  const { t } = useI18n();
  const client = useApi();
  const [text, setText] = useState(policy?.text ?? '');
  const [url, setUrl] = useState(policy?.url ?? '');
  const [adoptedOn, setAdoptedOn] = useState(policy?.adoptedOn ?? '');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const save = useMutation(async () => {
    await client.request(SavePolicyMutation, {
      id: policy?.id ?? null,
      version: policy?.version ?? null,
      input: { text: text.trim(), url: url.trim() || null, adoptedOn },
    });
    await onSaved(t('policy.saved'));
    return true;
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = {
      ...checkDate('adoptedOn', adoptedOn, t),
      ...checkUrl('url', url, t),
      ...(!text.trim() && !url.trim() ? { text: t('policy.textOrUrl') } : {}),
    };
    setProblems(found);
    if (Object.keys(found).length === 0) await save.run();
  };
  const errors = { ...fieldErrors(save.error, t), ...problems };
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('policy.title')}>
      {policy?.status === 'VERIFIED' && <Alert kind="warning">{t('programme.editVerified')}</Alert>}
      {save.error !== undefined && <Alert kind="error">{errorMessage(save.error, t)}</Alert>}
      <TextAreaField
        label={t('policy.text')}
        hint={t('policy.text.hint')}
        rows={6}
        maxLength={50_000}
        value={text}
        onChange={setText}
        error={errors['text']}
      />
      <div className="form-row">
        <TextField
          label={t('policy.url')}
          hint={t('policy.url.hint')}
          type="url"
          inputMode="url"
          placeholder="https://"
          value={url}
          onChange={setUrl}
          error={errors['url']}
        />
        <TextField
          label={t('policy.adoptedOn')}
          type="date"
          required
          max={today()}
          value={adoptedOn}
          onChange={setAdoptedOn}
          error={errors['adoptedOn']}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={save.loading}>
          {save.loading ? t('common.saving') : t('policy.save')}
        </button>
      </div>
    </form>
  );
}

/** Whether the national social-media house style is applied, and since when. */
export function HouseStyleSection({
  houseStyles,
  onSaved,
}: {
  houseStyles: readonly HouseStyle[];
  onSaved: (message: string) => Promise<unknown>;
}) {
  const { t } = useI18n();
  const current = houseStyles[0];
  return (
    <Section title={t('houseStyle.title')} id="huisstijl">
      <p className="muted">{t('houseStyle.intro')}</p>
      {current && (
        <p>
          <EvidenceStatusBadge item={current} />
        </p>
      )}
      <HouseStyleForm
        key={current ? `${current.id}-${current.version}` : 'nieuw'}
        houseStyle={current}
        onSaved={onSaved}
      />
    </Section>
  );
}

function HouseStyleForm({
  houseStyle,
  onSaved,
}: {
  houseStyle?: HouseStyle | undefined;
  onSaved: (m: string) => Promise<unknown>;
}) {
  const { t } = useI18n();
  const client = useApi();
  const [applied, setApplied] = useState<'ja' | 'nee'>(houseStyle && !houseStyle.applied ? 'nee' : 'ja');
  const [appliedOn, setAppliedOn] = useState(houseStyle?.appliedOn ?? '');
  const [note, setNote] = useState(houseStyle?.note ?? '');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const save = useMutation(async () => {
    await client.request(SaveHouseStyleMutation, {
      id: houseStyle?.id ?? null,
      version: houseStyle?.version ?? null,
      input: { applied: applied === 'ja', appliedOn, note: note.trim() || null },
    });
    await onSaved(t('houseStyle.saved'));
    return true;
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkDate('appliedOn', appliedOn, t);
    setProblems(found);
    if (Object.keys(found).length === 0) await save.run();
  };
  const errors = { ...fieldErrors(save.error, t), ...problems };
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('houseStyle.title')}>
      {houseStyle?.status === 'VERIFIED' && <Alert kind="warning">{t('programme.editVerified')}</Alert>}
      {save.error !== undefined && <Alert kind="error">{errorMessage(save.error, t)}</Alert>}
      <RadioGroup
        label={t('houseStyle.applied')}
        value={applied}
        onChange={setApplied}
        options={[
          { value: 'ja', label: t('houseStyle.applied.yes') },
          { value: 'nee', label: t('houseStyle.applied.no') },
        ]}
      />
      <TextField
        label={applied === 'ja' ? t('houseStyle.appliedOn') : t('houseStyle.checkedOn')}
        type="date"
        required
        max={today()}
        value={appliedOn}
        onChange={setAppliedOn}
        error={errors['appliedOn']}
        className="field--narrow-date"
      />
      <TextAreaField
        label={t('houseStyle.note')}
        hint={t('houseStyle.note.hint')}
        rows={2}
        maxLength={2000}
        value={note}
        onChange={setNote}
        error={errors['note']}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={save.loading}>
          {save.loading ? t('common.saving') : t('houseStyle.save')}
        </button>
      </div>
    </form>
  );
}
