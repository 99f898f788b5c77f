import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { Role, UserFieldsFragment } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { ApiError } from '../../lib/api-error';
import { errorMessage, fieldErrors } from '../../lib/error-messages';
import { useI18n } from '../../lib/i18n/i18n';
import { CENTRAL_ROLES, LIBRARY_ROLES, grantableRoles } from '../../lib/roles';
import { useMutation, useQuery } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { SelectField, TextField } from '../../ui/field';
import { PageHeader, Section } from '../../ui/page';
import { Badge, LoadError, Loading } from '../../ui/status';
import { useCurrentUser } from '../auth/auth-context';
import { DisableUserMutation, EnableUserMutation, UpdateUserMutation, UserQuery } from './operations';

/** One user: details, name and role (with the optimistic version), and disabling. */
export function UserPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const location = useLocation();
  const query = useQuery(UserQuery, { id });
  const [notice, setNotice] = useState<'created' | 'saved' | null>(
    (location.state as { created?: boolean } | null)?.created ? 'created' : null,
  );
  const user = query.data?.user;
  const back = (
    <p className="back-link">
      <Link to="/gebruikers">← {t('users.backToList')}</Link>
    </p>
  );
  if (!user)
    return (
      <>
        <PageHeader title={t('users.user')} />
        {back}
        {query.error !== undefined ? (
          <LoadError error={query.error} onRetry={() => void query.reload()} />
        ) : (
          <Loading />
        )}
      </>
    );
  return (
    <>
      <PageHeader title={user.name} intro={`${user.email} · ${user.tenant.name}`} />
      {back}
      {notice && <Alert kind="success">{t(notice === 'created' ? 'users.created' : 'common.saved')}</Alert>}
      <UserForm
        key={user.version}
        user={user}
        onReload={query.reload}
        onSaved={async () => {
          await query.reload();
          setNotice('saved');
        }}
      />
      <UserStatus user={user} onChanged={query.reload} />
    </>
  );
}

interface UserFormProps {
  user: UserFieldsFragment;
  onSaved: () => Promise<void>;
  onReload: () => Promise<void>;
}

function UserForm({ user, onSaved, onReload }: UserFormProps) {
  const { t, formatDateTime } = useI18n();
  const client = useApi();
  const me = useCurrentUser();
  const self = me.id === user.id;
  // A user keeps to roles of their own kind of organisation.
  const fitting = user.tenant.kind === 'CENTRAL' ? CENTRAL_ROLES : LIBRARY_ROLES;
  const grantable = grantableRoles(me.role).filter((r) => fitting.includes(r));
  const [name, setName] = useState(user.name);
  const [role, setRole] = useState<Role>(user.role);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const save = useMutation(async () => {
    await client.request(UpdateUserMutation, {
      id: user.id,
      input: { name: name.trim(), ...(role !== user.role ? { role } : {}), version: user.version },
    });
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
  const roleOptions = (grantable.includes(user.role) ? grantable : [user.role, ...grantable]).map((r) => ({
    value: r,
    label: t(`role.${r}`),
  }));

  return (
    <div className="with-aside">
      <form className="form" onSubmit={submit} noValidate>
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
        <TextField label={t('users.name')} required value={name} onChange={setName} error={errors['name']} />
        <SelectField
          label={t('users.role')}
          required
          value={role}
          onChange={(value) => setRole(value as Role)}
          options={roleOptions}
          disabled={self}
          error={errors['role']}
          hint={self ? t('users.ownRole') : t('users.role.changeHint')}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={save.loading}>
            {save.loading ? t('common.saving') : t('common.save')}
          </button>
        </div>
      </form>
      <aside className="card facts" aria-label={t('users.details')}>
        <dl>
          <dt>{t('users.email')}</dt>
          <dd className="break">{user.email}</dd>
          <dt>{t('users.organisation')}</dt>
          <dd>{user.tenant.name}</dd>
          <dt>{t('users.createdAt')}</dt>
          <dd>{formatDateTime(user.createdAt)}</dd>
          <dt>{t('users.lastLogin')}</dt>
          <dd>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('users.neverLoggedIn')}</dd>
        </dl>
      </aside>
    </div>
  );
}

function UserStatus({ user, onChanged }: { user: UserFieldsFragment; onChanged: () => Promise<void> }) {
  const { t } = useI18n();
  const client = useApi();
  const me = useCurrentUser();
  const [confirm, setConfirm] = useState(false);
  const disabled = user.disabled;
  return (
    <Section title={t('users.status')} id="user-status">
      <p>
        <Badge tone={disabled ? 'danger' : 'success'}>
          {t(disabled ? 'users.disabled' : 'users.enabled')}
        </Badge>
      </p>
      {me.id === user.id ? (
        <p className="muted">{t('users.ownAccount')}</p>
      ) : (
        <>
          <p>{t(disabled ? 'users.enable.explain' : 'users.disable.explain')}</p>
          <button
            type="button"
            className={`button ${disabled ? 'button--secondary' : 'button--danger'}`}
            onClick={() => setConfirm(true)}
          >
            {t(disabled ? 'users.enable' : 'users.disable')}
          </button>
          <ConfirmDialog
            open={confirm}
            title={t(disabled ? 'users.enable.title' : 'users.disable.title', { name: user.name })}
            confirmLabel={t(disabled ? 'users.enable' : 'users.disable')}
            danger={!disabled}
            onClose={() => setConfirm(false)}
            onConfirm={async () => {
              if (disabled) await client.request(EnableUserMutation, { id: user.id });
              else await client.request(DisableUserMutation, { id: user.id });
              await onChanged();
            }}
          >
            <p>{t(disabled ? 'users.enable.confirm' : 'users.disable.confirm', { name: user.name })}</p>
          </ConfirmDialog>
        </>
      )}
    </Section>
  );
}
