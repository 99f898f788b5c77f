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

/** Timestamp at the end of a migration class name (`Assets1763900004000`), the order TypeORM runs them in. */
const timestampOf = (migration: ClassRef): number => Number(/(\d{13})$/.exec(migration.name)?.[1] ?? 0);

/** In the order they run (by timestamp), whatever order the feature modules happened to load in. */
export function registeredMigrations(): ClassRef[] {
  return [...migrations].sort((a, b) => timestampOf(a) - timestampOf(b));
}
