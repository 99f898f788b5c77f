import { ErrorCode } from '@bibliohub/contracts';
import type { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import { PinoNestLogger } from '../logging/logger.js';
import { requestLogging } from '../logging/request-logging.middleware.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { createValidationPipe } from '../graphql/validation.pipe.js';
import { serveWebApp } from './web-app.js';

export const MAX_BODY_BYTES = 1024 * 1024;
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/** Routes whose request body is a raw file, streamed by their controller: never parsed or buffered here. */
export const STREAMED_BODY_PATHS = /^\/files\/uploads(?:[/?]|$)/;
const JSON_BODY = /^application\/json\s*(?:;|$)/i;

/** Builds the HTTP application the same way for `npm start`, the CLI-less tests and e2e tests. */
export async function createHttpApp(
  root: DynamicModule,
  logger: Logger,
  options: { webDir?: string } = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(root, {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
    abortOnError: false,
  });
  // Keep idle connections open longer than a load balancer does (AWS ALB and nginx: 60 s): Node's
  // default of 5 s lets a balancer reuse a connection the API has just closed, which it answers with 502.
  const server = app.getHttpServer();
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.use(requestLogging(logger));
  const metrics = metricsOf(app);
  if (metrics) {
    // Before the body parser and Nest's routes: refused bodies are timed too, and /metrics bypasses the guard.
    app.use(metrics.httpMiddleware());
    app.use(metrics.endpoint());
  }
  app.useBodyParser('json', {
    limit: MAX_BODY_BYTES,
    type: (req: IncomingMessage) =>
      !STREAMED_BODY_PATHS.test(req.url ?? '') && JSON_BODY.test(req.headers['content-type'] ?? ''),
  });
  app.use(bodyErrors(logger, metrics));
  app.useGlobalPipes(createValidationPipe());
  if (options.webDir && serveWebApp(app, options.webDir))
    logger.debug({ dir: options.webDir }, 'serving the web app');
  await app.init();
  return app;
}

/** The application's MetricsService, when its root module includes one (every app built on CoreModule). */
function metricsOf(app: NestExpressApplication): MetricsService | undefined {
  try {
    return app.get(MetricsService, { strict: false });
  } catch {
    return undefined;
  }
}

/** Malformed or oversized bodies get the API's error shape instead of an HTML page. */
function bodyErrors(logger: Logger, metrics: MetricsService | undefined) {
  return (
    error: { type?: string; status?: number; message?: string },
    _req: Request,
    res: Response,
    next: NextFunction,
  ): void => {
    if (!error?.type) return next(error);
    const tooLarge = error.type === 'entity.too.large';
    logger.info({ type: error.type }, 'rejected request body');
    metrics?.countError('http', ErrorCode.BAD_USER_INPUT, tooLarge ? 'BODY_TOO_LARGE' : 'MALFORMED_BODY');
    res.status(tooLarge ? 413 : 400).json({
      errors: [
        {
          message: tooLarge
            ? `Request body exceeds ${MAX_BODY_BYTES} bytes`
            : 'Request body is not valid JSON',
          extensions: {
            code: ErrorCode.BAD_USER_INPUT,
            subCode: tooLarge ? 'BODY_TOO_LARGE' : 'MALFORMED_BODY',
          },
        },
      ],
    });
  };
}

export type HttpApp = INestApplication;
