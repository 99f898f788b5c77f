/** The top-level error codes every API error carries in `extensions.code`. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  /** Overloaded for a moment (no database connection free in time): retry after `retryAfterSeconds`. */
  UNAVAILABLE = 'UNAVAILABLE',
  INTERNAL = 'INTERNAL',
}

/** Field-level detail attached to BAD_USER_INPUT errors (`extensions.details`). */
export interface FieldErrorDetail {
  /** Dotted path of the offending input field, e.g. `input.variants.0.text`. */
  field: string;
  /** Machine-readable reason, e.g. `isEmail`, `maxLength`. */
  reason: string;
  message: string;
}
