import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, JobWorker, LOGGER, StorageService, type AppConfig } from '@bibliohub/api-core';
import { STAGING_PREFIX } from './asset-keys.js';

/** Staged uploads older than this are leftovers: finalised ones are deleted at once, tokens last an hour. */
export const STAGING_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * Removes staging leftovers (interrupted uploads, uploads never finalised, deletes that failed) from
 * the worker's loop every 10 minutes. Idempotent, so every replica may run it.
 */
@Injectable()
export class StagingSweeper implements OnModuleInit {
  constructor(
    private readonly storage: StorageService,
    private readonly worker: JobWorker,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.worker.every('assets.staging-sweep', this.config.assets.stagingSweepIntervalMs, () => this.sweep());
  }

  /** Deletes staging objects last modified at or before `cutoff` (default: 24 hours ago). */
  async sweep(cutoff = new Date(Date.now() - STAGING_MAX_AGE_MS)): Promise<number> {
    let removed = 0;
    for await (const object of this.storage.list(STAGING_PREFIX)) {
      if (object.lastModified && object.lastModified <= cutoff) {
        await this.storage.delete(object.key);
        removed += 1;
      }
    }
    if (removed) this.logger.info({ removed }, 'staging leftovers removed');
    return removed;
  }
}
