import type { Channel } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n';
import { TextAreaField, TextField } from '../../ui/field';
import { CHANNELS } from '../tenants/profile-form';
import { countVariant, type VariantValues, type VariantsValues } from './post-form';
import type { useInsertionPoint } from './placeholder-picker';

interface VariantFieldsProps {
  variants: VariantsValues;
  onChange: (channel: Channel, patch: Partial<VariantValues>) => void;
  errors: Record<string, string>;
  track: ReturnType<typeof useInsertionPoint>['track'];
}

/** A text per channel, with a live counter that counts exactly as the API does. */
export function VariantFields({ variants, onChange, errors, track }: VariantFieldsProps) {
  const { t } = useI18n();
  return (
    <fieldset className="fieldset fieldset--group">
      <legend>{t('editor.variants')}</legend>
      <p className="field__hint">{t('editor.variants.hint')}</p>
      {CHANNELS.map((channel) => (
        <VariantRow
          key={channel}
          channel={channel}
          value={variants[channel]}
          onChange={(patch) => onChange(channel, patch)}
          errors={errors}
          track={track}
        />
      ))}
    </fieldset>
  );
}

function VariantRow({
  channel,
  value,
  onChange,
  errors,
  track,
}: {
  channel: Channel;
  value: VariantValues;
  onChange: (patch: Partial<VariantValues>) => void;
  errors: Record<string, string>;
  track: VariantFieldsProps['track'];
}) {
  const { t, formatNumber } = useI18n();
  const name = t(`channel.${channel}`);
  const count = countVariant(channel, value);
  const used = value.text.trim() !== '';
  const counter = [
    t('editor.counter', { n: formatNumber(count.length), max: formatNumber(count.max) }),
    count.maxHashtags !== undefined
      ? t('editor.counter.hashtags', { n: count.hashtags, max: count.maxHashtags })
      : '',
    count.over ? t('editor.counter.over') : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const error = (field: string) => errors[`variants.${channel}.${field}`];
  return (
    <fieldset className={`variant ${used ? '' : 'variant--unused'}`}>
      <legend className="variant__legend">
        {name}
        {!used && <span className="variant__note"> – {t('editor.variant.unused')}</span>}
      </legend>
      <TextAreaField
        label={t('editor.variant.text', { channel: name })}
        value={value.text}
        onChange={(text) => onChange({ text })}
        counter={used ? { text: counter, over: count.over } : undefined}
        error={errors[`variants.${channel}`] ?? error('text')}
        rows={3}
        {...track(`${channel}.text`, t('editor.variant.text', { channel: name }))}
      />
      {used && (
        <div className="variant__extras">
          <TextField
            label={t('editor.variant.hashtags')}
            hint={t('editor.variant.hashtags.hint')}
            value={value.hashtags}
            onChange={(hashtags) => onChange({ hashtags })}
            error={error('hashtags')}
          />
          <TextField
            label={t('editor.variant.link')}
            inputMode="url"
            placeholder="https://"
            value={value.link}
            onChange={(link) => onChange({ link })}
            error={error('link')}
          />
          <TextField
            label={t('editor.variant.callToAction')}
            value={value.callToAction}
            onChange={(callToAction) => onChange({ callToAction })}
            error={error('callToAction')}
            {...track(`${channel}.callToAction`, t('editor.variant.callToActionOf', { channel: name }))}
          />
        </div>
      )}
    </fieldset>
  );
}
