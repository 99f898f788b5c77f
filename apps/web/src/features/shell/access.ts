import type { Role } from '../../gql/graphql';
import type { MessageKey } from '../../lib/i18n/nl';
import { ADMIN_ROLES, ALL_ROLES, CENTRAL_ROLES, isCentralRole } from '../../lib/roles';

/** The parts of the app; who may open which mirrors the API's access rules. */
export type Area = 'start' | 'tenants' | 'tenantAdmin' | 'users' | 'apiKeys' | 'profile' | 'account';

const AREA_ROLES: Record<Area, readonly Role[]> = {
  start: ALL_ROLES,
  tenants: CENTRAL_ROLES,
  tenantAdmin: ['CENTRAL_ADMIN'],
  users: ADMIN_ROLES,
  apiKeys: ADMIN_ROLES,
  profile: ['CENTRAL_ADMIN', 'LIBRARY_ADMIN', 'LIBRARY_EDITOR'],
  account: ALL_ROLES,
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
  { to: '/bibliotheken', label: 'nav.tenants', description: 'start.tenants', area: 'tenants' },
  { to: '/gebruikers', label: 'nav.users', description: 'start.users', area: 'users' },
  { to: '/api-sleutels', label: 'nav.apiKeys', description: 'start.apiKeys', area: 'apiKeys' },
  { to: '/account', label: 'nav.account', description: 'start.account', area: 'account' },
];

const LIBRARY_NAV: readonly NavItem[] = [
  { to: '/', label: 'nav.start', description: 'start.intro', area: 'start' },
  { to: '/profiel', label: 'nav.profile', description: 'start.profile', area: 'profile' },
  { to: '/gebruikers', label: 'nav.users', description: 'start.users', area: 'users' },
  { to: '/api-sleutels', label: 'nav.integrations', description: 'start.integrations', area: 'apiKeys' },
  { to: '/account', label: 'nav.account', description: 'start.account', area: 'account' },
];

/** The menu for a role: central roles manage libraries, library roles their own library. */
export function navigation(role: Role): NavItem[] {
  return (isCentralRole(role) ? CENTRAL_NAV : LIBRARY_NAV).filter((item) => canAccess(role, item.area));
}
