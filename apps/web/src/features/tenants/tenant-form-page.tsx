import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { Province, TenantFieldsFragment } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { ApiError } from '../../lib/api-error';
import { errorMessage, fieldErrors } from '../../lib/error-messages';
import { useI18n } from '../../lib/i18n/i18n';
import { useMutation, useQuery } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { SelectField, TextField } from '../../ui/field';
import { PageHeader, Section } from '../../ui/page';
import { Badge, LoadError, Loading } from '../../ui/status';
import {
  CreateTenantMutation,
  DeactivateTenantMutation,
  ReactivateTenantMutation,
  TenantQuery,
  UpdateTenantMutation,
} from './operations';
import { ProfileFields } from './profile-fields';
import {
  EMPTY_TENANT,
  PROVINCES,
  profileInput,
  slugify,
  tenantValues,
  type TenantValues,
} from './profile-form';
import { ProfilePreview } from './profile-preview';

/** /bibliotheken/nieuw (create) and /bibliotheken/:slug (edit, deactivate, reactivate). */
export function TenantFormPage() {
  const { slug } = useParams();
  return slug ? <EditTenant slug={slug} /> : <CreateTenant />;
}

function CreateTenant() {
  const { t } = useI18n();
  const client = useApi();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={t('tenants.new')} intro={t('tenants.newIntro')} />
      <BackLink />
      <TenantForm
        onSubmit={async (values) => {
          const { createTenant } = await client.request(CreateTenantMutation, {
            input: {
              ...profileInput(values),
              name: values.name.trim(),
              slug: values.slug.trim(),
              // The form refuses to submit without a province.
              province: values.province as Province,
            },
          });
          void navigate(`/bibliotheken/${createTenant.slug}`, { state: { created: true } });
        }}
      />
    </>
  );
}

function EditTenant({ slug }: { slug: string }) {
  const { t } = useI18n();
  const client = useApi();
  const location = useLocation();
  const query = useQuery(TenantQuery, { slug });
  const [notice, setNotice] = useState<'created' | 'saved' | null>(
    (location.state as { created?: boolean } | null)?.created ? 'created' : null,
  );
  const tenant = query.data?.tenant;
  if (!tenant)
    return (
      <>
        <PageHeader title={t('tenants.edit')} />
        <BackLink />
        {query.error !== undefined ? (
          <LoadError error={query.error} onRetry={() => void query.reload()} />
        ) : (
          <Loading />
        )}
      </>
    );
  return (
    <>
      <PageHeader
        title={tenant.name}
        intro={t('tenants.editIntro')}
        actions={
          <>
            <Link to={`/gebruikers?bibliotheek=${tenant.slug}`} className="button button--secondary">
              {t('nav.users')}
            </Link>
            <Link to={`/api-sleutels?bibliotheek=${tenant.slug}`} className="button button--secondary">
              {t('nav.apiKeys')}
            </Link>
          </>
        }
      />
      <BackLink />
      {notice && <Alert kind="success">{t(notice === 'created' ? 'tenants.created' : 'common.saved')}</Alert>}
      <TenantForm
        key={tenant.version}
        tenant={tenant}
        onReload={query.reload}
        onSubmit={async (values) => {
          setNotice(null);
          await client.request(UpdateTenantMutation, {
            id: tenant.id,
            input: {
              ...profileInput(values),
              name: values.name.trim(),
              province: values.province || undefined,
              version: tenant.version,
            },
          });
          await query.reload();
          setNotice('saved');
        }}
      />
      <TenantStatus tenant={tenant} onChanged={query.reload} />
    </>
  );
}

function BackLink() {
  const { t } = useI18n();
  return (
    <p className="back-link">
      <Link to="/bibliotheken">← {t('tenants.backToList')}</Link>
    </p>
  );
}

interface TenantFormProps {
  tenant?: TenantFieldsFragment;
  onSubmit: (values: TenantValues) => Promise<void>;
  onReload?: () => Promise<void>;
}

function TenantForm({ tenant, onSubmit, onReload }: TenantFormProps) {
  const { t } = useI18n();
  const [values, setValues] = useState<TenantValues>(tenant ? tenantValues(tenant) : EMPTY_TENANT);
  const [slugEdited, setSlugEdited] = useState(Boolean(tenant));
  const [missing, setMissing] = useState<Record<string, string>>({});
  const save = useMutation(onSubmit);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const required: Record<string, string> = {};
    if (!values.name.trim()) required['name'] = t('field.required');
    if (!values.slug.trim()) required['slug'] = t('field.required');
    if (!values.province) required['province'] = t('field.required');
    setMissing(required);
    if (Object.keys(required).length === 0) await save.run(values);
  };

  const change = (patch: Partial<TenantValues>) => setValues((v) => ({ ...v, ...patch }));
  const errors = { ...fieldErrors(save.error, t), ...missing };
  const stale = save.error instanceof ApiError && save.error.subCode === 'STALE_VERSION';

  return (
    <div className="with-aside">
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        {Object.keys(missing).length > 0 && <Alert kind="error">{t('error.code.BAD_USER_INPUT')}</Alert>}
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
        <fieldset className="fieldset fieldset--group">
          <legend>{t('tenants.group.organisation')}</legend>
          <TextField
            label={t('tenants.col.name')}
            required
            value={values.name}
            onChange={(name) => change(slugEdited ? { name } : { name, slug: slugify(name) })}
            error={errors['name']}
            autoComplete="off"
          />
          <div className="form-row">
            <TextField
              label={t('tenants.slug')}
              required
              hint={tenant ? t('tenants.slug.fixed') : t('tenants.slug.hint')}
              value={values.slug}
              onChange={(slug) => {
                setSlugEdited(true);
                change({ slug });
              }}
              error={errors['slug']}
              readOnly={Boolean(tenant)}
              autoComplete="off"
            />
            <SelectField
              label={t('tenants.province')}
              required
              value={values.province}
              onChange={(province) => change({ province: province as TenantValues['province'] })}
              error={errors['province']}
              options={[
                { value: '', label: t('tenants.chooseProvince') },
                ...PROVINCES.map((p) => ({ value: p, label: t(`province.${p}`) })),
              ]}
            />
          </div>
        </fieldset>
        <ProfileFields values={values} onChange={change} errors={errors} />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={save.loading}>
            {save.loading ? t('common.saving') : tenant ? t('common.save') : t('tenants.create')}
          </button>
        </div>
      </form>
      <ProfilePreview values={values} name={values.name} />
    </div>
  );
}

function TenantStatus({
  tenant,
  onChanged,
}: {
  tenant: TenantFieldsFragment;
  onChanged: () => Promise<void>;
}) {
  const { t, formatDateTime } = useI18n();
  const client = useApi();
  const [confirm, setConfirm] = useState(false);
  const active = tenant.active;
  return (
    <Section title={t('tenants.status')} id="tenant-status">
      <p>
        <Badge tone={active ? 'success' : 'neutral'}>{t(active ? 'status.active' : 'status.inactive')}</Badge>{' '}
        <span className="muted">{t('common.updatedAt', { date: formatDateTime(tenant.updatedAt) })}</span>
      </p>
      <p>{t(active ? 'tenants.deactivate.explain' : 'tenants.reactivate.explain')}</p>
      <button
        type="button"
        className={`button ${active ? 'button--danger' : 'button--secondary'}`}
        onClick={() => setConfirm(true)}
      >
        {t(active ? 'tenants.deactivate' : 'tenants.reactivate')}
      </button>
      <ConfirmDialog
        open={confirm}
        title={t(active ? 'tenants.deactivate.title' : 'tenants.reactivate.title', { name: tenant.name })}
        confirmLabel={t(active ? 'tenants.deactivate' : 'tenants.reactivate')}
        danger={active}
        onClose={() => setConfirm(false)}
        onConfirm={async () => {
          if (active) await client.request(DeactivateTenantMutation, { id: tenant.id });
          else await client.request(ReactivateTenantMutation, { id: tenant.id });
          await onChanged();
        }}
      >
        <p>{t(active ? 'tenants.deactivate.confirm' : 'tenants.reactivate.confirm')}</p>
      </ConfirmDialog>
    </Section>
  );
}
