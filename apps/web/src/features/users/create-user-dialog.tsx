import { useState, type FormEvent } from 'react';
import type { Role, UserFieldsFragment } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { errorMessage, fieldErrors } from '../../lib/error-messages';
import { useI18n } from '../../lib/i18n/i18n';
import { grantableRoles, isCentralRole } from '../../lib/roles';
import { useMutation } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { Dialog } from '../../ui/dialog';
import { SelectField, TextField } from '../../ui/field';
import { useCurrentUser } from '../auth/auth-context';
import { LibrarySelect, type LibraryOption } from '../tenants/library-select';
import { CreateUserMutation } from './operations';

interface CreateUserDialogProps {
  open: boolean;
  onClose: () => void;
  onCreated: (user: UserFieldsFragment) => void;
  /** Central admins: the libraries to choose from. */
  libraries: readonly LibraryOption[] | undefined;
  defaultLibrary: string;
}

export function CreateUserDialog({ open, onClose, ...rest }: CreateUserDialogProps) {
  const { t } = useI18n();
  return (
    <Dialog open={open} title={t('users.new')} onClose={onClose}>
      <CreateUserForm onCancel={onClose} {...rest} />
    </Dialog>
  );
}

function CreateUserForm({
  onCancel,
  onCreated,
  libraries,
  defaultLibrary,
}: Omit<CreateUserDialogProps, 'open' | 'onClose'> & { onCancel: () => void }) {
  const { t } = useI18n();
  const client = useApi();
  const me = useCurrentUser();
  const roles = grantableRoles(me.role);
  const central = me.tenant.kind === 'CENTRAL';
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>(central ? 'LIBRARY_ADMIN' : 'LIBRARY_EDITOR');
  const [library, setLibrary] = useState(defaultLibrary);
  const [missing, setMissing] = useState<Record<string, string>>({});
  // Central roles belong to the national office; library roles to the chosen library.
  const needsLibrary = central && !isCentralRole(role);

  const create = useMutation(async () => {
    const tenantId = needsLibrary ? libraries?.find((l) => l.slug === library)?.id : undefined;
    const { createUser } = await client.request(CreateUserMutation, {
      input: { name: name.trim(), email: email.trim(), password, role, tenantId },
    });
    return createUser;
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const required: Record<string, string> = {};
    if (!name.trim()) required['name'] = t('field.required');
    if (!email.trim()) required['email'] = t('field.required');
    if (!password) required['password'] = t('field.required');
    if (needsLibrary && !library) required['tenantId'] = t('field.required');
    setMissing(required);
    if (Object.keys(required).length) return;
    const created = await create.run();
    if (created) onCreated(created);
  };

  const errors = { ...fieldErrors(create.error, t), ...missing };
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      {create.error !== undefined && <Alert kind="error">{errorMessage(create.error, t)}</Alert>}
      <TextField
        label={t('users.name')}
        required
        value={name}
        onChange={setName}
        error={errors['name']}
        autoComplete="off"
      />
      <TextField
        label={t('users.email')}
        type="email"
        required
        value={email}
        onChange={setEmail}
        error={errors['email']}
        autoComplete="off"
      />
      <TextField
        label={t('users.initialPassword')}
        type="password"
        required
        hint={t('users.initialPassword.hint')}
        value={password}
        onChange={setPassword}
        error={errors['password']}
        autoComplete="new-password"
      />
      <SelectField
        label={t('users.role')}
        required
        value={role}
        onChange={(value) => setRole(value as Role)}
        error={errors['role']}
        hint={t('users.role.hint')}
        options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
      />
      {needsLibrary && (
        <LibrarySelect
          libraries={libraries}
          value={library}
          onChange={setLibrary}
          emptyLabel={t('common.chooseLibrary')}
          required
          error={errors['tenantId']}
        />
      )}
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={create.loading}>
          {create.loading ? t('common.saving') : t('users.create')}
        </button>
      </div>
    </form>
  );
}
