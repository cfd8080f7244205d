/** Validation rules for query strings, named so that a 400 says which rule a field broke. */
import { ValidateBy, ValidationOptions } from 'class-validator';
import { isRomeDate } from '../../src/read-side';

/** A real calendar date 'YYYY-MM-DD' (read as a Europe/Rome day). */
export function IsRomeDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isRomeDate',
      validator: {
        validate: (value) => isRomeDate(value),
        defaultMessage: (args) => `${args?.property} must be a real calendar date YYYY-MM-DD`,
      },
    },
    options,
  );
}

/** Not before the (valid) date in another field of the same query. */
export function IsNotBefore(otherField: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotBefore',
      constraints: [otherField],
      validator: {
        validate: (value, args) => {
          const other = (args?.object as Record<string, unknown>)[otherField];
          return !isRomeDate(other) || !isRomeDate(value) || value >= other;
        },
        defaultMessage: (args) => `${args?.property} must not be before ${otherField}`,
      },
    },
    options,
  );
}
