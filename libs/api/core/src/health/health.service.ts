import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { withTimeout } from '../runtime/with-timeout.js';
import { StorageService } from '../storage/storage.service.js';

export type ComponentName = 'database' | 'storage';

export interface ComponentCheck {
  name: ComponentName;
  ok: boolean;
  error?: string;
  latencyMs: number;
}

const CHECK_TIMEOUT_MS = 2_000;

/** Answers whether PostgreSQL and S3 respond right now; shared by readiness and `doctor`. */
@Injectable()
export class HealthService {
  shuttingDown = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: StorageService,
  ) {}

  async check(): Promise<ComponentCheck[]> {
    return Promise.all([
      this.probe('database', () => this.dataSource.query('SELECT 1')),
      this.probe('storage', () => this.storage.ping(CHECK_TIMEOUT_MS)),
    ]);
  }

  private async probe(name: ComponentName, fn: () => Promise<unknown>): Promise<ComponentCheck> {
    const started = performance.now();
    try {
      await withTimeout(fn(), CHECK_TIMEOUT_MS);
      return { name, ok: true, latencyMs: Math.round(performance.now() - started) };
    } catch (error) {
      return {
        name,
        ok: false,
        error: (error as Error).message || (error as Error).name,
        latencyMs: Math.round(performance.now() - started),
      };
    }
  }
}
