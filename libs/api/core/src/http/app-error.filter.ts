import { ErrorCode } from '@bibliohub/contracts';
import {
  Catch,
  HttpException,
  Inject,
  Optional,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { AppError, knownDatabaseError } from '../graphql/app-error.js';
import { LOGGER } from '../logging/logger.tokens.js';
import { MetricsService } from '../metrics/metrics.service.js';

const STATUS: Record<ErrorCode, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.UNAVAILABLE]: 503,
  [ErrorCode.INTERNAL]: 500,
};

function codeOfStatus(status: number): ErrorCode {
  const found = (Object.entries(STATUS) as [ErrorCode, number][]).find(([, s]) => s === status);
  return found ? found[0] : status < 500 ? ErrorCode.BAD_USER_INPUT : ErrorCode.INTERNAL;
}

/**
 * REST routes (file upload and download) answer errors in the same shape as GraphQL:
 * `{ errors: [{ message, extensions: { code, subCode, … } }] }` with a matching HTTP status. Unknown
 * errors become INTERNAL with a generic message and are logged once, here.
 */
@Catch()
export class AppErrorFilter implements ExceptionFilter {
  constructor(
    @Inject(LOGGER) private readonly logger: Logger,
    @Optional() private readonly metrics?: MetricsService,
  ) {}

  catch(thrown: unknown, host: ArgumentsHost): unknown {
    // GraphQL errors go on to Apollo, whose error formatter maps and logs them (once). Handling them
    // here keeps Nest's default handler from logging every expected error again, with a stack.
    if (host.getType<string>() === 'graphql') return thrown;
    const known = knownDatabaseError(thrown);
    if (known?.overload)
      this.logger.warn({ subCode: known.error.subCode }, 'request refused: database overloaded');
    const error = known?.error ?? thrown;
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const req = http.getRequest<Request>();
    let status: number;
    let body: { message: string; extensions: Record<string, unknown> };
    if (error instanceof AppError) {
      status = error.httpStatus ?? STATUS[error.code];
      body = {
        message: error.message,
        extensions: {
          code: error.code,
          subCode: error.subCode,
          ...(error.details ? { details: error.details } : {}),
          ...error.extra,
        },
      };
    } else if (error instanceof HttpException) {
      status = error.getStatus();
      body = {
        message: error.message,
        extensions: {
          code: codeOfStatus(status),
          subCode: error.name
            .replace(/Exception$/, '')
            .replace(/([a-z])([A-Z])/g, '$1_$2')
            .toUpperCase(),
        },
      };
    } else {
      this.logger.error({ err: error }, 'unhandled error in HTTP request');
      status = 500;
      body = {
        message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
        extensions: { code: ErrorCode.INTERNAL, subCode: 'UNEXPECTED' },
      };
    }
    this.metrics?.countError('http', body.extensions['code'], body.extensions['subCode']);
    if (res.headersSent) {
      // Mid-stream (a download that failed after its headers): all we can do is cut the connection.
      res.destroy();
      return undefined;
    }
    // A refusal before the whole request body arrived (a file over the cap): do not keep reading it.
    if (!req.complete) res.setHeader('Connection', 'close');
    res.removeHeader('Content-Disposition');
    res.removeHeader('ETag');
    res.setHeader('Cache-Control', 'no-store');
    const retryAfter = body.extensions['retryAfterSeconds'];
    if (typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
    res.status(status).json({ errors: [body] });
    return undefined;
  }
}
