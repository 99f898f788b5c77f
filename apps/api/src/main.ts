import './v8-flags.js';
import 'reflect-metadata';
import { installGracefulShutdown } from '@bibliohub/api-core';
import { existsSync } from 'node:fs';
import { createApiApp, exitWithStartupError, prepare, WEB_DIST } from './bootstrap.js';
import { describeSeed, seedDemoData } from './seed.js';

async function main(): Promise<void> {
  const prepared = await prepare();
  const { config, logger, infra } = prepared;
  const app = await createApiApp(prepared);
  const seed = config.demoData ? await seedDemoData(app) : undefined;
  installGracefulShutdown(app, () => infra.stop(), logger);
  await app.listen(config.port, config.host).catch(async (error: Error & { code?: string }) => {
    await app.close();
    await infra.stop();
    throw new Error(
      error.code === 'EADDRINUSE'
        ? `PORT ${config.port} is already in use; set PORT to a free port`
        : error.message,
    );
  });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = config.publicUrl.replace(`:${config.port}`, `:${port}`);
  logger.info({ url, port }, 'BiblioHub API listening');
  process.stdout.write(
    [
      '',
      `  BiblioHub draait op ${url}${existsSync(WEB_DIST) ? '' : ' (alleen API: web-app niet gebouwd)'}`,
      `  GraphQL:   ${url}/graphql`,
      `  Gezondheid: ${url}/health/ready`,
      `  Data:      ${config.dataDir}${infra.embedded.database ? ' (ingebouwde PostgreSQL)' : ''}${infra.embedded.storage ? ' (ingebouwde S3)' : ''}`,
      ...(seed ? [describeSeed(seed)] : []),
      '  Stoppen:   Ctrl+C',
      '',
    ].join('\n') + '\n',
  );
}

main().catch(exitWithStartupError);
