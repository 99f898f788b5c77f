import { useState, type FormEvent } from 'react';
import { errorMessage, fieldErrors } from '../../lib/error-messages';
import { useI18n } from '../../lib/i18n/i18n';
import { useMutation } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { TextField } from '../../ui/field';
import { PageHeader, Section } from '../../ui/page';
import { useAuth, useCurrentUser } from '../auth/auth-context';

const MIN_PASSWORD = 10;

/** Everyone: who am I, change my password, log out. */
export function AccountPage() {
  const { t, formatDateTime } = useI18n();
  const user = useCurrentUser();
  const { logout } = useAuth();
  return (
    <>
      <PageHeader title={t('account.title')} intro={t('account.intro')} />
      <div className="grid-2">
        <Section title={t('account.details')} id="account-details">
          <dl className="facts">
            <dt>{t('users.name')}</dt>
            <dd>{user.name}</dd>
            <dt>{t('users.email')}</dt>
            <dd className="break">{user.email}</dd>
            <dt>{t('users.role')}</dt>
            <dd>{t(`role.${user.role}`)}</dd>
            <dt>{t('users.organisation')}</dt>
            <dd>{user.tenant.name}</dd>
            {user.lastLoginAt && (
              <>
                <dt>{t('users.lastLogin')}</dt>
                <dd>{formatDateTime(user.lastLoginAt)}</dd>
              </>
            )}
          </dl>
          <button type="button" className="button button--secondary" onClick={() => void logout()}>
            {t('shell.logout')}
          </button>
        </Section>
        <Section title={t('account.changePassword')} id="change-password">
          <ChangePasswordForm />
        </Section>
      </div>
    </>
  );
}

function ChangePasswordForm() {
  const { t } = useI18n();
  const { changePassword } = useAuth();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);
  const change = useMutation(async (currentPassword: string, newPassword: string) => {
    await changePassword(currentPassword, newPassword);
    return true;
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const found: Record<string, string> = {};
    if (!current) found['currentPassword'] = t('field.required');
    if (next.length < MIN_PASSWORD) found['newPassword'] = t('field.newPassword.length');
    if (repeat !== next) found['repeat'] = t('account.passwordsDiffer');
    setProblems(found);
    if (Object.keys(found).length) return;
    if (await change.run(current, next)) {
      setCurrent('');
      setNext('');
      setRepeat('');
      setDone(true);
    }
  };

  const errors = { ...fieldErrors(change.error, t), ...problems };
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      {done && <Alert kind="success">{t('account.passwordChanged')}</Alert>}
      {change.error !== undefined && <Alert kind="error">{errorMessage(change.error, t)}</Alert>}
      <TextField
        label={t('account.currentPassword')}
        type="password"
        required
        autoComplete="current-password"
        value={current}
        onChange={setCurrent}
        error={errors['currentPassword']}
      />
      <TextField
        label={t('account.newPassword')}
        type="password"
        required
        autoComplete="new-password"
        hint={t('account.newPassword.hint')}
        value={next}
        onChange={setNext}
        error={errors['newPassword']}
      />
      <TextField
        label={t('account.repeatPassword')}
        type="password"
        required
        autoComplete="new-password"
        value={repeat}
        onChange={setRepeat}
        error={errors['repeat']}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={change.loading}>
          {change.loading ? t('common.saving') : t('account.changePassword')}
        </button>
      </div>
    </form>
  );
}
