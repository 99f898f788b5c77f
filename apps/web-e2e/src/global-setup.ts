import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startApi } from './api-process';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const workspace = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Starts the real API, which serves the built web app on its own origin (embedded PostgreSQL and
 * S3, demo data). With E2E_BASE_URL set, the tests run against that running hub instead.
 */
export default async function setup(project: TestProject) {
  const given = process.env['E2E_BASE_URL'];
  if (given) {
    project.provide('baseUrl', given.replace(/\/$/, ''));
    return;
  }
  for (const [what, path] of [
    ['web app', 'apps/web/dist/index.html'],
    ['API', 'apps/api/dist/main.js'],
  ] as const) {
    if (!existsSync(workspace + path))
      throw new Error(`The ${what} is not built (${path} is missing): run \`npm run build\`.`);
  }
  const api = await startApi(workspace);
  const home = await fetch(api.url.origin + '/bibliotheken', { headers: { accept: 'text/html' } }).then((r) =>
    r.text(),
  );
  if (!home.includes('<div id="root">')) {
    await api.stop();
    throw new Error('The API does not serve the web app (apps/web/dist) on its origin.');
  }
  project.provide('baseUrl', api.url.origin);
  return () => api.stop();
}
