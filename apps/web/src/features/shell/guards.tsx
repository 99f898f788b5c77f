import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useI18n } from '../../lib/i18n/i18n';
import { LoadError, Loading } from '../../ui/status';
import { useAuth, useCurrentUser } from '../auth/auth-context';
import { canAccess, type Area } from './access';
import { NoAccessPage } from './pages';

/** Shows its children only when someone is signed in; otherwise sends them to the login page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { state, retry } = useAuth();
  const location = useLocation();
  switch (state.status) {
    case 'loading':
      return (
        <div className="centered">
          <Loading label={t('auth.restoring')} />
        </div>
      );
    case 'error':
      return (
        <div className="centered">
          <LoadError error={state.error} onRetry={retry} />
        </div>
      );
    case 'anonymous':
      return <Navigate to="/inloggen" replace state={{ from: location.pathname + location.search }} />;
    case 'signed-in':
      return children;
  }
}

/** Shows its children only to roles that may use this area. */
export function RequireArea({ area, children }: { area: Area; children: ReactNode }) {
  const user = useCurrentUser();
  return canAccess(user.role, area) ? children : <NoAccessPage />;
}
