import { Global, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import { createDataSource } from './data-source.factory.js';
import { registerSchema } from './schema-registry.js';
import { AuditEntryEntity } from '../audit/audit-entry.entity.js';
import { CoreExtensions1763900000000 } from './migrations/1763900000000-core-extensions.migration.js';
import { TenancyFoundation1763900000100 } from './migrations/1763900000100-tenancy-foundation.migration.js';
import { JobQueue1763900000200 } from './migrations/1763900000200-job-queue.migration.js';
import { JobEntity } from '../jobs/job.entity.js';

registerSchema({
  entities: [AuditEntryEntity, JobEntity],
  migrations: [CoreExtensions1763900000000, TenancyFoundation1763900000100, JobQueue1763900000200],
});

/** Closes the pool when the application shuts down (after HTTP has drained). */
@Injectable()
export class DataSourceCloser implements OnApplicationShutdown {
  constructor(private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
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
    DataSourceCloser,
  ],
  exports: [DataSource],
})
export class DatabaseModule {}
