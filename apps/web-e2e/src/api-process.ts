import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ApiProcess {
  url: URL;
  stop(): Promise<void>;
}

/**
 * Starts the built API (`apps/api/dist/main.js`) on a free port with a fresh data directory: it
 * starts its own embedded PostgreSQL and S3 and, as in development, seeds the demo data.
 */
export async function startApi(workspace: string, timeoutMs = 180_000): Promise<ApiProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bibliohub-e2e-'));
  // The embedded PostgreSQL runs as the "postgres" user, which must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const child: ChildProcess = spawn(process.execPath, [join(workspace, 'apps/api/dist/main.js')], {
    cwd: workspace,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DEMO_DATA: 'true',
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      PUBLIC_URL: '',
      LOG_LEVEL: process.env['E2E_API_LOG_LEVEL'] ?? 'warn',
      DATABASE_URL: '',
      S3_ENDPOINT: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));

  const ready = new Promise<URL>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`API did not start within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /BiblioHub draait op (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        const url = new URL(match[1]);
        url.hostname = '127.0.0.1'; // it listens on IPv4 only
        resolve(url);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`API exited with code ${code} before it was ready:\n${output}`));
    });
  });
  // SIGTERM lets the API stop its embedded PostgreSQL and S3 too; SIGKILL only if it hangs.
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(killer);
    }
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
  };
  const url = await ready.catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  if (!/admin@bibliotheek\.nl/.test(output)) {
    process.stderr.write(
      'Warning: the API printed no demo logins; the tests log in as the seeded demo users.\n',
    );
  }

  return { url, stop };
}
