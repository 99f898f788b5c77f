/**
 * SQL for migrations: row-level security on a tenant-owned table. The tenant sees and writes only its
 * own rows; central editors and admins reach all rows; programme viewers read all rows. `systemRead`
 * adds the pre-authentication read policy (see TenantDb.system).
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
    `CREATE POLICY ${table}_central ON ${table} USING (app_role() = 'central') WITH CHECK (app_role() = 'central')`,
    `CREATE POLICY ${table}_central_read ON ${table} FOR SELECT USING (app_role() = 'central_read')`,
    ...(options.systemRead
      ? [`CREATE POLICY ${table}_system_read ON ${table} FOR SELECT USING (app_role() = 'system')`]
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
    `CREATE POLICY ${table}_central ON ${table} USING (app_role() = 'central') WITH CHECK (app_role() = 'central')`,
    `CREATE POLICY ${table}_central_read ON ${table} FOR SELECT USING (app_role() = 'central_read')`,
    `CREATE POLICY ${table}_library_read ON ${table} FOR SELECT USING (app_role() = 'tenant' AND app_tenant_id() IS NOT NULL AND (${libraryRead}))`,
  ];
}
