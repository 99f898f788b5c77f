import type { LoggerService } from '@nestjs/common';
import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import type { LogLevel } from '../config/app-config.js';
import { requestContext } from './request-context.js';

/**
 * Never logged: credentials under their usual names (top level and one level down, e.g. `headers.*`),
 * and what a database error carries about the row (TypeORM's bound `parameters`, PostgreSQL's `detail`
 * such as "Key (email)=(…) already exists"), which may be personal data or secrets.
 */
export const REDACTED_PATHS = [
  ...[
    'password',
    'authorization',
    'cookie',
    'secret',
    'token',
    'accessToken',
    'refreshToken',
    'apiKey',
  ].flatMap((key) => [key, `*.${key}`]),
  'headers["set-cookie"]',
  'err.parameters',
  'err.detail',
  'err.driverError.parameters',
  'err.driverError.detail',
];

/** Creates the process logger: JSON lines with the request (and tenant) id of the current request. */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    level,
    base: { service: 'bibliohub-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => {
      const ctx = requestContext.getStore();
      return ctx ? { requestId: ctx.requestId, ...(ctx.tenantId ? { tenantId: ctx.tenantId } : {}) } : {};
    },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Adapts pino to Nest's LoggerService so framework messages are structured too. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string): void {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string): void {
    this.logger.trace({ context }, String(message));
  }
}
