import type { Channel, Goal, Language, ThemeFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n';
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '../../ui/field';
import { PlaceholderPicker, useInsertionPoint } from './placeholder-picker';
import type { ContentValues, VariantValues } from './post-form';
import { GOALS, LANGUAGES, TARGET_GROUPS } from './post-options';
import { VariantFields } from './variant-fields';

interface ContentFieldsProps<V extends ContentValues> {
  values: V;
  onChange: (patch: Partial<V>) => void;
  errors: Record<string, string>;
  themes: readonly Pick<ThemeFieldsFragment, 'id' | 'name'>[];
}

/**
 * The texts and classification central posts and local submissions share: title, master text, the
 * placeholder picker, theme, goal, language, target groups and the channel variants.
 */
export function ContentFields<V extends ContentValues>({
  values,
  onChange,
  errors,
  themes,
}: ContentFieldsProps<V>) {
  const { t } = useI18n();
  const { point, setPoint, track, focus, selection } = useInsertionPoint({
    name: 'body',
    label: t('editor.body'),
    start: values.body.length,
    end: values.body.length,
  });

  const textOf = (name: string): string => {
    if (name === 'title') return values.title;
    if (name === 'body') return values.body;
    const [channel, field] = name.split('.') as [Channel, 'text' | 'callToAction'];
    return values.variants[channel][field];
  };
  const setText = (name: string, text: string) => {
    if (name === 'title' || name === 'body') onChange({ [name]: text } as Partial<V>);
    else {
      const [channel, field] = name.split('.') as [Channel, 'text' | 'callToAction'];
      setVariant(channel, { [field]: text });
    }
  };
  const setVariant = (channel: Channel, patch: Partial<VariantValues>) =>
    onChange({
      variants: { ...values.variants, [channel]: { ...values.variants[channel], ...patch } },
    } as Partial<V>);

  const insert = (token: string) => {
    const text = textOf(point.name);
    const current = selection();
    const start = Math.min(current.start, text.length);
    const end = Math.min(Math.max(current.end, start), text.length);
    setText(point.name, text.slice(0, start) + token + text.slice(end));
    const caret = start + token.length;
    setPoint({ ...point, start: caret, end: caret });
    focus(point.name, caret);
  };

  return (
    <>
      <TextField
        label={t('editor.title')}
        required
        value={values.title}
        onChange={(title) => onChange({ title } as Partial<V>)}
        error={errors['title']}
        maxLength={200}
        {...track('title', t('editor.title'))}
      />
      <TextAreaField
        label={t('editor.body')}
        hint={t('editor.body.hint')}
        required
        rows={6}
        value={values.body}
        onChange={(body) => onChange({ body } as Partial<V>)}
        error={errors['body']}
        {...track('body', t('editor.body'))}
      />
      <PlaceholderPicker target={point.label} onInsert={insert} />
      <fieldset className="fieldset fieldset--group">
        <legend>{t('editor.classification')}</legend>
        <div className="form-row form-row--3">
          <SelectField
            label={t('content.theme')}
            value={values.themeId}
            onChange={(themeId) => onChange({ themeId } as Partial<V>)}
            error={errors['themeId']}
            options={[
              { value: '', label: t('editor.noTheme') },
              ...themes.map((th) => ({ value: th.id, label: th.name })),
            ]}
          />
          <SelectField
            label={t('content.goal')}
            value={values.goal}
            onChange={(goal) => onChange({ goal: goal as Goal | '' } as Partial<V>)}
            options={[
              { value: '', label: t('editor.noGoal') },
              ...GOALS.map((g) => ({ value: g, label: t(`goal.${g}`) })),
            ]}
          />
          <SelectField
            label={t('content.language')}
            required
            value={values.language}
            onChange={(language) => onChange({ language: language as Language } as Partial<V>)}
            options={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
          />
        </div>
        <CheckboxGroup
          label={t('editor.targetGroups')}
          value={values.targetGroups}
          onChange={(targetGroups) => onChange({ targetGroups } as Partial<V>)}
          options={TARGET_GROUPS.map((g) => ({ value: g, label: t(`targetGroup.${g}`) }))}
        />
      </fieldset>
      <VariantFields variants={values.variants} onChange={setVariant} errors={errors} track={track} />
    </>
  );
}
