import type { Role } from '../gql/graphql';

export const ALL_ROLES: readonly Role[] = [
  'CENTRAL_ADMIN',
  'CENTRAL_EDITOR',
  'PROGRAMME_VIEWER',
  'LIBRARY_ADMIN',
  'LIBRARY_EDITOR',
];
export const CENTRAL_ROLES: readonly Role[] = ['CENTRAL_ADMIN', 'CENTRAL_EDITOR', 'PROGRAMME_VIEWER'];
export const LIBRARY_ROLES: readonly Role[] = ['LIBRARY_ADMIN', 'LIBRARY_EDITOR'];
export const ADMIN_ROLES: readonly Role[] = ['CENTRAL_ADMIN', 'LIBRARY_ADMIN'];

/**
 * The roles `role` may hand out, as `grantableRoles` in @bibliohub/contracts (the API enforces it;
 * the UI only offers what will be accepted).
 */
export function grantableRoles(role: Role): readonly Role[] {
  switch (role) {
    case 'CENTRAL_ADMIN':
      return ALL_ROLES;
    case 'LIBRARY_ADMIN':
      return LIBRARY_ROLES;
    case 'CENTRAL_EDITOR':
    case 'PROGRAMME_VIEWER':
    case 'LIBRARY_EDITOR':
      return [];
  }
}

export const isCentralRole = (role: Role): boolean => CENTRAL_ROLES.includes(role);
