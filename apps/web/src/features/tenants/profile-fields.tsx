import { useI18n } from '../../lib/i18n/i18n';
import { SelectField, TextField } from '../../ui/field';
import { CHANNELS, type ChannelValues, type ProfileValues } from './profile-form';

interface ProfileFieldsProps {
  values: ProfileValues;
  onChange: (patch: Partial<ProfileValues>) => void;
  errors: Record<string, string>;
  disabled?: boolean;
}

/** The profile fields shared by the library form (central) and the profile page (library). */
export function ProfileFields({ values, onChange, errors, disabled = false }: ProfileFieldsProps) {
  const { t } = useI18n();
  const text = (name: Exclude<keyof ProfileValues, 'channels'>) => ({
    value: values[name],
    onChange: (value: string) => onChange({ [name]: value }),
    error: errors[name],
    disabled,
  });
  return (
    <>
      <fieldset className="fieldset fieldset--group">
        <legend>{t('profile.group.identity')}</legend>
        <TextField
          label={t('profile.displayName')}
          hint={t('profile.displayName.hint')}
          autoComplete="organization"
          {...text('displayName')}
        />
        <div className="form-row">
          <TextField label={t('profile.city')} autoComplete="address-level2" {...text('city')} />
          <TextField
            label={t('profile.branchCount')}
            type="number"
            min={1}
            max={500}
            inputMode="numeric"
            className="field--narrow"
            {...text('branchCount')}
          />
        </div>
      </fieldset>
      <fieldset className="fieldset fieldset--group">
        <legend>{t('profile.group.contact')}</legend>
        <TextField
          label={t('profile.website')}
          type="url"
          placeholder="https://"
          autoComplete="url"
          {...text('website')}
        />
        <div className="form-row">
          <TextField label={t('profile.phone')} type="tel" autoComplete="tel" {...text('phone')} />
          <TextField
            label={t('profile.contactEmail')}
            type="email"
            autoComplete="email"
            {...text('contactEmail')}
          />
        </div>
        <TextField
          label={t('profile.openingHoursUrl')}
          type="url"
          placeholder="https://"
          {...text('openingHoursUrl')}
        />
        <TextField
          label={t('profile.catalogueUrl')}
          type="url"
          placeholder="https://"
          {...text('catalogueUrl')}
        />
      </fieldset>
      <ChannelsEditor
        channels={values.channels}
        onChange={(channels) => onChange({ channels })}
        errors={errors}
        disabled={disabled}
      />
    </>
  );
}

function ChannelsEditor({
  channels,
  onChange,
  errors,
  disabled,
}: {
  channels: ChannelValues[];
  onChange: (channels: ChannelValues[]) => void;
  errors: Record<string, string>;
  disabled: boolean;
}) {
  const { t } = useI18n();
  const update = (index: number, patch: Partial<ChannelValues>) =>
    onChange(channels.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  const unused = CHANNELS.find((c) => !channels.some((existing) => existing.channel === c)) ?? 'GENERIC';
  return (
    <fieldset className="fieldset fieldset--group">
      <legend>{t('profile.group.channels')}</legend>
      <p className="field__hint">{t('profile.channels.hint')}</p>
      {channels.length === 0 && <p className="muted">{t('profile.channels.none')}</p>}
      {channels.map((c, index) => (
        <fieldset className="channel-row" key={index}>
          <legend className="visually-hidden">{t('profile.channels.row', { n: index + 1 })}</legend>
          <SelectField
            label={t('profile.channel')}
            required
            value={c.channel}
            onChange={(value) => update(index, { channel: value as ChannelValues['channel'] })}
            options={CHANNELS.map((ch) => ({ value: ch, label: t(`channel.${ch}`) }))}
            disabled={disabled}
          />
          <TextField
            label={t('profile.handle')}
            required
            placeholder="@"
            value={c.handle}
            onChange={(handle) => update(index, { handle })}
            error={errors[`channels.${index}.handle`]}
            disabled={disabled}
          />
          <TextField
            label={t('profile.channelUrl')}
            type="url"
            placeholder="https://"
            value={c.url}
            onChange={(url) => update(index, { url })}
            error={errors[`channels.${index}.url`]}
            disabled={disabled}
          />
          {!disabled && (
            <button
              type="button"
              className="button button--link channel-row__remove"
              onClick={() => onChange(channels.filter((_, i) => i !== index))}
            >
              {t('profile.channels.remove', { channel: t(`channel.${c.channel}`) })}
            </button>
          )}
        </fieldset>
      ))}
      {!disabled && (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => onChange([...channels, { channel: unused, handle: '', url: '' }])}
        >
          {t('profile.channels.add')}
        </button>
      )}
    </fieldset>
  );
}
