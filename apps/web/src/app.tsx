import { Route, Routes } from 'react-router';
import { AccountPage } from './features/account/account-page';
import { ApiKeysPage } from './features/api-keys/api-keys-page';
import { LoginPage } from './features/auth/login-page';
import { AppShell } from './features/shell/app-shell';
import { RequireArea, RequireAuth } from './features/shell/guards';
import { NotFoundPage, StartPage } from './features/shell/pages';
import { ProfilePage } from './features/tenants/profile-page';
import { TenantFormPage } from './features/tenants/tenant-form-page';
import { TenantsPage } from './features/tenants/tenants-page';
import { UserPage } from './features/users/user-page';
import { UsersPage } from './features/users/users-page';

/** Every route of the app; paths are Dutch, like the people who use it. */
export function App() {
  return (
    <Routes>
      <Route path="/inloggen" element={<LoginPage />} />
      <Route
        element={
          <RequireAuth>
            <AppShell />
          </RequireAuth>
        }
      >
        <Route index element={<StartPage />} />
        <Route
          path="bibliotheken"
          element={
            <RequireArea area="tenants">
              <TenantsPage />
            </RequireArea>
          }
        />
        <Route
          path="bibliotheken/nieuw"
          element={
            <RequireArea area="tenantAdmin">
              <TenantFormPage />
            </RequireArea>
          }
        />
        <Route
          path="bibliotheken/:slug"
          element={
            <RequireArea area="tenantAdmin">
              <TenantFormPage />
            </RequireArea>
          }
        />
        <Route
          path="gebruikers"
          element={
            <RequireArea area="users">
              <UsersPage />
            </RequireArea>
          }
        />
        <Route
          path="gebruikers/:id"
          element={
            <RequireArea area="users">
              <UserPage />
            </RequireArea>
          }
        />
        <Route
          path="api-sleutels"
          element={
            <RequireArea area="apiKeys">
              <ApiKeysPage />
            </RequireArea>
          }
        />
        <Route
          path="profiel"
          element={
            <RequireArea area="profile">
              <ProfilePage />
            </RequireArea>
          }
        />
        <Route path="account" element={<AccountPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
