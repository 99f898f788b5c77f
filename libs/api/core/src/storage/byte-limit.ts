import { Transform, type TransformCallback } from 'node:stream';

/** What a stream fails with once more than its limit has passed through. */
export class StreamTooLargeError extends Error {}

/**
 * Counts bytes on their way through (a request body into S3) and fails the stream the moment the
 * limit is passed, so the destination never receives more than the cap.
 */
export class ByteLimit extends Transform {
  /** Bytes seen so far. Not called `size`: lib-storage reads `Body.size` as a known length (Blob-like). */
  received = 0;
  /** Set when the cap was passed: the reason to report, whatever error the destination gives on the way out. */
  overLimit = false;

  constructor(private readonly limit: number) {
    super();
  }

  /** Counts `chunk`; false, with the stream failed, once past the limit. For subclasses that inspect. */
  protected admit(chunk: Buffer, done: TransformCallback): boolean {
    this.received += chunk.length;
    if (this.received <= this.limit) return true;
    this.overLimit = true;
    done(new StreamTooLargeError());
    return false;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.admit(chunk, done)) done(null, chunk);
  }
}
