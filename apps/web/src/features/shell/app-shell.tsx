import { useEffect, useRef, useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useI18n } from '../../lib/i18n/i18n';
import { useAuth, useCurrentUser } from '../auth/auth-context';
import { NotificationBell, UnreadNotificationsProvider } from '../notifications/unread-notifications';
import { navigation } from './access';
import { LanguageSwitch } from './language-switch';
import { Logo } from './logo';

/** Header, role-dependent navigation and the main landmark around every signed-in page. */
export function AppShell() {
  const { t } = useI18n();
  const { logout } = useAuth();
  const user = useCurrentUser();
  const location = useLocation();
  // The small-screen menu stays open only on the page where it was opened: navigating closes it.
  const [menuOpenAt, setMenuOpenAt] = useState<string | null>(null);
  const menuOpen = menuOpenAt === location.pathname;
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After navigating, move focus to the new page's content.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);

  return (
    <UnreadNotificationsProvider>
      <div className="shell">
        <a className="skip-link" href="#inhoud">
          {t('shell.skipToContent')}
        </a>
        <header className="topbar">
          <NavLink to="/" className="brand" aria-label={t('shell.home')}>
            <Logo />
            <span className="brand__name">{t('app.name')}</span>
          </NavLink>
          <div className="topbar__end">
            <NotificationBell />
            <LanguageSwitch />
            <button
              type="button"
              className="menu-toggle"
              aria-expanded={menuOpen}
              aria-controls="hoofdmenu"
              onClick={() => setMenuOpenAt(menuOpen ? null : location.pathname)}
            >
              <span className="menu-toggle__icon" aria-hidden="true" />
              {t('shell.menu')}
            </button>
          </div>
        </header>
        <div className="layout">
          <nav
            id="hoofdmenu"
            className={`sidenav ${menuOpen ? 'sidenav--open' : ''}`}
            aria-label={t('shell.mainMenu')}
          >
            <ul className="sidenav__list">
              {navigation(user.role).map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.to === '/'} className="sidenav__link">
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
            <div className="sidenav__user">
              <p className="sidenav__name">{user.name}</p>
              <p className="sidenav__meta">
                {t(`role.${user.role}`)}
                <br />
                {user.tenant.name}
              </p>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => void logout()}
              >
                {t('shell.logout')}
              </button>
            </div>
          </nav>
          <main id="inhoud" className="main" tabIndex={-1} ref={main}>
            <Outlet />
          </main>
        </div>
      </div>
    </UnreadNotificationsProvider>
  );
}
