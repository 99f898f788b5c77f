import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import S3rver from 's3rver';

/**
 * The `s3rver` package run in-process, files under DATA_DIR. Everything still talks to it through
 * @aws-sdk/client-s3, so MinIO or AWS work by setting S3_ENDPOINT. A second process (the CLI next to
 * a running hub) attaches to the running instance through `s3rver.json` instead of starting another.
 */
export class EmbeddedS3 {
  private server?: S3rver;
  endpoint = '';

  constructor(private readonly directory: string) {}

  async start(): Promise<void> {
    const running = await this.running();
    if (running) {
      this.endpoint = running;
      return;
    }
    await mkdir(this.directory, { recursive: true });
    this.server = new S3rver({ address: '127.0.0.1', port: 0, directory: this.directory, silent: true });
    const { port } = await this.server.run();
    this.endpoint = `http://127.0.0.1:${port}`;
    writeFileSync(this.runtimeFile(), JSON.stringify({ pid: process.pid, endpoint: this.endpoint }));
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.httpServer?.closeAllConnections();
    await server.close();
    await rm(this.runtimeFile(), { force: true });
  }

  private runtimeFile(): string {
    return join(this.directory, 's3rver.json');
  }

  private async running(): Promise<string | undefined> {
    if (!existsSync(this.runtimeFile())) return undefined;
    try {
      const { pid, endpoint } = JSON.parse(readFileSync(this.runtimeFile(), 'utf8')) as {
        pid: number;
        endpoint: string;
      };
      process.kill(pid, 0);
      const response = await fetch(endpoint, { signal: AbortSignal.timeout(2000) });
      return response.status < 500 ? endpoint : undefined;
    } catch {
      return undefined;
    }
  }
}
