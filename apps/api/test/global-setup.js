// Runs in jest's parent process, outside its module mapping, so it uses the built packages (`npm test`
// builds first). Migrations run through the CLI in a child process: loading the decorated modules here
// would leak GraphQL metadata from this realm into in-band test runs.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startTestInfrastructure } from '@bibliohub/api-testing';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

export default async function globalSetup() {
  globalThis.__BIBLIOHUB_TEST_INFRA__ = await startTestInfrastructure(async (env) => {
    await promisify(execFile)(process.execPath, [cli, 'migrate'], {
      env: { ...process.env, ...env, LOG_LEVEL: 'warn' },
    });
  });
}
