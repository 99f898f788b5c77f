import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { StorageService } from '@bibliohub/api-core';
import { testConfig } from '@bibliohub/api-testing';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A stream of unknown length, as an upload from a client would be. */
function chunked(data: Buffer, size = 64 * 1024): Readable {
  let offset = 0;
  return new Readable({
    read() {
      this.push(offset < data.length ? data.subarray(offset, (offset += size)) : null);
    },
  });
}

describe('StorageService against the real S3 protocol', () => {
  const storage = new StorageService(testConfig({}));
  beforeAll(() => storage.ensureBucket());
  afterAll(() => storage.onApplicationShutdown());

  it('creates the bucket idempotently', async () => {
    await expect(storage.ensureBucket()).resolves.toBeUndefined();
  });

  it.each([
    ['a small stream', 1024 * 1024],
    ['a multipart stream above the part size', 11 * 1024 * 1024 + 17],
  ])('stores %s byte for byte (SHA-256 of the download equals the upload)', async (_name, size) => {
    const data = randomBytes(size);
    await storage.put(`test/${size}.bin`, chunked(data), 'application/octet-stream');
    const head = await storage.head(`test/${size}.bin`);
    expect(head?.size).toBe(size);
    const object = await storage.get(`test/${size}.bin`);
    expect(object).not.toBeNull();
    const back = await readAll(object!.body);
    expect(back.length).toBe(size);
    expect(sha256(back)).toBe(sha256(data));
  });

  it('copies, lists by prefix and deletes', async () => {
    await storage.put('list/a.txt', 'A', 'text/plain');
    await storage.put('list/b.txt', 'B', 'text/plain');
    await storage.put('other/c.txt', 'C', 'text/plain');
    await storage.copy('list/a.txt', 'list/sub/a copy ü.txt');
    const keys: string[] = [];
    for await (const item of storage.list('list/')) keys.push(item.key);
    expect(keys.sort()).toEqual(['list/a.txt', 'list/b.txt', 'list/sub/a copy ü.txt']);
    const copied = await storage.get('list/sub/a copy ü.txt');
    expect((await readAll(copied!.body)).toString()).toBe('A');
    await storage.delete('list/a.txt');
    expect(await storage.head('list/a.txt')).toBeNull();
    expect(await storage.get('list/a.txt')).toBeNull();
  });

  it('issues presigned URLs that work over plain HTTP, with the download name and type', async () => {
    const put = await storage.presignPut('presigned/file.pdf', {
      expiresIn: 60,
      contentType: 'application/pdf',
    });
    const upload = await fetch(put, {
      method: 'PUT',
      body: 'PDFDATA',
      headers: { 'content-type': 'application/pdf' },
    });
    expect(upload.status).toBe(200);
    const get = await storage.presignGet('presigned/file.pdf', {
      expiresIn: 60,
      downloadName: 'Boekenweek poster ü.pdf',
      contentType: 'application/pdf',
    });
    const download = await fetch(get);
    expect(download.status).toBe(200);
    expect(await download.text()).toBe('PDFDATA');
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toContain(
      "filename*=UTF-8''Boekenweek%20poster%20%C3%BC.pdf",
    );
  });

  it('answers a liveness ping and fails it for a missing bucket', async () => {
    await expect(storage.ping(2000)).resolves.toBeUndefined();
    const missing = new StorageService(testConfig({ S3_BUCKET: 'no-such-bucket-here' }));
    await expect(missing.ping(2000)).rejects.toBeDefined();
    missing.onApplicationShutdown();
  });
});
