import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER } from '@bibliohub/api-core';
import { PostService } from './post.service.js';

export const SCHEDULER_INTERVAL_MS = 15_000;

/**
 * Publishes scheduled posts when their time comes. It runs once at start (so posts due while the hub
 * was down are published after a restart) and then every 15 s. State lives in PostgreSQL and rows are
 * claimed with SKIP LOCKED, so any number of API replicas can run it.
 */
@Injectable()
export class PostScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly posts: PostService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.tick();
    this.timer = setInterval(() => this.tick(), SCHEDULER_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass; returns the ids it published (used by tests). */
  async runOnce(): Promise<string[]> {
    const published = await this.posts.publishDue();
    if (published.length) this.logger.info({ posts: published }, 'scheduled posts published');
    return published;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.runOnce()
      .catch((error: unknown) =>
        this.logger.warn({ err: error }, 'scheduler pass failed; retrying next interval'),
      )
      .finally(() => (this.running = undefined));
  }
}
