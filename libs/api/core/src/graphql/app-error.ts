import { ErrorCode, type FieldErrorDetail } from '@bibliohub/contracts';

/**
 * The one error type services throw. `code` is the coarse class clients branch on; `subCode` names
 * the exact problem (e.g. POST_VERSION_CONFLICT); `details` lists bad input fields.
 */
export class AppError extends Error {
  /** HTTP status for REST routes when the code's usual one does not fit (e.g. 413 for a file over the cap). */
  httpStatus?: number;

  constructor(
    readonly code: ErrorCode,
    readonly subCode: string,
    message: string,
    readonly details?: FieldErrorDetail[],
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  withHttpStatus(status: number): this {
    this.httpStatus = status;
    return this;
  }

  static badInput(subCode: string, message: string, details?: FieldErrorDetail[]): AppError {
    return new AppError(ErrorCode.BAD_USER_INPUT, subCode, message, details);
  }
  static notFound(subCode: string, message: string): AppError {
    return new AppError(ErrorCode.NOT_FOUND, subCode, message);
  }
  static conflict(subCode: string, message: string, extra?: Record<string, unknown>): AppError {
    return new AppError(ErrorCode.CONFLICT, subCode, message, undefined, extra);
  }
  static forbidden(subCode: string, message: string): AppError {
    return new AppError(ErrorCode.FORBIDDEN, subCode, message);
  }
  static unauthenticated(subCode: string, message: string): AppError {
    return new AppError(ErrorCode.UNAUTHENTICATED, subCode, message);
  }
  static rateLimited(message: string, retryAfterSeconds: number): AppError {
    return new AppError(ErrorCode.RATE_LIMITED, 'TOO_MANY_ATTEMPTS', message, undefined, {
      retryAfterSeconds,
    });
  }
  static unavailable(subCode: string, message: string, retryAfterSeconds: number): AppError {
    return new AppError(ErrorCode.UNAVAILABLE, subCode, message, undefined, { retryAfterSeconds });
  }
}

/** pg-pool's error when no connection came free within the pool's wait (DATABASE_POOL_TIMEOUT). */
const POOL_TIMEOUT = 'timeout exceeded when trying to connect';
/** PostgreSQL's query_canceled, which is what statement_timeout raises. */
const STATEMENT_TIMEOUT = '57014';
/** invalid_text_representation: for a uuid, an id that cannot name any row. */
const INVALID_TEXT = '22P02';

/**
 * Database errors with a precise meaning for the caller, mapped in one place for GraphQL and REST:
 * - overload (no connection free in time, or the statement timeout) answers UNAVAILABLE with a retry
 *   time (HTTP 503 + Retry-After on REST) instead of INTERNAL; `overload` says to log it as a warning;
 * - a malformed id that reached a uuid column answers NOT_FOUND, as any id that names no row does.
 * The transaction it happened in is rolled back, so nothing is half-written either way.
 */
export function knownDatabaseError(error: unknown): { error: AppError; overload: boolean } | undefined {
  const e = error as { message?: unknown; code?: unknown; driverError?: { code?: unknown } } | null;
  const code = e?.code ?? e?.driverError?.code;
  if (e?.message === POOL_TIMEOUT)
    return {
      error: AppError.unavailable('DATABASE_BUSY', 'De hub is even te druk. Probeer het zo opnieuw.', 1),
      overload: true,
    };
  if (code === STATEMENT_TIMEOUT)
    return {
      error: AppError.unavailable('DATABASE_TIMEOUT', 'Dit duurde te lang. Probeer het zo opnieuw.', 5),
      overload: true,
    };
  if (code === INVALID_TEXT && typeof e?.message === 'string' && e.message.includes('type uuid'))
    return { error: AppError.notFound('NOT_FOUND', 'Nothing with this id exists'), overload: false };
  return undefined;
}
