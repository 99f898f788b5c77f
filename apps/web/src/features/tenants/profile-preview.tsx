import { PLACEHOLDERS, renderPlaceholders, type PlaceholderProfile } from '@bibliohub/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import type { ProfileValues } from './profile-form';

/** The sample sentence of the preview, written with the placeholders posts use. */
export const PREVIEW_TEXT =
  'Kom naar {{bibliotheek.naam}} in {{bibliotheek.plaats}}! Meer info: {{bibliotheek.website}}';

export function placeholderProfile(values: ProfileValues, name: string): PlaceholderProfile {
  return {
    name,
    displayName: values.displayName.trim(),
    city: values.city.trim(),
    website: values.website.trim(),
    openingHoursUrl: values.openingHoursUrl.trim(),
    catalogueUrl: values.catalogueUrl.trim(),
    phone: values.phone.trim(),
    contactEmail: values.contactEmail.trim(),
  };
}

/**
 * How a shared post reads for this library, updated while typing: the same placeholder rendering
 * the API uses (with its fallbacks), and what every placeholder becomes.
 */
export function ProfilePreview({ values, name }: { values: ProfileValues; name: string }) {
  const { t } = useI18n();
  const profile = placeholderProfile(values, name);
  const channels = values.channels.filter((c) => c.handle.trim());
  return (
    <aside className="preview" aria-labelledby="preview-title">
      <h2 id="preview-title" className="preview__title">
        {t('profile.preview.title')}
      </h2>
      <p className="preview__hint">{t('profile.preview.hint')}</p>
      <div className="preview__post" lang="nl">
        <p>{renderPlaceholders(PREVIEW_TEXT, profile)}</p>
        {channels.length > 0 && (
          <p className="preview__channels">
            {channels.map((c) => `${t(`channel.${c.channel}`)}: ${c.handle.trim()}`).join(' · ')}
          </p>
        )}
      </div>
      <details className="preview__placeholders">
        <summary>{t('profile.preview.placeholders')}</summary>
        <dl>
          {PLACEHOLDERS.map((p) => (
            <div key={p.key}>
              <dt>
                <code>{`{{${p.key}}}`}</code>
              </dt>
              <dd className="break">{renderPlaceholders(`{{${p.key}}}`, profile)}</dd>
            </div>
          ))}
        </dl>
      </details>
    </aside>
  );
}
