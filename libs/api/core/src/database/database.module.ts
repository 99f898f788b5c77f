import {
  Global,
  Inject,
  Injectable,
  Module,
  type MiddlewareConsumer,
  type NestModule,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import { LOGGER } from '../logging/logger.tokens.js';
import { createDataSource } from './data-source.factory.js';
import {
  connectReplica,
  READ_DATA_SOURCE,
  ReadConsistencyMiddleware,
  replicaUnavailable,
} from './read-replica.js';
import { registerSchema } from './schema-registry.js';
import { AuditEntryEntity } from '../audit/audit-entry.entity.js';
import { CoreExtensions1763900000000 } from './migrations/1763900000000-core-extensions.migration.js';
import { TenancyFoundation1763900000100 } from './migrations/1763900000100-tenancy-foundation.migration.js';
import { JobQueue1763900000200 } from './migrations/1763900000200-job-queue.migration.js';
import { RlsDatabaseRoles1763900009000 } from './migrations/1763900009000-rls-database-roles.migration.js';
import { JobEntity } from '../jobs/job.entity.js';

registerSchema({
  entities: [AuditEntryEntity, JobEntity],
  migrations: [
    CoreExtensions1763900000000,
    TenancyFoundation1763900000100,
    JobQueue1763900000200,
    RlsDatabaseRoles1763900009000,
  ],
});

/** Closes the pools when the application shuts down (after HTTP has drained). */
@Injectable()
export class DataSourceCloser implements OnApplicationShutdown {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(READ_DATA_SOURCE) private readonly replica: DataSource | null,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    if (this.replica?.isInitialized) await this.replica.destroy();
  }
}

/**
 * The replica pool when DATABASE_READ_URL is set. A replica that cannot be reached at start does not
 * stop the API (reads use the primary and TenantDb retries it later); a wrong role or password does.
 */
async function openReplica(config: AppConfig, logger: Logger): Promise<DataSource | null> {
  if (!config.database.readUrl) return null;
  const replica = createDataSource(config, 'read');
  try {
    await connectReplica(replica);
  } catch (error) {
    if (!replicaUnavailable(error)) throw error;
    logger.error({ err: error }, 'read replica unreachable; reads use the primary until it answers');
  }
  return replica;
}

@Global()
@Module({
  providers: [
    {
      provide: DataSource,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<DataSource> =>
        createDataSource(config, 'app').initialize(),
    },
    { provide: READ_DATA_SOURCE, inject: [APP_CONFIG, LOGGER], useFactory: openReplica },
    DataSourceCloser,
  ],
  exports: [DataSource, READ_DATA_SOURCE],
})
export class DatabaseModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ReadConsistencyMiddleware).forRoutes('*');
  }
}
