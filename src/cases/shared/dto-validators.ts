/** class-validator rules for the forms the domain keeps time in. */
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isInstant, isRomeDate } from '../../shared/rome-time';

/** An ISO-8601 instant with a zone (Z or an offset): a bare local time would be ambiguous. */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: (value) => isInstant(value),
        defaultMessage: (args) => `${args?.property ?? 'value'} must be an ISO-8601 instant with a zone, e.g. 2026-03-02T09:30:00Z`,
      },
    },
    options,
  );
}

/** A calendar date 'YYYY-MM-DD' that exists (Europe/Rome dates carry no time). */
export function IsRomeDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isRomeDate',
      validator: {
        validate: (value) => isRomeDate(value),
        defaultMessage: (args) => `${args?.property ?? 'value'} must be a calendar date YYYY-MM-DD`,
      },
    },
    options,
  );
}
