import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode } from '@bibliohub/contracts';
import { HttpException } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { AppError, knownDatabaseError } from './app-error.js';

/** Apollo's own codes for requests that never reached a resolver, mapped onto our enum. */
const REQUEST_ERRORS: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  BAD_USER_INPUT: 'INVALID_VARIABLES',
  BAD_REQUEST: 'BAD_REQUEST',
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED: 'PERSISTED_QUERY_NOT_SUPPORTED',
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
};

/**
 * Every GraphQL error leaves through here: known errors keep their code, sub-code and details;
 * anything else becomes INTERNAL with a generic message and is logged once, here, with its stack.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    let original = unwrapResolverError(error);
    const known = knownDatabaseError(original);
    if (known?.overload)
      logger.warn(
        { subCode: known.error.subCode, path: formatted.path },
        'request refused: database overloaded',
      );
    if (known) original = known.error;
    const base = { message: formatted.message, path: formatted.path, locations: formatted.locations };

    if (original instanceof AppError) {
      return {
        ...base,
        message: original.message,
        extensions: {
          code: original.code,
          subCode: original.subCode,
          ...(original.details ? { details: original.details } : {}),
          ...original.extra,
        },
      };
    }
    if (original instanceof HttpException) {
      return { ...base, extensions: fromHttpException(original) };
    }
    const apolloCode = formatted.extensions?.['code'];
    if (typeof apolloCode === 'string' && apolloCode in REQUEST_ERRORS) {
      const limit = formatted.extensions?.['limit'];
      const subCode =
        typeof limit === 'string' ? `QUERY_${limit}_LIMIT_EXCEEDED` : REQUEST_ERRORS[apolloCode];
      return { ...base, extensions: { code: ErrorCode.BAD_USER_INPUT, subCode } };
    }
    logger.error({ err: original }, 'unhandled error in GraphQL request');
    return {
      message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL, subCode: 'UNEXPECTED' },
    };
  };
}

function fromHttpException(e: HttpException): Record<string, unknown> {
  const status = e.getStatus();
  const code =
    status === 401
      ? ErrorCode.UNAUTHENTICATED
      : status === 403
        ? ErrorCode.FORBIDDEN
        : status === 404
          ? ErrorCode.NOT_FOUND
          : status === 409
            ? ErrorCode.CONFLICT
            : status === 429
              ? ErrorCode.RATE_LIMITED
              : status < 500
                ? ErrorCode.BAD_USER_INPUT
                : ErrorCode.INTERNAL;
  return {
    code,
    subCode: e.name
      .replace(/Exception$/, '')
      .replace(/([a-z])([A-Z])/g, '$1_$2')
      .toUpperCase(),
  };
}
