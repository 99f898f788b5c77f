import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { AccountPage } from './features/account/account-page';
import { ApiKeysPage } from './features/api-keys/api-keys-page';
import { LoginPage } from './features/auth/login-page';
import { AssetPage } from './features/assets/asset-page';
import { AssetsPage } from './features/assets/assets-page';
import { BrandKitPage } from './features/assets/brand-kit-page';
import { ContentPage } from './features/content/content-page';
import { PostEditorPage } from './features/content/post-editor-page';
import { PostUsagePage } from './features/content/post-usage-page';
import { ThemesPage } from './features/content/themes-page';
import { UsagePage } from './features/content/usage-page';
import { FeedPage } from './features/feed/feed-page';
import { SubscriptionPage } from './features/feed/subscription-page';
import { NotificationsPage } from './features/notifications/notifications-page';
import { AppShell } from './features/shell/app-shell';
import type { Area } from './features/shell/access';
import { RequireArea, RequireAuth } from './features/shell/guards';
import { NotFoundPage, StartPage } from './features/shell/pages';
import { ReviewPage } from './features/submissions/review-page';
import { ReviewQueuePage } from './features/submissions/review-queue-page';
import { SubmissionPage } from './features/submissions/submission-page';
import { SubmissionsPage } from './features/submissions/submissions-page';
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
        {guarded('berichten', 'content', <ContentPage />)}
        {guarded('berichten/nieuw', 'contentEdit', <PostEditorPage />)}
        {guarded('berichten/:id', 'contentEdit', <PostEditorPage />)}
        {guarded('berichten/:id/gebruik', 'content', <PostUsagePage />)}
        {guarded('themas', 'contentEdit', <ThemesPage />)}
        {guarded('beeldmateriaal', 'assets', <AssetsPage />)}
        {guarded('beeldmateriaal/:id', 'assets', <AssetPage />)}
        {guarded('huisstijl', 'assets', <BrandKitPage />)}
        {guarded('beoordelen', 'review', <ReviewQueuePage />)}
        {guarded('beoordelen/:id', 'review', <ReviewPage />)}
        {guarded('gebruik', 'usage', <UsagePage />)}
        {guarded('feed', 'feed', <FeedPage />)}
        {guarded('abonnement', 'feed', <SubscriptionPage />)}
        {guarded('inzendingen', 'submissions', <SubmissionsPage />)}
        {guarded('inzendingen/nieuw', 'submissions', <SubmissionPage />)}
        {guarded('inzendingen/:id', 'submissions', <SubmissionPage />)}
        {guarded('meldingen', 'notifications', <NotificationsPage />)}
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

/** A route only the roles of `area` may open (others see "Geen toegang"). */
function guarded(path: string, area: Area, element: ReactNode) {
  return <Route path={path} element={<RequireArea area={area}>{element}</RequireArea>} />;
}
