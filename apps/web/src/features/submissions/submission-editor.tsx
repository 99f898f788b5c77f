import { useState } from 'react';
import type { ThemeFieldsFragment } from '../../gql/graphql';
import { ApiError } from '../../lib/api-error';
import { errorMessage, fieldErrors } from '../../lib/error-messages';
import { useI18n } from '../../lib/i18n/i18n';
import { useMutation } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { Checkbox, TextAreaField } from '../../ui/field';
import { ContentFields } from '../content/content-fields';
import type { SubmissionValues } from './submission-form';
import { SubmissionImages } from './submission-images';

interface SubmissionEditorProps {
  initial: SubmissionValues;
  themes: readonly ThemeFieldsFragment[];
  /** `submit`: also send it in for review. */
  onSave: (values: SubmissionValues, submit: boolean) => Promise<void>;
  onReload?: () => Promise<void>;
  submitLabel: string;
}

/** A local post for national republication: texts, variants, images and the rights statement. */
export function SubmissionEditor({ initial, themes, onSave, onReload, submitLabel }: SubmissionEditorProps) {
  const { t } = useI18n();
  const [values, setValues] = useState(initial);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const save = useMutation(onSave);
  const [submitting, setSubmitting] = useState(true);
  const [imagesBusy, setImagesBusy] = useState(false);
  const change = (patch: Partial<SubmissionValues>) => setValues((v) => ({ ...v, ...patch }));
  const send = (submit: boolean) => {
    const required: Record<string, string> = {};
    if (!values.title.trim()) required['title'] = t('field.required');
    if (!values.body.trim()) required['body'] = t('field.required');
    if (submit && !values.mayShare) required['mayShare'] = t('submission.mayShare.required');
    if (imagesBusy) required['images'] = t('submission.images.pending');
    setMissing(required);
    setSubmitting(submit);
    if (Object.keys(required).length === 0) void save.run(values, submit);
  };
  const errors = { ...fieldErrors(save.error, t), ...missing };
  const stale = save.error instanceof ApiError && save.error.subCode === 'STALE_VERSION';
  return (
    <form
      className="form"
      noValidate
      aria-label={t('submission.formLabel')}
      onSubmit={(e) => {
        e.preventDefault();
        send(true);
      }}
    >
      {save.error !== undefined && (
        <Alert kind="error">
          <p>{errorMessage(save.error, t)}</p>
          {stale && onReload && (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => void onReload()}
            >
              {t('common.reload')}
            </button>
          )}
        </Alert>
      )}
      {Object.keys(missing).length > 0 && <Alert kind="error">{t('error.code.BAD_USER_INPUT')}</Alert>}
      <ContentFields values={values} onChange={change} errors={errors} themes={themes} />
      <SubmissionImages
        images={values.assets}
        onChange={(assets) => change({ assets })}
        onBusyChange={setImagesBusy}
        error={errors['images'] ?? errors['assets']}
      />
      <fieldset className="fieldset fieldset--group">
        <legend>{t('submission.rights')}</legend>
        <TextAreaField
          label={t('submission.localContext')}
          hint={t('submission.localContext.hint')}
          rows={3}
          value={values.localContext}
          onChange={(localContext) => change({ localContext })}
          error={errors['localContext']}
        />
        <Checkbox
          label={t('submission.mayShare.label')}
          hint={t('submission.mayShare.hint')}
          checked={values.mayShare}
          onChange={(mayShare) => change({ mayShare })}
          error={errors['mayShare']}
        />
        <Checkbox
          label={t('submission.portraitConsent.label')}
          hint={t('submission.portraitConsent.hint')}
          checked={values.portraitConsent}
          onChange={(portraitConsent) => change({ portraitConsent })}
        />
        <TextAreaField
          label={t('submission.rightsNote')}
          hint={t('submission.rightsNote.hint')}
          rows={2}
          value={values.rightsNote}
          onChange={(rightsNote) => change({ rightsNote })}
          error={errors['rightsNote']}
        />
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={save.loading}>
          {save.loading && submitting ? t('common.busy') : submitLabel}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={save.loading}
          onClick={() => send(false)}
        >
          {save.loading && !submitting ? t('common.saving') : t('submission.saveDraft')}
        </button>
      </div>
    </form>
  );
}
