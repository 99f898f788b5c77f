import type { Role } from '../../gql/graphql';
import type { MessageKey } from '../../lib/i18n/nl';
import { ADMIN_ROLES, ALL_ROLES, CENTRAL_ROLES, LIBRARY_ROLES, isCentralRole } from '../../lib/roles';

/** The parts of the app; who may open which mirrors the API's access rules. */
export type Area =
  | 'start'
  | 'content'
  | 'contentEdit'
  | 'assets'
  | 'review'
  | 'usage'
  | 'feed'
  | 'submissions'
  | 'notifications'
  | 'tenants'
  | 'tenantAdmin'
  | 'users'
  | 'apiKeys'
  | 'profile'
  | 'account'
  | 'dashboard'
  | 'programmeSettings'
  | 'evidence'
  | 'evidenceReview'
  | 'programme';

const EDITORS: readonly Role[] = ['CENTRAL_ADMIN', 'CENTRAL_EDITOR'];

const AREA_ROLES: Record<Area, readonly Role[]> = {
  start: ALL_ROLES,
  content: CENTRAL_ROLES,
  contentEdit: EDITORS,
  assets: ALL_ROLES,
  review: EDITORS,
  usage: CENTRAL_ROLES,
  feed: LIBRARY_ROLES,
  submissions: LIBRARY_ROLES,
  notifications: ALL_ROLES,
  tenants: CENTRAL_ROLES,
  tenantAdmin: ['CENTRAL_ADMIN'],
  users: ADMIN_ROLES,
  apiKeys: ADMIN_ROLES,
  profile: ['CENTRAL_ADMIN', 'LIBRARY_ADMIN', 'LIBRARY_EDITOR'],
  account: ALL_ROLES,
  dashboard: CENTRAL_ROLES,
  // Criteria and targets change every library's phase status: the API lets only central admins.
  programmeSettings: ['CENTRAL_ADMIN'],
  // Programme viewers follow the evidence queue; only editors and admins verify or reject.
  evidence: CENTRAL_ROLES,
  evidenceReview: EDITORS,
  programme: LIBRARY_ROLES,
};

export const canAccess = (role: Role, area: Area): boolean => AREA_ROLES[area].includes(role);

export interface NavItem {
  to: string;
  label: MessageKey;
  /** One line on the start page. */
  description: MessageKey;
  area: Area;
}

const CENTRAL_NAV: readonly NavItem[] = [
  { to: '/', label: 'nav.start', description: 'start.intro', area: 'start' },
  { to: '/dashboard', label: 'nav.dashboard', description: 'start.dashboard', area: 'dashboard' },
  { to: '/berichten', label: 'nav.content', description: 'start.content', area: 'content' },
  { to: '/beeldmateriaal', label: 'nav.assets', description: 'start.assets', area: 'assets' },
  { to: '/huisstijl', label: 'nav.brandKit', description: 'start.brandKit', area: 'assets' },
  { to: '/themas', label: 'nav.themes', description: 'start.themes', area: 'contentEdit' },
  { to: '/beoordelen', label: 'nav.review', description: 'start.review', area: 'review' },
  { to: '/bewijs', label: 'nav.evidence', description: 'start.evidence', area: 'evidence' },
  { to: '/gebruik', label: 'nav.usage', description: 'start.usage', area: 'usage' },
  { to: '/bibliotheken', label: 'nav.tenants', description: 'start.tenants', area: 'tenants' },
  { to: '/gebruikers', label: 'nav.users', description: 'start.users', area: 'users' },
  { to: '/api-sleutels', label: 'nav.apiKeys', description: 'start.apiKeys', area: 'apiKeys' },
  { to: '/account', label: 'nav.account', description: 'start.account', area: 'account' },
];

const LIBRARY_NAV: readonly NavItem[] = [
  { to: '/', label: 'nav.start', description: 'start.intro', area: 'start' },
  { to: '/feed', label: 'nav.feed', description: 'start.feed', area: 'feed' },
  { to: '/beeldmateriaal', label: 'nav.assets', description: 'start.assetsLibrary', area: 'assets' },
  { to: '/huisstijl', label: 'nav.brandKit', description: 'start.brandKitLibrary', area: 'assets' },
  { to: '/abonnement', label: 'nav.subscription', description: 'start.subscription', area: 'feed' },
  { to: '/inzendingen', label: 'nav.submissions', description: 'start.submissions', area: 'submissions' },
  { to: '/programma', label: 'nav.programme', description: 'start.programme', area: 'programme' },
  { to: '/profiel', label: 'nav.profile', description: 'start.profile', area: 'profile' },
  { to: '/gebruikers', label: 'nav.users', description: 'start.users', area: 'users' },
  { to: '/api-sleutels', label: 'nav.integrations', description: 'start.integrations', area: 'apiKeys' },
  { to: '/account', label: 'nav.account', description: 'start.account', area: 'account' },
];

/** The menu for a role: central roles manage content and libraries, library roles their own library. */
export function navigation(role: Role): NavItem[] {
  return (isCentralRole(role) ? CENTRAL_NAV : LIBRARY_NAV).filter((item) => canAccess(role, item.area));
}
