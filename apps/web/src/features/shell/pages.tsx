import { Link } from 'react-router';
import { useI18n } from '../../lib/i18n/i18n';
import { PageHeader } from '../../ui/page';
import { useCurrentUser } from '../auth/auth-context';
import { navigation } from './access';

export function StartPage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const items = navigation(user.role).filter((item) => item.to !== '/');
  return (
    <>
      <PageHeader
        title={t('start.title', { name: user.name.split(' ')[0] ?? user.name })}
        intro={t('start.intro', { tenant: user.tenant.name })}
      />
      <ul className="tiles">
        {items.map((item) => (
          <li key={item.to}>
            <Link to={item.to} className="tile">
              <span className="tile__title">{t(item.label)}</span>
              <span className="tile__text">{t(item.description)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('notFound.title')} intro={t('notFound.text')} />
      <Link to="/" className="button button--primary">
        {t('notFound.home')}
      </Link>
    </>
  );
}

export function NoAccessPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('noAccess.title')} intro={t('noAccess.text')} />
      <Link to="/" className="button button--primary">
        {t('notFound.home')}
      </Link>
    </>
  );
}
