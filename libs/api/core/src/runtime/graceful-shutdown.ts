import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { HealthService } from '../health/health.service.js';

export const SHUTDOWN_DEADLINE_MS = 10_000;

/**
 * SIGTERM/SIGINT: readiness turns 503, the server stops accepting connections, in-flight requests
 * finish, then Nest closes (pool, S3 client) and finally the embedded services stop. Exit 0, or 1
 * when the deadline passes first.
 */
export function installGracefulShutdown(
  app: INestApplication,
  stopInfrastructure: () => Promise<void>,
  logger: Logger,
): void {
  let started = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (started) return;
    started = true;
    logger.info({ signal }, 'shutting down');
    const deadline = setTimeout(() => {
      logger.error('shutdown deadline passed; exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS);
    deadline.unref();
    try {
      app.get(HealthService).shuttingDown = true;
      const server = app.getHttpServer() as Server;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive sockets go idle as their last request finishes; close them as they do.
      const sweep = setInterval(() => server.closeIdleConnections(), 100);
      server.closeIdleConnections();
      await closed;
      clearInterval(sweep);
      await app.close();
      await stopInfrastructure();
      logger.info('shutdown complete');
      logger.flush();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}
