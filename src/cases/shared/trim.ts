import { Transform } from 'class-transformer';

/** Trims a text before validation, so '  ' counts as empty and stored texts carry no stray blanks. */
export const Trim = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
