// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM takes class constructors of any shape
type ClassRef = Function;

const entities = new Set<ClassRef>();
const migrations = new Set<ClassRef>();

/**
 * Feature libraries call this at module load so the one DataSource (and the migration runner) know
 * every entity and migration without `apps/api` listing them by hand.
 */
export function registerSchema(part: { entities?: ClassRef[]; migrations?: ClassRef[] }): void {
  part.entities?.forEach((e) => entities.add(e));
  part.migrations?.forEach((m) => migrations.add(m));
}

export function registeredEntities(): ClassRef[] {
  return [...entities];
}

export function registeredMigrations(): ClassRef[] {
  return [...migrations];
}
