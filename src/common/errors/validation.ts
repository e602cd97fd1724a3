import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from './rule-error.js';
import { CommonError } from './common.errors.js';

/**
 * Flattens class-validator's tree into one entry per offending field path (`bylaws.quorumPercent`). An error about
 * the whole value (a body that is not an object) has no property: its field is `body`.
 */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const property = error.property ?? 'body';
    const field = parent ? `${parent}.${property}` : property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

/** Whitelisted DTOs: unknown fields are refused (no mass assignment), values converted to their declared types. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new CommonError('VALIDATION_FAILED', 'The request is invalid.', toFieldErrors(errors)),
  });
}
