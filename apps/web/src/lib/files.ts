import { useEffect, useState } from 'react';
import { ApiError } from './api-error';
import { useApi } from './api-context';
import type { GraphQLClient } from './graphql-client';

/** What PUT /files/uploads answers: the token to finalise with, and the facts sniffed from the bytes. */
export interface UploadResult {
  uploadToken: string;
  kind: string;
  originalName: string;
  mimeType: string;
  size: number;
  width?: number | null;
  height?: number | null;
}

/** An error answer of the file routes, in the same shape as GraphQL errors. */
function fileError(status: number, text: string): ApiError {
  try {
    const body = JSON.parse(text) as { errors?: unknown[] };
    if (body.errors?.length) return ApiError.fromGraphQL(body.errors);
  } catch {
    // Not JSON: fall through.
  }
  if (status === 401) return new ApiError('UNAUTHENTICATED', 'AUTH_REQUIRED', 'Not signed in');
  if (status === 413) return new ApiError('BAD_USER_INPUT', 'FILE_TOO_LARGE', 'File too large');
  return new ApiError(status >= 500 ? 'INTERNAL' : 'BAD_USER_INPUT', `HTTP_${status}`, `HTTP ${status}`);
}

/**
 * Streams a file to the hub (PUT /files/uploads) and reports progress from 0 to 1. XMLHttpRequest,
 * because fetch cannot report upload progress.
 */
export function uploadFile(
  client: GraphQLClient,
  file: File,
  kind: string,
  onProgress: (fraction: number) => void,
): Promise<UploadResult> {
  const url = `/files/uploads?kind=${encodeURIComponent(kind)}&filename=${encodeURIComponent(file.name)}`;
  return putFile<UploadResult>(client, url, file, onProgress);
}

/**
 * PUTs a file as the raw body to one of the hub's file routes, reporting progress from 0 to 1, and
 * answers the parsed JSON. `contentType` overrides the browser's guess (the API's JSON body parser
 * must not take a JSON Lines file for a request body).
 */
export function putFile<T>(
  client: GraphQLClient,
  url: string,
  file: File,
  onProgress: (fraction: number) => void,
  contentType?: string,
): Promise<T> {
  return client.authorized(
    (token) =>
      new Promise<T>((resolve, reject) => {
        const xhr = new XMLHttpRequest();
        xhr.open('PUT', url);
        if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
        if (contentType) xhr.setRequestHeader('content-type', contentType);
        xhr.upload.onprogress = (event) => {
          if (event.lengthComputable) onProgress(event.loaded / event.total);
        };
        xhr.onload = () => {
          if (xhr.status >= 200 && xhr.status < 300) {
            onProgress(1);
            resolve(JSON.parse(xhr.responseText) as T);
          } else reject(fileError(xhr.status, xhr.responseText));
        };
        xhr.onerror = () => reject(new ApiError('NETWORK', undefined, 'The upload did not reach the server'));
        xhr.send(file);
      }),
  );
}

/**
 * The hub's own file routes on this origin. The feed gives absolute addresses (for websites and
 * scripts), built from the server's public URL; the browser always asks its own origin, where the
 * hub serves the app, so a different host name (localhost vs 127.0.0.1, a proxy) cannot break it.
 */
export function sameOriginPath(url: string): string {
  const parsed = new URL(url, window.location.origin);
  return parsed.pathname.startsWith('/files/') ? parsed.pathname + parsed.search : url;
}

/** Downloads a file the API serves only with the bearer token. */
export function fetchFile(client: GraphQLClient, url: string): Promise<Blob> {
  return client.authorized(async (token) => {
    let response: Response;
    try {
      response = await fetch(sameOriginPath(url), {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
    } catch {
      throw new ApiError('NETWORK', undefined, 'The server could not be reached');
    }
    if (!response.ok) throw fileError(response.status, await response.text());
    return response.blob();
  });
}

/** Saves a protected file to the user's computer under `filename`. */
export async function downloadFile(client: GraphQLClient, url: string, filename: string): Promise<void> {
  const blob = await fetchFile(client, url);
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** A protected image as an object URL for <img src>; undefined while loading or without a url. */
export function useFileUrl(url: string | null | undefined): string | undefined {
  const client = useApi();
  const [loaded, setLoaded] = useState<{ url: string; objectUrl: string }>();
  useEffect(() => {
    if (!url) return;
    let objectUrl: string | undefined;
    let cancelled = false;
    fetchFile(client, url).then(
      (blob) => {
        if (cancelled) return;
        objectUrl = URL.createObjectURL(blob);
        setLoaded({ url, objectUrl });
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [client, url]);
  return loaded && loaded.url === url ? loaded.objectUrl : undefined;
}
