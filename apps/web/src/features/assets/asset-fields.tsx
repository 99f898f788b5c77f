import type { AssetKind } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n';
import { Checkbox, TextAreaField, TextField } from '../../ui/field';
import { needsAltText } from './asset-options';

/** The facts of an asset as the form holds them (all strings and flags). */
export interface AssetValues {
  title: string;
  altText: string;
  description: string;
  tags: string;
  owner: string;
  licence: string;
  creditLine: string;
  portraitConsent: boolean;
  portraitConsentUntil: string;
  validUntil: string;
}

export const EMPTY_ASSET: AssetValues = {
  title: '',
  altText: '',
  description: '',
  tags: '',
  owner: '',
  licence: '',
  creditLine: '',
  portraitConsent: false,
  portraitConsentUntil: '',
  validUntil: '',
};

/** Title, alternative text, description, tags, rights and validity: for new and existing assets. */
export function AssetFields({
  kind,
  values,
  onChange,
  errors,
}: {
  kind: AssetKind;
  values: AssetValues;
  onChange: (patch: Partial<AssetValues>) => void;
  errors: Record<string, string>;
}) {
  const { t } = useI18n();
  const field = (name: Exclude<keyof AssetValues, 'portraitConsent'>) => ({
    value: values[name],
    onChange: (value: string) => onChange({ [name]: value }),
    error: errors[name] ?? errors[`rights.${name}`],
  });
  return (
    <>
      <TextField label={t('assets.title')} required {...field('title')} />
      {needsAltText(kind) && (
        <TextAreaField
          label={t('assets.altText')}
          hint={t('assets.altText.hint')}
          required
          rows={2}
          {...field('altText')}
        />
      )}
      <TextAreaField label={t('assets.description')} rows={2} {...field('description')} />
      <TextField label={t('assets.tags')} hint={t('editor.tags.hint')} {...field('tags')} />
      <fieldset className="fieldset">
        <legend className="field__label">{t('assets.rights')}</legend>
        <div className="form-row">
          <TextField label={t('assets.owner')} hint={t('assets.owner.hint')} {...field('owner')} />
          <TextField label={t('assets.licence')} hint={t('assets.licence.hint')} {...field('licence')} />
        </div>
        <TextField
          label={t('assets.creditLine')}
          hint={t('assets.creditLine.hint')}
          {...field('creditLine')}
        />
        <Checkbox
          label={t('assets.portraitConsent')}
          hint={t('assets.portraitConsent.hint')}
          checked={values.portraitConsent}
          onChange={(portraitConsent) => onChange({ portraitConsent })}
        />
        {values.portraitConsent && (
          <TextField
            label={t('assets.portraitConsentUntil')}
            type="date"
            {...field('portraitConsentUntil')}
          />
        )}
      </fieldset>
      <TextField
        label={t('assets.validUntil')}
        hint={t('assets.validUntil.hint')}
        type="date"
        {...field('validUntil')}
      />
    </>
  );
}

/** The input fields finalizeAssetUpload and updateAsset share. */
export function assetInput(kind: AssetKind, values: AssetValues) {
  const orNull = (v: string) => v.trim() || null;
  return {
    title: values.title.trim(),
    altText: needsAltText(kind) ? orNull(values.altText) : null,
    description: values.description.trim(),
    tags: values.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    rights: {
      owner: orNull(values.owner),
      licence: orNull(values.licence),
      creditLine: orNull(values.creditLine),
      portraitConsent: values.portraitConsent,
      portraitConsentUntil: values.portraitConsent ? orNull(values.portraitConsentUntil) : null,
    },
    validUntil: values.validUntil ? new Date(`${values.validUntil}T23:59:59`).toISOString() : null,
  };
}

/** Checks what the API would refuse anyway, before sending. */
export function missingAssetFields(
  kind: AssetKind,
  values: AssetValues,
  required: string,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (!values.title.trim()) out['title'] = required;
  if (needsAltText(kind) && !values.altText.trim()) out['altText'] = required;
  return out;
}
