import {
  ArgumentMetadata,
  BadRequestException,
  UnsupportedMediaTypeException,
  ValidationError,
  ValidationPipe,
  type ValidationPipeOptions,
} from '@nestjs/common';
import type { ValidatorOptions } from 'class-validator';
import { validateInServiceArea } from '../place/geo-point.dto';
import type { ServiceArea } from '../place/service-area';

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

export function validationFailed(violations: FieldViolation[]): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    code: 'VALIDATION_FAILED',
    message: violations.map((v) => `${v.field}: ${v.message}`).join('; '),
    violations,
  });
}

/** Keys that reach an object's prototype when a library copies or merges the body. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A path segment that JavaScript reads as a number but is not plain decimal: 0x7ea, 1e3, " 12". */
function isNonDecimalNumber(value: string): boolean {
  return value.trim() !== '' && Number.isFinite(Number(value)) && !/^-?[0-9]+(\.[0-9]+)?$/.test(value);
}

/**
 * How deep arrays and objects nest, counted without recursion and given up past `cap`
 * (a body nested thousands deep is what this guards against).
 */
export function deepestNesting(value: unknown, cap: number): number {
  let deepest = 0;
  const pending: Array<[unknown, number]> = [[value, 0]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!;
    if (current === null || typeof current !== 'object') continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest > cap) return deepest;
    for (const child of Object.values(current)) pending.push([child, level]);
  }
  return deepest;
}

/**
 * Text PostgreSQL cannot store (NUL) or that is not Unicode (a lone surrogate half), and keys
 * that would reach a prototype: one violation per field, found without recursion.
 */
export function unsafeInputViolations(value: unknown, root = ''): FieldViolation[] {
  const violations: FieldViolation[] = [];
  const pending: Array<[unknown, string]> = [[value, root]];
  while (pending.length > 0) {
    const [current, field] = pending.pop()!;
    const name = field || 'value';
    if (typeof current === 'string') {
      if (current.includes('\u0000')) {
        violations.push({ field: name, rule: 'noNulCharacter', message: `${name} must not contain NUL characters` });
      } else if (!isWellFormed(current)) {
        violations.push({ field: name, rule: 'wellFormedUnicode', message: `${name} must be well-formed Unicode text (no lone surrogates)` });
      }
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    for (const key of Object.keys(current)) {
      const child = field ? `${field}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) {
        violations.push({ field: child, rule: 'forbiddenKey', message: `the key ${key} is not allowed` });
        continue;
      }
      if (!isWellFormed(key) || key.includes('\u0000')) {
        violations.push({ field: name, rule: 'wellFormedKey', message: `${name} has a key that is not well-formed text` });
        continue;
      }
      pending.push([(current as Record<string, unknown>)[key], child]);
    }
  }
  return violations;
}

/** A surrogate half without its partner: not a character, and PostgreSQL refuses it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function isWellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** Upper-case uuids name the same thing: stream names and keys are lower-case. */
function normaliseUuids(value: unknown): unknown {
  if (typeof value === 'string') return UUID.test(value) ? value.toLowerCase() : value;
  if (Array.isArray(value)) return value.map(normaliseUuids);
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) (value as Record<string, unknown>)[key] = normaliseUuids(child);
  }
  return value;
}

export function bodyTooDeep(maxDepth: number): BadRequestException {
  return validationFailed([
    { field: 'body', rule: 'maxDepth', message: `body must not nest arrays and objects more than ${maxDepth} levels deep` },
  ]);
}

export function unsupportedMediaType(message: string): UnsupportedMediaTypeException {
  return new UnsupportedMediaTypeException({ statusCode: 415, error: 'Unsupported Media Type', code: 'UNSUPPORTED_MEDIA_TYPE', message });
}

/**
 * The class-validator pipe, preceded by the rules that hold for every field of every
 * request: text PostgreSQL can store, no prototype keys, plain decimal numbers in paths,
 * uuids in lower case. They run before class-transformer touches the value.
 */
class HardenedValidationPipe extends ValidationPipe {
  constructor(
    options: ValidationPipeOptions,
    private readonly rules: RequestRules,
  ) {
    super(options);
  }

  protected override validate(object: object, validatorOptions?: ValidatorOptions) {
    return validateInServiceArea(object, this.rules.serviceArea, () => super.validate(object, validatorOptions));
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') {
      const violations = unsafeInputViolations(value, metadata.data ?? '');
      if (metadata.type === 'param') violations.push(...nonDecimalParams(value, metadata.data));
      if (violations.length > 0) throw validationFailed(violations);
      value = normaliseUuids(value);
    }
    return super.transform(value, metadata);
  }
}

function nonDecimalParams(value: unknown, name: string | undefined): FieldViolation[] {
  const entries: Array<[string, unknown]> =
    name !== undefined ? [[name, value]] : value !== null && typeof value === 'object' ? Object.entries(value) : [];
  return entries
    .filter(([, text]) => typeof text === 'string' && isNonDecimalNumber(text))
    .map(([field]) => ({ field, rule: 'isDecimal', message: `${field} must be written in plain decimal digits` }));
}

/** The configured rules a body is validated against, besides its DTO's own (from AppConfig). */
export interface RequestRules {
  /** URP_MAP_BOUNDS: where a map point may fall. */
  serviceArea: ServiceArea;
}

/** 400 with `violations` naming each field and rule; unknown fields are refused too. */
export function createValidationPipe(rules: RequestRules): ValidationPipe {
  return new HardenedValidationPipe(
    {
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => validationFailed(toFieldViolations(errors)),
    },
    rules,
  );
}
