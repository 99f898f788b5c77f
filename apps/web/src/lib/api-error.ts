/** The API's `extensions.code` values, plus NETWORK when the server could not be reached at all. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE'
  | 'INTERNAL'
  | 'NETWORK';

const CODES: readonly ErrorCode[] = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'UNAVAILABLE',
  'INTERNAL',
];

/** One entry of `extensions.details` on BAD_USER_INPUT: `field` is a dotted path such as `input.email`. */
export interface FieldProblem {
  field: string;
  reason: string;
  message: string;
}

/** An error answer of the API (or a failed connection), in the shape the UI branches on. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly subCode: string | undefined,
    message: string,
    readonly details: readonly FieldProblem[] = [],
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Builds the error from the first entry of a GraphQL `errors` array. */
  static fromGraphQL(errors: readonly unknown[]): ApiError {
    const first = (errors[0] ?? {}) as { message?: unknown; extensions?: Record<string, unknown> };
    const ext = first.extensions ?? {};
    const code = CODES.find((c) => c === ext['code']) ?? 'INTERNAL';
    const details = Array.isArray(ext['details']) ? (ext['details'] as FieldProblem[]) : [];
    const retry = typeof ext['retryAfterSeconds'] === 'number' ? ext['retryAfterSeconds'] : undefined;
    const subCode = typeof ext['subCode'] === 'string' ? ext['subCode'] : undefined;
    return new ApiError(
      code,
      subCode,
      typeof first.message === 'string' ? first.message : 'Unknown error',
      details,
      retry,
    );
  }
}
