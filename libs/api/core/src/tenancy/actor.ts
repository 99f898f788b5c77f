import { Role, TenantKind, type ApiScope } from '@bibliohub/contracts';

/** Who is calling, as verified from an access token or an API key. Services take it explicitly. */
export interface Actor {
  kind: 'USER' | 'API_KEY';
  /** The user's or the API key's id. */
  id: string;
  tenantId: string;
  tenantKind: TenantKind;
  /** Users only. */
  role?: Role;
  /** API keys only. */
  scopes: readonly ApiScope[];
}

/** The database-side view of an actor (`app.role`), which the row-level security policies read. */
export type DbRole = 'tenant' | 'central' | 'central_read' | 'system';

export function dbRoleOf(actor: Actor): DbRole {
  if (actor.tenantKind !== TenantKind.CENTRAL) return 'tenant';
  return actor.role === Role.CENTRAL_ADMIN || actor.role === Role.CENTRAL_EDITOR ? 'central' : 'central_read';
}

export function isCentral(actor: Actor): boolean {
  return actor.tenantKind === TenantKind.CENTRAL;
}
