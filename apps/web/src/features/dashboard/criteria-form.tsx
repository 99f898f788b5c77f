import { useState, type FormEvent } from 'react';
import type { ProgrammeCriteriaFieldsFragment } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { errorMessage, fieldErrors } from '../../lib/error-messages';
import { useI18n } from '../../lib/i18n/i18n';
import { useMutation } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Checkbox, TextField } from '../../ui/field';
import { UpdateProgrammeCriteriaMutation } from './operations';
import {
  CRITERIA_LIMITS,
  checkCriteria,
  criteriaInput,
  criteriaValues,
  type CountCriterion,
  type CriteriaValues,
  type FlagCriterion,
} from './settings-form';

interface CriteriaFormProps {
  criteria: ProgrammeCriteriaFieldsFragment;
  /** After a save: the new criteria and how many phase statuses changed. */
  onSaved: (criteria: ProgrammeCriteriaFieldsFragment, changedStatuses: number) => void;
}

/**
 * The derivation criteria per phase. Saving re-derives every library's phase status, so it asks
 * first and says so.
 */
export function CriteriaForm({ criteria, onSaved }: CriteriaFormProps) {
  const { t, formatDateTime } = useI18n();
  const client = useApi();
  const [values, setValues] = useState<CriteriaValues>(() => criteriaValues(criteria));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState(false);
  const set = (patch: Partial<CriteriaValues>) => setValues((v) => ({ ...v, ...patch }));
  const save = useMutation(async () => {
    const { updateProgrammeCriteria } = await client.request(UpdateProgrammeCriteriaMutation, {
      input: criteriaInput(values),
      version: criteria.version,
    });
    onSaved(updateProgrammeCriteria.criteria, updateProgrammeCriteria.changedStatuses);
    return true;
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.reset();
    const found = checkCriteria(values, t);
    setProblems(found);
    if (Object.keys(found).length === 0) setConfirming(true);
  };
  const errors = { ...fieldErrors(save.error, t), ...problems };

  const count = (key: CountCriterion) => (
    <TextField
      label={t(`settings.criteria.${key}`)}
      hint={t(`settings.criteria.${key}.hint`, CRITERIA_LIMITS[key])}
      type="number"
      inputMode="numeric"
      min={CRITERIA_LIMITS[key].min}
      max={CRITERIA_LIMITS[key].max}
      required
      value={values[key]}
      onChange={(value) => set({ [key]: value })}
      error={errors[key]}
    />
  );
  const flag = (key: FlagCriterion) => (
    <Checkbox
      label={t(`settings.criteria.${key}`)}
      checked={values[key]}
      onChange={(checked) => set({ [key]: checked })}
      error={errors[key]}
    />
  );

  return (
    <>
      <form className="form settings-criteria" onSubmit={submit} noValidate>
        <p className="muted">
          {t('settings.criteria.version', {
            version: criteria.version,
            date: formatDateTime(criteria.updatedAt),
          })}
        </p>
        {save.error !== undefined && <Alert kind="error">{errorMessage(save.error, t)}</Alert>}
        <fieldset className="fieldset fieldset--group">
          <legend>{t('phase.TRAINED')}</legend>
          {count('trainingMinVerified')}
          {flag('trainingDigitalVisionOnly')}
        </fieldset>
        <fieldset className="fieldset fieldset--group">
          <legend>{t('phase.PROFESSIONALLY_PRESENT')}</legend>
          {flag('presenceRequiresTrained')}
          {flag('presenceRequiresCompleteStrategy')}
          {flag('presenceRequiresPolicy')}
          {flag('presenceRequiresHouseStyle')}
          <div className="form-row form-row--3">
            {count('presenceMinActiveChannels')}
            {count('presenceMinKpiMeasurements')}
            {count('presenceKpiWithinDays')}
          </div>
        </fieldset>
        <fieldset className="fieldset fieldset--group">
          <legend>{t('phase.VALUE_NETWORKS')}</legend>
          {flag('networksRequiresPresent')}
          {count('networksMinActive')}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={save.loading}>
            {save.loading ? t('common.saving') : t('settings.criteria.save')}
          </button>
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        title={t('settings.criteria.confirm.title')}
        confirmLabel={t('settings.criteria.confirm.action')}
        danger={false}
        // A failure closes the dialog too: its message and the fields it concerns show in the form.
        onConfirm={() => save.run()}
        onClose={() => setConfirming(false)}
      >
        <p>{t('settings.criteria.confirm.body')}</p>
      </ConfirmDialog>
    </>
  );
}
