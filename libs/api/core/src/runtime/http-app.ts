import { ErrorCode } from '@bibliohub/contracts';
import type { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import { PinoNestLogger } from '../logging/logger.js';
import { requestLogging } from '../logging/request-logging.middleware.js';
import { createValidationPipe } from '../graphql/validation.pipe.js';
import { serveWebApp } from './web-app.js';

export const MAX_BODY_BYTES = 1024 * 1024;

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
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.use(requestLogging(logger));
  app.useBodyParser('json', {
    limit: MAX_BODY_BYTES,
    type: (req: IncomingMessage) =>
      !STREAMED_BODY_PATHS.test(req.url ?? '') && JSON_BODY.test(req.headers['content-type'] ?? ''),
  });
  app.use(bodyErrors(logger));
  app.useGlobalPipes(createValidationPipe());
  if (options.webDir && serveWebApp(app, options.webDir))
    logger.debug({ dir: options.webDir }, 'serving the web app');
  await app.init();
  return app;
}

/** Malformed or oversized bodies get the API's error shape instead of an HTML page. */
function bodyErrors(logger: Logger) {
  return (
    error: { type?: string; status?: number; message?: string },
    _req: Request,
    res: Response,
    next: NextFunction,
  ): void => {
    if (!error?.type) return next(error);
    const tooLarge = error.type === 'entity.too.large';
    logger.info({ type: error.type }, 'rejected request body');
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
