import { createHash } from 'node:crypto';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import type { Response } from 'supertest';
import { JobWorker, StorageService } from '@bibliohub/api-core';
import { asOwner, type GqlResponse, type TestApp } from '@bibliohub/api-testing';

export const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

/** A PNG (or JPEG) of the given size, made with sharp so it is a real decodable image. */
export function makeImage(width: number, height: number, format: 'png' | 'jpeg' = 'png'): Promise<Buffer> {
  const image = sharp({ create: { width, height, channels: 3, background: { r: 228, g: 87, b: 46 } } });
  return (format === 'png' ? image.png() : image.jpeg({ quality: 80 })).toBuffer();
}

/** A minimal valid PDF. */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n',
);

export const CLEAN_SVG = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40"><rect width="120" height="40" fill="#E4572E"/><text x="10" y="25">Bieb</text></svg>\n',
);

export interface UploadReceipt {
  uploadToken: string;
  mimeType: string;
  size: number;
  sha256: string;
  width: number | null;
  height: number | null;
}

export function upload(
  t: TestApp,
  headers: Record<string, string>,
  kind: string,
  filename: string,
  body: Buffer,
  contentType = 'application/octet-stream',
): Promise<Response> {
  return t
    .http()
    .put('/files/uploads')
    .query({ kind, filename })
    .set(headers)
    .set('content-type', contentType)
    .send(body);
}

export async function uploadOk(
  t: TestApp,
  headers: Record<string, string>,
  kind: string,
  filename: string,
  body: Buffer,
): Promise<UploadReceipt> {
  const res = await upload(t, headers, kind, filename, body);
  if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as UploadReceipt;
}

export const ASSET_FIELDS = `id title kind altText version currentVersion ownerTenantId unusableReason expiresAt archivedAt
  rights { owner licence creditLine portraitConsent portraitConsentUntil }
  file { number originalName mimeType size sha256 width height renditionsStatus url renditions { rendition mimeType width height size url } }
  downloadUrl thumb: downloadUrl(rendition: THUMB)`;

export interface AssetResult {
  id: string;
  title: string;
  kind: string;
  altText: string | null;
  version: number;
  currentVersion: number;
  ownerTenantId: string;
  unusableReason: string | null;
  expiresAt: string | null;
  archivedAt: string | null;
  file: {
    number: number;
    originalName: string;
    mimeType: string;
    size: number;
    sha256: string;
    width: number | null;
    height: number | null;
    renditionsStatus: string;
    url: string;
    renditions: {
      rendition: string;
      mimeType: string;
      width: number;
      height: number;
      size: number;
      url: string;
    }[];
  };
  downloadUrl: string;
  thumb: string | null;
}

export function finalize(
  t: TestApp,
  headers: Record<string, string>,
  input: Record<string, unknown>,
): Promise<GqlResponse<{ finalizeAssetUpload: AssetResult }>> {
  return t.gql(
    `mutation($input: FinalizeAssetUploadInput!) { finalizeAssetUpload(input: $input) { ${ASSET_FIELDS} } }`,
    { input },
    headers,
  );
}

/** Upload and finalise in one go; fails the test on any refusal. */
export async function createAsset(
  t: TestApp,
  headers: Record<string, string>,
  kind: string,
  filename: string,
  body: Buffer,
  input: Record<string, unknown> = {},
): Promise<AssetResult> {
  const receipt = await uploadOk(t, headers, kind, filename, body);
  const res = await finalize(t, headers, {
    uploadToken: receipt.uploadToken,
    title: filename,
    altText: 'Oranje vlak met het logo van de bibliotheek',
    ...input,
  });
  if (!res.data) throw new Error(`finalize failed: ${JSON.stringify(res.errors)}`);
  return res.data.finalizeAssetUpload;
}

/** GET a download route with the body as a Buffer. */
export function download(t: TestApp, headers: Record<string, string>, path: string): Promise<Response> {
  return t
    .http()
    .get(path)
    .set(headers)
    .buffer(true)
    .parse((res, callback) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => callback(null, Buffer.concat(chunks)));
    });
}

export async function objectKeys(t: TestApp, prefix = ''): Promise<string[]> {
  const keys: string[] = [];
  for await (const object of t.app.get(StorageService).list(prefix)) keys.push(object.key);
  return keys.sort();
}

export async function assetRowCount(t: TestApp): Promise<number> {
  const [row] = await asOwner<{ n: number }>(t, 'SELECT count(*)::int AS n FROM assets');
  return row.n;
}

export function runJobs(t: TestApp): ReturnType<JobWorker['runUntilIdle']> {
  return t.app.get(JobWorker).runUntilIdle();
}

/** Makes the app's HTTP server listen (for raw node:http requests) and returns its address. */
export async function listen(t: TestApp): Promise<{ host: string; port: number }> {
  const server: Server = t.app.getHttpServer();
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { host: '127.0.0.1', port };
}

/** A chunked upload (no Content-Length), as a browser stream or curl -T - sends it. */
interface ChunkedAnswer {
  status: number;
  body: { errors?: { extensions: Record<string, unknown> }[] } & Record<string, unknown>;
}

export async function chunkedUpload(
  t: TestApp,
  headers: Record<string, string>,
  query: string,
  body: Buffer,
): Promise<ChunkedAnswer> {
  const { host, port } = await listen(t);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host,
        port,
        method: 'PUT',
        path: `/files/uploads?${query}`,
        headers: { ...headers, 'transfer-encoding': 'chunked' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChunkedAnswer['body'];
            resolve({ status: res.statusCode ?? 0, body });
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      },
    );
    req.on('error', reject);
    for (let offset = 0; offset < body.length; offset += 1000)
      req.write(body.subarray(offset, offset + 1000));
    req.end();
  });
}

export const until = async (check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> => {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};
