import { useState, type FormEvent } from 'react';
import type { PostFieldsFragment, ThemeFieldsFragment } from '../../gql/graphql';
import { ApiError } from '../../lib/api-error';
import { errorMessage, fieldErrors } from '../../lib/error-messages';
import { useI18n } from '../../lib/i18n/i18n';
import { useMutation } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { TextField } from '../../ui/field';
import { ContentFields } from './content-fields';
import { EMPTY_POST, postValues, type PostValues } from './post-form';

interface PostEditorProps {
  post?: PostFieldsFragment;
  themes: readonly ThemeFieldsFragment[];
  submitLabel: string;
  onSave: (values: PostValues) => Promise<void>;
  /** After a stale-version error: load the newest version (the form starts again from it). */
  onReload?: () => Promise<void>;
}

/** The post form: texts, variants, classification and planning; saved with the loaded version. */
export function PostEditor({ post, themes, submitLabel, onSave, onReload }: PostEditorProps) {
  const { t } = useI18n();
  const [values, setValues] = useState<PostValues>(() => (post ? postValues(post) : EMPTY_POST));
  const [missing, setMissing] = useState<Record<string, string>>({});
  const save = useMutation(onSave);
  const change = (patch: Partial<PostValues>) => setValues((v) => ({ ...v, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const required: Record<string, string> = {};
    if (!values.title.trim()) required['title'] = t('field.required');
    if (!values.body.trim()) required['body'] = t('field.required');
    setMissing(required);
    if (Object.keys(required).length === 0) void save.run(values);
  };
  const errors = { ...fieldErrors(save.error, t), ...missing };
  const stale = save.error instanceof ApiError && save.error.subCode === 'STALE_VERSION';
  // Keep the theme of an older post selectable even when it is no longer active.
  const themeOptions =
    post?.theme && !themes.some((th) => th.id === post.theme?.id) ? [...themes, post.theme] : themes;

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('editor.formLabel')}>
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
      <ContentFields values={values} onChange={change} errors={errors} themes={themeOptions} />
      <fieldset className="fieldset fieldset--group">
        <legend>{t('editor.planning')}</legend>
        <div className="form-row">
          <TextField
            label={t('editor.suggestedPublishAt')}
            hint={t('editor.suggestedPublishAt.hint')}
            type="datetime-local"
            value={values.suggestedPublishAt}
            onChange={(suggestedPublishAt) => change({ suggestedPublishAt })}
            error={errors['suggestedPublishAt']}
          />
          <TextField
            label={t('editor.tags')}
            hint={t('editor.tags.hint')}
            value={values.tags}
            onChange={(tags) => change({ tags })}
            error={errors['tags']}
          />
        </div>
        <div className="form-row">
          <TextField
            label={t('editor.availableFrom')}
            type="date"
            value={values.availableFrom}
            onChange={(availableFrom) => change({ availableFrom })}
            error={errors['availableFrom']}
          />
          <TextField
            label={t('editor.availableUntil')}
            hint={t('editor.availableUntil.hint')}
            type="date"
            value={values.availableUntil}
            onChange={(availableUntil) => change({ availableUntil })}
            error={errors['availableUntil']}
          />
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={save.loading}>
          {save.loading ? t('common.saving') : submitLabel}
        </button>
      </div>
    </form>
  );
}
