import { useEffect, useState, type FormEvent } from 'react';
import { Navigate, useLocation } from 'react-router';
import { errorMessage, fieldErrors } from '../../lib/error-messages';
import { useI18n } from '../../lib/i18n/i18n';
import { useMutation } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { TextField } from '../../ui/field';
import { LanguageSwitch } from '../shell/language-switch';
import { Logo } from '../shell/logo';
import { useAuth } from './auth-context';

export function LoginPage() {
  const { t } = useI18n();
  const { state, login } = useAuth();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const attempt = useMutation(login);

  useEffect(() => {
    document.title = `${t('login.title')} – ${t('app.name')}`;
  }, [t]);

  if (state.status === 'signed-in') {
    const from = (location.state as { from?: string } | null)?.from;
    return <Navigate to={from && from !== '/inloggen' ? from : '/'} replace />;
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const required: Record<string, string> = {};
    if (!email.trim()) required['email'] = t('field.email.required');
    if (!password) required['password'] = t('field.password.required');
    setMissing(required);
    if (Object.keys(required).length === 0) void attempt.run(email.trim(), password);
  };

  const errors = { ...fieldErrors(attempt.error, t), ...missing };
  const expired = state.status === 'anonymous' && state.expired;

  return (
    <div className="login">
      <header className="login__top">
        <span className="brand brand--dark">
          <Logo />
          <span className="brand__name">{t('app.name')}</span>
        </span>
        <LanguageSwitch />
      </header>
      <main id="inhoud" className="login__main">
        <div className="login__card">
          <h1>{t('login.title')}</h1>
          <p className="muted">{t('login.intro')}</p>
          {expired && attempt.error === undefined && <Alert kind="info">{t('login.expired')}</Alert>}
          {attempt.error !== undefined && <Alert kind="error">{errorMessage(attempt.error, t)}</Alert>}
          <form className="form" onSubmit={submit} noValidate>
            <TextField
              label={t('login.email')}
              type="email"
              required
              autoComplete="username"
              value={email}
              onChange={setEmail}
              error={errors['email']}
            />
            <TextField
              label={t('login.password')}
              type="password"
              required
              autoComplete="current-password"
              value={password}
              onChange={setPassword}
              error={errors['password']}
            />
            <button type="submit" className="button button--primary button--block" disabled={attempt.loading}>
              {attempt.loading ? t('login.busy') : t('login.submit')}
            </button>
          </form>
          <p className="login__help">{t('login.help')}</p>
        </div>
      </main>
    </div>
  );
}
