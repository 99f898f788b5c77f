import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { requestContext, type RequestContext } from './request-context.js';

const VALID_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Gives every request an id (the caller's `X-Request-Id` when well-formed), echoes it back, runs the
 * request inside that context and logs one line when the response is finished.
 */
export function requestLogging(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const given = req.header('x-request-id');
    const requestId = given && VALID_REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    const started = process.hrtime.bigint();
    const ctx: RequestContext = { requestId };
    res.on('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      const line = {
        requestId,
        tenantId: ctx.tenantId,
        method: req.method,
        path: req.originalUrl.split('?')[0],
        status: res.statusCode,
        durationMs,
      };
      // Probes and scrapes arrive every few seconds; they would drown the real traffic at info.
      if (line.path.startsWith('/health') || line.path === '/metrics') logger.debug(line, 'request');
      else logger.info(line, 'request');
    });
    requestContext.run(ctx, next);
  };
}
