import { TenantKind } from './tenancy.js';

/** User roles. Central roles belong to the CENTRAL tenant, library roles to a LIBRARY tenant. */
export enum Role {
  CENTRAL_ADMIN = 'CENTRAL_ADMIN',
  CENTRAL_EDITOR = 'CENTRAL_EDITOR',
  PROGRAMME_VIEWER = 'PROGRAMME_VIEWER',
  LIBRARY_ADMIN = 'LIBRARY_ADMIN',
  LIBRARY_EDITOR = 'LIBRARY_EDITOR',
}

export const CENTRAL_ROLES: readonly Role[] = [
  Role.CENTRAL_ADMIN,
  Role.CENTRAL_EDITOR,
  Role.PROGRAMME_VIEWER,
];
export const LIBRARY_ROLES: readonly Role[] = [Role.LIBRARY_ADMIN, Role.LIBRARY_EDITOR];

export function tenantKindOf(role: Role): TenantKind {
  return CENTRAL_ROLES.includes(role) ? TenantKind.CENTRAL : TenantKind.LIBRARY;
}

/**
 * Which roles a user with `role` may hand out (create, promote, demote). Nobody grants above their
 * own: a central admin grants any role; a library admin grants library roles in its own library.
 */
export function grantableRoles(role: Role): readonly Role[] {
  switch (role) {
    case Role.CENTRAL_ADMIN:
      return Object.values(Role);
    case Role.LIBRARY_ADMIN:
      return LIBRARY_ROLES;
    case Role.CENTRAL_EDITOR:
    case Role.PROGRAMME_VIEWER:
    case Role.LIBRARY_EDITOR:
      return [];
  }
}
