import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { AppShell } from './features/shell/app-shell';
import type { Area } from './features/shell/access';
import { RequireArea, RequireAuth } from './features/shell/guards';
import { NotFoundPage, StartPage } from './features/shell/pages';
import { Loading } from './ui/status';

/**
 * A page loaded only when it is first opened: each feature is its own chunk, so the first load
 * carries the shell and the start page, not every screen (and the charting library) of the app.
 */
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const LoginPage = lazyPage(() => import('./features/auth/login-page'), 'LoginPage');
const AccountPage = lazyPage(() => import('./features/account/account-page'), 'AccountPage');
const ApiKeysPage = lazyPage(() => import('./features/api-keys/api-keys-page'), 'ApiKeysPage');
const AssetPage = lazyPage(() => import('./features/assets/asset-page'), 'AssetPage');
const AssetsPage = lazyPage(() => import('./features/assets/assets-page'), 'AssetsPage');
const BrandKitPage = lazyPage(() => import('./features/assets/brand-kit-page'), 'BrandKitPage');
const ContentPage = lazyPage(() => import('./features/content/content-page'), 'ContentPage');
const ImportPage = lazyPage(() => import('./features/content/import-page'), 'ImportPage');
const PostEditorPage = lazyPage(() => import('./features/content/post-editor-page'), 'PostEditorPage');
const PostUsagePage = lazyPage(() => import('./features/content/post-usage-page'), 'PostUsagePage');
const ThemesPage = lazyPage(() => import('./features/content/themes-page'), 'ThemesPage');
const UsagePage = lazyPage(() => import('./features/content/usage-page'), 'UsagePage');
const DashboardPage = lazyPage(() => import('./features/dashboard/dashboard-page'), 'DashboardPage');
const ProgrammeSettingsPage = lazyPage(
  () => import('./features/dashboard/settings-page'),
  'ProgrammeSettingsPage',
);
const FeedPage = lazyPage(() => import('./features/feed/feed-page'), 'FeedPage');
const OverridePage = lazyPage(() => import('./features/feed/override-page'), 'OverridePage');
const SubscriptionPage = lazyPage(() => import('./features/feed/subscription-page'), 'SubscriptionPage');
const NotificationsPage = lazyPage(
  () => import('./features/notifications/notifications-page'),
  'NotificationsPage',
);
const EvidenceQueuePage = lazyPage(
  () => import('./features/programme/evidence-queue-page'),
  'EvidenceQueuePage',
);
const LibraryProgrammePage = lazyPage(
  () => import('./features/programme/library-programme-page'),
  'LibraryProgrammePage',
);
const NetworksPage = lazyPage(() => import('./features/programme/networks-page'), 'NetworksPage');
const PresencePage = lazyPage(() => import('./features/programme/presence-page'), 'PresencePage');
const ProgrammePage = lazyPage(() => import('./features/programme/programme-page'), 'ProgrammePage');
const StrategyPage = lazyPage(() => import('./features/programme/strategy-page'), 'StrategyPage');
const TrainingsPage = lazyPage(() => import('./features/programme/trainings-page'), 'TrainingsPage');
const ReviewPage = lazyPage(() => import('./features/submissions/review-page'), 'ReviewPage');
const ReviewQueuePage = lazyPage(() => import('./features/submissions/review-queue-page'), 'ReviewQueuePage');
const SubmissionPage = lazyPage(() => import('./features/submissions/submission-page'), 'SubmissionPage');
const SubmissionsPage = lazyPage(() => import('./features/submissions/submissions-page'), 'SubmissionsPage');
const ProfilePage = lazyPage(() => import('./features/tenants/profile-page'), 'ProfilePage');
const TenantFormPage = lazyPage(() => import('./features/tenants/tenant-form-page'), 'TenantFormPage');
const TenantsPage = lazyPage(() => import('./features/tenants/tenants-page'), 'TenantsPage');
const UserPage = lazyPage(() => import('./features/users/user-page'), 'UserPage');
const UsersPage = lazyPage(() => import('./features/users/users-page'), 'UsersPage');

/** Every route of the app; paths are Dutch, like the people who use it. */
export function App() {
  return (
    <Routes>
      <Route
        path="/inloggen"
        element={
          <Suspense
            fallback={
              <div className="centered">
                <Loading />
              </div>
            }
          >
            <LoginPage />
          </Suspense>
        }
      />
      <Route
        element={
          <RequireAuth>
            <AppShell />
          </RequireAuth>
        }
      >
        <Route index element={<StartPage />} />
        {guarded('dashboard', 'dashboard', <DashboardPage />)}
        {guarded('dashboard/bibliotheken/:tenantId', 'dashboard', <LibraryProgrammePage />)}
        {guarded('dashboard/instellingen', 'programmeSettings', <ProgrammeSettingsPage />)}
        {guarded('bewijs', 'evidence', <EvidenceQueuePage />)}
        {guarded('berichten', 'content', <ContentPage />)}
        {guarded('berichten/nieuw', 'contentEdit', <PostEditorPage />)}
        {guarded('berichten/importeren', 'contentEdit', <ImportPage />)}
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
        {guarded('feed/:id/eigen-versie', 'feed', <OverridePage />)}
        {guarded('abonnement', 'feed', <SubscriptionPage />)}
        {guarded('inzendingen', 'submissions', <SubmissionsPage />)}
        {guarded('inzendingen/nieuw', 'submissions', <SubmissionPage />)}
        {guarded('inzendingen/:id', 'submissions', <SubmissionPage />)}
        {guarded('programma', 'programme', <ProgrammePage />)}
        {guarded('programma/trainingen', 'programme', <TrainingsPage />)}
        {guarded('programma/strategie', 'programme', <StrategyPage />)}
        {guarded('programma/aanwezigheid', 'programme', <PresencePage />)}
        {guarded('programma/netwerken', 'programme', <NetworksPage />)}
        {guarded('meldingen', 'notifications', <NotificationsPage />)}
        {guarded('bibliotheken', 'tenants', <TenantsPage />)}
        {guarded('bibliotheken/nieuw', 'tenantAdmin', <TenantFormPage />)}
        {guarded('bibliotheken/:slug', 'tenantAdmin', <TenantFormPage />)}
        {guarded('gebruikers', 'users', <UsersPage />)}
        {guarded('gebruikers/:id', 'users', <UserPage />)}
        {guarded('api-sleutels', 'apiKeys', <ApiKeysPage />)}
        {guarded('profiel', 'profile', <ProfilePage />)}
        {guarded('account', 'account', <AccountPage />)}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

/**
 * A route only the roles of `area` may open (others see "Geen toegang"); its page loads on first
 * use, with "Laden…" meanwhile.
 */
function guarded(path: string, area: Area, element: ReactNode) {
  return (
    <Route
      path={path}
      element={
        <RequireArea area={area}>
          <Suspense fallback={<Loading />}>{element}</Suspense>
        </RequireArea>
      }
    />
  );
}
