import { useState, type FormEvent } from 'react';
import type { ProgrammePeriodFieldsFragment } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { errorMessage, fieldErrors } from '../../lib/error-messages';
import { useI18n } from '../../lib/i18n/i18n';
import { useMutation } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { Dialog } from '../../ui/dialog';
import { TextField } from '../../ui/field';
import { today } from '../programme/programme-options';
import { SaveProgrammePeriodMutation } from './operations';
import { TARGET_MAX, checkPeriod, periodInput, periodValues, type PeriodValues } from './settings-form';

interface PeriodDialogProps {
  open: boolean;
  /** The period to change; none: add one. */
  period?: ProgrammePeriodFieldsFragment | undefined;
  onClose: () => void;
  onSaved: (period: ProgrammePeriodFieldsFragment) => Promise<unknown>;
}

/** Adds a programme period with its target date and a target per phase, or changes one. */
export function PeriodDialog({ open, period, onClose, onSaved }: PeriodDialogProps) {
  const { t } = useI18n();
  return (
    <Dialog
      open={open}
      title={period ? t('settings.periods.edit', { name: period.name }) : t('settings.periods.new')}
      onClose={onClose}
    >
      <PeriodForm period={period} onClose={onClose} onSaved={onSaved} />
    </Dialog>
  );
}

const TARGETS = ['targetTrained', 'targetPresent', 'targetNetworks'] as const;

function PeriodForm({ period, onClose, onSaved }: Omit<PeriodDialogProps, 'open'>) {
  const { t } = useI18n();
  const client = useApi();
  const [values, setValues] = useState<PeriodValues>(() => periodValues(period, today()));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const set = (patch: Partial<PeriodValues>) => setValues((v) => ({ ...v, ...patch }));
  const save = useMutation(async () => {
    const { saveProgrammePeriod } = await client.request(SaveProgrammePeriodMutation, {
      id: period?.id ?? null,
      version: period?.id ? period.version : null,
      input: periodInput(values),
    });
    await onSaved(saveProgrammePeriod);
    return true;
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkPeriod(values, t);
    setProblems(found);
    if (Object.keys(found).length === 0 && (await save.run())) onClose();
  };
  const errors = { ...fieldErrors(save.error, t), ...problems };
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      {save.error !== undefined && <Alert kind="error">{errorMessage(save.error, t)}</Alert>}
      <TextField
        label={t('settings.periods.name')}
        hint={t('settings.periods.name.hint')}
        required
        maxLength={200}
        value={values.name}
        onChange={(name) => set({ name })}
        error={errors['name']}
      />
      <div className="form-row">
        <TextField
          label={t('settings.periods.startsOn')}
          type="date"
          required
          value={values.startsOn}
          onChange={(startsOn) => set({ startsOn })}
          error={errors['startsOn']}
        />
        <TextField
          label={t('settings.periods.targetDate')}
          hint={t('settings.periods.targetDate.hint')}
          type="date"
          required
          min={values.startsOn || undefined}
          value={values.targetDate}
          onChange={(targetDate) => set({ targetDate })}
          error={errors['targetDate']}
        />
      </div>
      <fieldset className="fieldset">
        <legend className="field__label">{t('settings.periods.targets')}</legend>
        <p className="field__hint">{t('settings.periods.targets.hint')}</p>
        <div className="form-row form-row--3">
          {TARGETS.map((key) => (
            <TextField
              key={key}
              label={t(`settings.periods.${key}`)}
              type="number"
              inputMode="numeric"
              min={0}
              max={TARGET_MAX}
              required
              value={values[key]}
              onChange={(value) => set({ [key]: value })}
              error={errors[key]}
            />
          ))}
        </div>
      </fieldset>
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={save.loading}>
          {save.loading ? t('common.saving') : t('settings.periods.save')}
        </button>
      </div>
    </form>
  );
}
