import { useCallback, useState, type FormEvent } from 'react';
import type { EvidenceFieldsFragment } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { errorMessage, fieldErrors } from '../../lib/error-messages';
import { useI18n } from '../../lib/i18n/i18n';
import { useMutation } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { Dialog } from '../../ui/dialog';
import { Checkbox, TextField } from '../../ui/field';
import { CertificateField, type Certificate } from './certificate-field';
import { SaveTrainingMutation } from './operations';
import { today } from './programme-options';
import { checkCount, checkDate, requireText } from './evidence-form';

export type Training = EvidenceFieldsFragment['trainings'][number];

interface TrainingDialogProps {
  open: boolean;
  /** The training to change; none: record a new one. */
  training?: Training | undefined;
  onClose: () => void;
  onSaved: () => Promise<unknown>;
}

/** Records a training (date, module, provider, staff) or changes one; a change goes back for review. */
export function TrainingDialog({ open, training, onClose, onSaved }: TrainingDialogProps) {
  const { t } = useI18n();
  return (
    <Dialog open={open} title={training ? t('trainings.edit.title') : t('trainings.new')} onClose={onClose}>
      <TrainingForm training={training} onClose={onClose} onSaved={onSaved} />
    </Dialog>
  );
}

function TrainingForm({ training, onClose, onSaved }: Omit<TrainingDialogProps, 'open'>) {
  const { t } = useI18n();
  const client = useApi();
  const [values, setValues] = useState({
    date: training?.date ?? today(),
    module: training?.module ?? '',
    provider: training?.provider ?? '',
    staffCount: training ? String(training.staffCount) : '',
    digitalVision: training?.digitalVision ?? true,
  });
  const [certificate, setCertificate] = useState<Certificate | null>(
    training?.certificateAssetId ? { assetId: training.certificateAssetId } : null,
  );
  const [uploading, setUploading] = useState(false);
  const onBusyChange = useCallback((busy: boolean) => setUploading(busy), []);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));
  const save = useMutation(async () => {
    await client.request(SaveTrainingMutation, {
      id: training?.id ?? null,
      version: training?.version ?? null,
      input: {
        date: values.date,
        module: values.module.trim(),
        provider: values.provider.trim(),
        staffCount: Number(values.staffCount),
        digitalVision: values.digitalVision,
        certificateAssetId: certificate?.assetId ?? null,
      },
    });
    await onSaved();
    return true;
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = {
      ...checkDate('date', values.date, t),
      ...requireText('module', values.module, t),
      ...requireText('provider', values.provider, t),
      ...checkCount('staffCount', values.staffCount, t, 1),
    };
    setProblems(found);
    if (Object.keys(found).length === 0 && (await save.run())) onClose();
  };
  const errors = { ...fieldErrors(save.error, t), ...problems };
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      {training?.status === 'VERIFIED' && <Alert kind="warning">{t('programme.editVerified')}</Alert>}
      {save.error !== undefined && <Alert kind="error">{errorMessage(save.error, t)}</Alert>}
      <div className="form-row">
        <TextField
          label={t('trainings.date')}
          type="date"
          required
          max={today()}
          value={values.date}
          onChange={(date) => set({ date })}
          error={errors['date']}
        />
        <TextField
          label={t('trainings.staffCount')}
          hint={t('trainings.staffCount.hint')}
          type="number"
          inputMode="numeric"
          min={1}
          required
          value={values.staffCount}
          onChange={(staffCount) => set({ staffCount })}
          error={errors['staffCount']}
        />
      </div>
      <TextField
        label={t('trainings.module')}
        hint={t('trainings.module.hint')}
        required
        maxLength={200}
        value={values.module}
        onChange={(module) => set({ module })}
        error={errors['module']}
      />
      <TextField
        label={t('trainings.provider')}
        hint={t('trainings.provider.hint')}
        required
        maxLength={200}
        value={values.provider}
        onChange={(provider) => set({ provider })}
        error={errors['provider']}
      />
      <Checkbox
        label={t('trainings.digitalVision')}
        hint={t('trainings.digitalVision.hint')}
        checked={values.digitalVision}
        onChange={(digitalVision) => set({ digitalVision })}
      />
      <CertificateField
        certificate={certificate}
        title={values.module}
        onChange={setCertificate}
        onBusyChange={onBusyChange}
        error={errors['certificateAssetId']}
      />
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={save.loading || uploading}>
          {save.loading ? t('common.saving') : t('trainings.save')}
        </button>
      </div>
    </form>
  );
}
