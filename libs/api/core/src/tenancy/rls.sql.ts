import type { DbRole } from './actor.js';

/**
 * The database role each kind of caller runs as inside a TenantDb transaction (`SET LOCAL ROLE`).
 * Policies name these roles in `TO` instead of testing `app_role()` in their expressions: the planner
 * then sees no role test at all (central callers get no row filter, so GIN indexes and row estimates
 * work; see docs/adr/0008-rls-database-roles.md). NOLOGIN, no privileges beyond the data grants that
 * `migrate` gives; the application role may SET ROLE to them but does not inherit them.
 */
export const DB_ROLE_NAMES: Readonly<Record<DbRole, string>> = {
  central: 'bibliohub_central',
  central_read: 'bibliohub_central_read',
  tenant: 'bibliohub_tenant',
  system: 'bibliohub_system',
};

const { central, central_read: centralRead, tenant, system } = DB_ROLE_NAMES;

/**
 * SQL for migrations: row-level security on a tenant-owned table. Every caller sees and writes its
 * own tenant's rows; central editors and admins reach all rows; programme viewers read all rows.
 * `systemRead` adds the pre-authentication read policy (see TenantDb.system).
 */
export function tenantRlsSql(
  table: string,
  options: { column?: string; systemRead?: boolean } = {},
): string[] {
  const column = options.column ?? 'tenant_id';
  return [
    `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
    `CREATE POLICY ${table}_tenant ON ${table} USING (${column} = app_tenant_id()) WITH CHECK (${column} = app_tenant_id())`,
    `CREATE POLICY ${table}_central ON ${table} TO ${central} USING (true) WITH CHECK (true)`,
    `CREATE POLICY ${table}_central_read ON ${table} FOR SELECT TO ${centralRead} USING (true)`,
    ...(options.systemRead
      ? [`CREATE POLICY ${table}_system_read ON ${table} FOR SELECT TO ${system} USING (true)`]
      : []),
  ];
}

/**
 * Row-level security for shared central content (owned by the central tenant): central editors and
 * admins read and write, programme viewers read, and libraries read the rows matching `libraryRead`
 * (e.g. only published posts; `false` for central-only tables).
 */
export function sharedContentRlsSql(table: string, libraryRead: string): string[] {
  return [
    `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
    `CREATE POLICY ${table}_central ON ${table} TO ${central} USING (true) WITH CHECK (true)`,
    `CREATE POLICY ${table}_central_read ON ${table} FOR SELECT TO ${centralRead} USING (true)`,
    `CREATE POLICY ${table}_library_read ON ${table} FOR SELECT TO ${tenant} USING (${libraryRead})`,
  ];
}
