import { ErrorCode } from '@bibliohub/contracts';
import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import { AppError } from '../graphql/app-error.js';
import { StreamTooLargeError, type ByteLimit } from './byte-limit.js';
import type { StorageService } from './storage.service.js';

class UploadAbortedError extends Error {}

/**
 * Streams a request body into S3 under `key` through `limit` (which counts, caps and may inspect the
 * bytes), never holding the whole body. Fails with StreamTooLargeError past the cap (the caller words the
 * limit), UPLOAD_INTERRUPTED when the client went away, or STORAGE_FAILED (the storage error is logged).
 * A partial object may remain: the caller deletes `key`.
 */
export async function storeRequestBody(
  storage: StorageService,
  req: IncomingMessage,
  limit: ByteLimit,
  key: string,
  logger: Logger,
): Promise<void> {
  const abort = () => {
    if (!req.complete) limit.destroy(new UploadAbortedError());
  };
  const fail = (error: Error) => limit.destroy(error);
  req.once('aborted', abort);
  req.once('close', abort);
  req.once('error', fail);
  req.pipe(limit);
  try {
    await storage.put(key, limit);
  } catch (error) {
    // Checked on the stream, not the error: when aborting the multipart upload fails too (s3rver cannot
    // abort), lib-storage rejects with that error instead of ours.
    if (limit.overLimit || error instanceof StreamTooLargeError) throw new StreamTooLargeError();
    if (error instanceof UploadAbortedError || !req.complete)
      throw AppError.badInput('UPLOAD_INTERRUPTED', 'The upload was interrupted; send the file again');
    logger.error({ err: error, key }, 'upload to storage failed');
    throw new AppError(ErrorCode.INTERNAL, 'STORAGE_FAILED', 'The file could not be stored; try again later');
  } finally {
    req.unpipe(limit);
    req.off('aborted', abort);
    req.off('close', abort);
    req.off('error', fail);
  }
}
