import { useState, type FormEvent } from 'react';
import type { ThemeFieldsFragment, ThemeKind } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { ApiError } from '../../lib/api-error';
import { errorMessage, fieldErrors } from '../../lib/error-messages';
import { useI18n } from '../../lib/i18n/i18n';
import { useMutation, useQuery } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { DataTable } from '../../ui/data-table';
import { Dialog } from '../../ui/dialog';
import { Checkbox, RadioGroup, TextAreaField, TextField } from '../../ui/field';
import { PageHeader } from '../../ui/page';
import { Badge, EmptyState, LoadError, Loading } from '../../ui/status';
import { slugify } from '../tenants/profile-form';
import { CreateThemeMutation, ThemesQuery, UpdateThemeMutation } from './operations';
import { ThemeName } from './post-list';

/** /themas: the themes and national campaigns posts are planned around. */
export function ThemesPage() {
  const { t, formatDate } = useI18n();
  const query = useQuery(ThemesQuery, { activeOnly: false });
  const [editing, setEditing] = useState<ThemeFieldsFragment | 'new' | null>(null);
  const themes = query.data?.themes;
  return (
    <>
      <PageHeader
        title={t('themes.title')}
        intro={t('themes.intro')}
        actions={
          <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
            {t('themes.new')}
          </button>
        }
      />
      {query.error !== undefined ? (
        <LoadError error={query.error} onRetry={() => void query.reload()} />
      ) : !themes ? (
        <Loading />
      ) : themes.length === 0 ? (
        <EmptyState title={t('themes.empty')} />
      ) : (
        <DataTable caption={t('themes.title')}>
          <thead>
            <tr>
              <th scope="col">{t('themes.name')}</th>
              <th scope="col">{t('themes.kind')}</th>
              <th scope="col">{t('themes.period')}</th>
              <th scope="col">{t('content.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {themes.map((theme) => (
              <tr key={theme.id}>
                <th scope="row" data-label={t('themes.name')}>
                  <ThemeName name={theme.name} colour={theme.colour} />
                  {theme.description && <span className="cell-note">{theme.description}</span>}
                </th>
                <td data-label={t('themes.kind')}>{t(`themeKind.${theme.kind}`)}</td>
                <td data-label={t('themes.period')}>
                  {theme.periodStart && theme.periodEnd
                    ? `${formatDate(theme.periodStart)} – ${formatDate(theme.periodEnd)}${theme.recursYearly ? ` (${t('themes.yearly')})` : ''}`
                    : '—'}
                </td>
                <td data-label={t('content.status')}>
                  <Badge tone={theme.active ? 'success' : 'neutral'}>
                    {t(theme.active ? 'status.active' : 'themes.inactive')}
                  </Badge>
                </td>
                <td className="actions">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => setEditing(theme)}
                  >
                    {t('themes.edit')}
                    <span className="visually-hidden">: {theme.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <Dialog
        open={editing !== null}
        title={
          editing === 'new' || editing === null
            ? t('themes.new')
            : t('themes.editTitle', { name: editing.name })
        }
        onClose={() => setEditing(null)}
      >
        {editing !== null && (
          <ThemeForm
            theme={editing === 'new' ? undefined : editing}
            onCancel={() => setEditing(null)}
            onSaved={async () => {
              setEditing(null);
              await query.reload();
            }}
          />
        )}
      </Dialog>
    </>
  );
}

function ThemeForm({
  theme,
  onCancel,
  onSaved,
}: {
  theme?: ThemeFieldsFragment;
  onCancel: () => void;
  onSaved: () => Promise<void>;
}) {
  const { t } = useI18n();
  const client = useApi();
  const [name, setName] = useState(theme?.name ?? '');
  const [slug, setSlug] = useState(theme?.slug ?? '');
  const [kind, setKind] = useState<ThemeKind>(theme?.kind ?? 'THEME');
  const [colour, setColour] = useState(theme?.colour ?? '#0e6e6a');
  const [description, setDescription] = useState(theme?.description ?? '');
  const [periodStart, setPeriodStart] = useState(theme?.periodStart ?? '');
  const [periodEnd, setPeriodEnd] = useState(theme?.periodEnd ?? '');
  const [recursYearly, setRecursYearly] = useState(theme?.recursYearly ?? false);
  const [active, setActive] = useState(theme?.active ?? true);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const save = useMutation(async () => {
    const input = {
      name: name.trim(),
      slug: (slug || slugify(name)).trim(),
      kind,
      colour,
      description: description.trim(),
      periodStart: periodStart || null,
      periodEnd: periodEnd || null,
      recursYearly,
      active,
    };
    if (theme)
      await client.request(UpdateThemeMutation, {
        id: theme.id,
        input: { ...input, version: theme.version },
      });
    else await client.request(CreateThemeMutation, { input });
    await onSaved();
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const required: Record<string, string> = name.trim() ? {} : { name: t('field.required') };
    setMissing(required);
    if (!required['name']) void save.run();
  };
  const errors = { ...fieldErrors(save.error, t), ...missing };
  const stale = save.error instanceof ApiError && save.error.subCode === 'STALE_VERSION';
  return (
    <form className="form" onSubmit={submit} noValidate>
      {save.error !== undefined && <Alert kind="error">{errorMessage(save.error, t)}</Alert>}
      {stale && <p className="muted">{t('themes.staleHint')}</p>}
      <TextField label={t('themes.name')} required value={name} onChange={setName} error={errors['name']} />
      <TextField
        label={t('tenants.slug')}
        hint={t('themes.slug.hint')}
        value={slug}
        placeholder={slugify(name)}
        onChange={setSlug}
        error={errors['slug']}
      />
      <RadioGroup
        label={t('themes.kind')}
        value={kind}
        onChange={setKind}
        options={(['THEME', 'CAMPAIGN'] as const).map((k) => ({ value: k, label: t(`themeKind.${k}`) }))}
      />
      <TextField
        label={t('themes.colour')}
        type="color"
        required
        value={colour}
        onChange={setColour}
        error={errors['colour']}
        className="field--colour"
      />
      <TextAreaField
        label={t('themes.description')}
        value={description}
        onChange={setDescription}
        rows={3}
        error={errors['description']}
      />
      <div className="form-row">
        <TextField
          label={t('themes.periodStart')}
          type="date"
          value={periodStart}
          onChange={setPeriodStart}
          error={errors['periodStart']}
        />
        <TextField
          label={t('themes.periodEnd')}
          type="date"
          value={periodEnd}
          onChange={setPeriodEnd}
          error={errors['periodEnd']}
        />
      </div>
      <Checkbox label={t('themes.recursYearly')} checked={recursYearly} onChange={setRecursYearly} />
      <Checkbox
        label={t('themes.active')}
        hint={t('themes.active.hint')}
        checked={active}
        onChange={setActive}
      />
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={save.loading}>
          {save.loading ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}
