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
