import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';

/** Paths the API owns; everything else that is a GET for a page gets the single-page app. */
const API_PATHS = /^\/(graphql|health|metrics|feeds|files|api)(\/|$)/;

/**
 * Serves the built web app (apps/web/dist) on the API's origin: hashed assets with long caching,
 * index.html for client-side routes. Does nothing when the folder is missing (API-only deployments).
 */
export function serveWebApp(app: NestExpressApplication, dir: string): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  // Vite puts content-hashed files under /assets: cache them for a year.
  app.use(
    '/assets',
    express.static(join(dir, 'assets'), { immutable: true, maxAge: '1y', index: false, fallthrough: false }),
  );
  app.use(express.static(dir, { index: false, maxAge: 0 }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PATHS.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
