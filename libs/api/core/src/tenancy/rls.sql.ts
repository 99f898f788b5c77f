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
