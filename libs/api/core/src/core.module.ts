import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import type { Logger } from 'pino';
import type { AppConfig } from './config/app-config.js';
import { APP_CONFIG } from './config/config.tokens.js';
import { DatabaseModule } from './database/database.module.js';
import { graphqlModule } from './graphql/graphql.config.js';
import { ServerInfoResolver } from './graphql/server-info.resolver.js';
import { HealthController } from './health/health.controller.js';
import { HealthService } from './health/health.service.js';
import { AppErrorFilter } from './http/app-error.filter.js';
import { LOGGER } from './logging/logger.tokens.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { StorageModule } from './storage/storage.module.js';
import { AuditService } from './audit/audit.service.js';
import { TenantDb } from './tenancy/tenant-db.service.js';
import { JobQueue } from './jobs/job-queue.service.js';
import { JobWorker } from './jobs/job-worker.service.js';

/** Infrastructure every feature stands on: config, logger, database, storage, GraphQL, health, metrics. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: CoreModule,
      imports: [DatabaseModule, StorageModule, MetricsModule, graphqlModule],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
        // Every error, REST and GraphQL, leaves in the API's one shape (see AppErrorFilter).
        { provide: APP_FILTER, useClass: AppErrorFilter },
        HealthService,
        ServerInfoResolver,
        TenantDb,
        AuditService,
        JobQueue,
        JobWorker,
      ],
      exports: [APP_CONFIG, LOGGER, HealthService, TenantDb, AuditService, JobQueue, JobWorker],
    };
  }
}
