import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import type { TenantFieldsFragment } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { ApiError } from '../../lib/api-error';
import { errorMessage, fieldErrors } from '../../lib/error-messages';
import { useI18n } from '../../lib/i18n/i18n';
import { useMutation, useQuery } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { PageHeader } from '../../ui/page';
import { EmptyState, LoadError, Loading } from '../../ui/status';
import { useCurrentUser } from '../auth/auth-context';
import { LibrarySelect, useLibraries } from './library-select';
import { TenantQuery, UpdateTenantProfileMutation } from './operations';
import { ProfileFields } from './profile-fields';
import { profileInput, tenantValues, type ProfileValues } from './profile-form';
import { ProfilePreview } from './profile-preview';

/**
 * The library profile that fills the placeholders in posts. Library admins edit their own (editors
 * read it); a central admin picks a library first.
 */
export function ProfilePage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const central = user.tenant.kind === 'CENTRAL';
  const [params, setParams] = useSearchParams();
  const libraries = useLibraries({ skip: !central });
  const slug = central ? (params.get('bibliotheek') ?? '') : user.tenant.slug;
  const query = useQuery(TenantQuery, { slug }, { skip: !slug });
  const [saved, setSaved] = useState(false);
  const tenant = query.data?.tenant;

  return (
    <>
      <PageHeader title={t('profile.title')} intro={t('profile.intro')} />
      {central && (
        <div className="filters">
          <LibrarySelect
            libraries={libraries.libraries}
            value={slug}
            onChange={(value) => {
              setSaved(false);
              setParams(value ? { bibliotheek: value } : {}, { replace: true });
            }}
            emptyLabel={t('common.chooseLibrary')}
            required
          />
        </div>
      )}
      {libraries.error !== undefined && <LoadError error={libraries.error} />}
      {!slug ? (
        <EmptyState title={t('profile.pickLibrary')} />
      ) : query.error !== undefined && !tenant ? (
        <LoadError error={query.error} onRetry={() => void query.reload()} />
      ) : !tenant || tenant.slug !== slug ? (
        <Loading />
      ) : (
        <>
          {saved && <Alert kind="success">{t('common.saved')}</Alert>}
          <ProfileForm
            key={`${tenant.id}:${tenant.version}`}
            tenant={tenant}
            readOnly={user.role === 'LIBRARY_EDITOR'}
            onReload={query.reload}
            onSaved={async () => {
              await query.reload();
              setSaved(true);
            }}
            tenantId={central ? tenant.id : undefined}
          />
        </>
      )}
    </>
  );
}

interface ProfileFormProps {
  tenant: TenantFieldsFragment;
  readOnly: boolean;
  tenantId: string | undefined;
  onSaved: () => Promise<void>;
  onReload: () => Promise<void>;
}

function ProfileForm({ tenant, readOnly, tenantId, onSaved, onReload }: ProfileFormProps) {
  const { t } = useI18n();
  const client = useApi();
  const [values, setValues] = useState<ProfileValues>(() => tenantValues(tenant));
  const save = useMutation(async () => {
    await client.request(UpdateTenantProfileMutation, {
      input: { ...profileInput(values), tenantId, version: tenant.version },
    });
    await onSaved();
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.run();
  };
  const stale = save.error instanceof ApiError && save.error.subCode === 'STALE_VERSION';

  return (
    <div className="with-aside">
      <form
        className="form"
        onSubmit={submit}
        noValidate
        aria-label={t('profile.formLabel', { name: tenant.name })}
      >
        {readOnly && <Alert kind="info">{t('profile.readOnly')}</Alert>}
        {save.error !== undefined && (
          <Alert kind="error">
            <p>{errorMessage(save.error, t)}</p>
            {stale && (
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
        <ProfileFields
          values={values}
          onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
          errors={fieldErrors(save.error, t)}
          disabled={readOnly}
        />
        {!readOnly && (
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={save.loading}>
              {save.loading ? t('common.saving') : t('common.save')}
            </button>
          </div>
        )}
      </form>
      <ProfilePreview values={values} name={tenant.name} />
    </div>
  );
}
