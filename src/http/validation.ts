import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

export interface FieldViolation {
  /** Dotted path of the offending field, e.g. `citizen.email`. */
  field: string;
  /** The rule it broke (class-validator constraint name), e.g. `isEmail`. */
  rule: string;
  message: string;
}

/** Flattens nested validation errors into one violation per field and rule. */
export function toFieldViolations(errors: ValidationError[], parent = ''): FieldViolation[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({ field, rule, message }));
    return [...own, ...toFieldViolations(error.children ?? [], field)];
  });
}

/** 400 with `violations` naming each field and rule; unknown fields are refused too. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const violations = toFieldViolations(errors);
      return new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        code: 'VALIDATION_FAILED',
        message: violations.map((v) => `${v.field}: ${v.message}`).join('; '),
        violations,
      });
    },
  });
}
