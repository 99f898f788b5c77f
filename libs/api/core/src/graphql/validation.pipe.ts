import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldErrorDetail } from '@bibliohub/contracts';
import { AppError } from './app-error.js';

function flatten(errors: ValidationError[], parent = ''): FieldErrorDetail[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([reason, message]) => ({ field, reason, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** class-validator on every input; failures become BAD_USER_INPUT with one detail per field problem. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const details = flatten(errors);
      return AppError.badInput(
        'VALIDATION_FAILED',
        `Invalid input: ${details.map((d) => d.field).join(', ')}`,
        details,
      );
    },
  });
}

let sharedPipe: ValidationPipe | undefined;

/**
 * Validates plain input (e.g. from the CLI or a bulk import) with the same DTO classes and rules as
 * the API. The pipe holds no per-call state, so one serves every call (imports call this per row).
 */
export async function validateInput<T extends object>(type: new () => T, plain: object): Promise<T> {
  sharedPipe ??= createValidationPipe();
  return (await sharedPipe.transform(plain, { type: 'body', metatype: type })) as T;
}
