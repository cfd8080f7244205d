/**
 * Malformed requests for every operation of the OpenAPI document: wrong types, hostile text
 * (NUL, lone surrogates, huge strings), prototype keys, deep nesting, wrong content types,
 * odd path parameters. Shared by the bounded spec and the longer bench run.
 */
import fc from 'fast-check';

export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path, e.g. /api/v1/cases/{id}/extensions. */
  path: string;
}

export interface MalformedRequest {
  method: Operation['method'];
  url: string;
  contentType: string;
  body: string | undefined;
}

export function operationsOf(document: { paths: Record<string, Record<string, unknown>> }): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((method): method is Operation['method'] => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map((method) => ({ method, path })),
  );
}

const hostileText = fc.oneof(
  fc.string(),
  fc.constantFrom('\u0000', 'a\u0000b', '\ud800', 'x\udfffy', '0x7ea', '-1', '1e309', '9999-12-31', '', ' ', '%00', '../..', "'; DROP TABLE events; --"),
  fc.string({ minLength: 0, maxLength: 3 }).map((s) => s.repeat(3_000)),
);

const scalar = fc.oneof(hostileText, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));

const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 8 }), tie('value'), { maxKeys: 4 })),
})).value;

const fieldName = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'citizen', 'reason', 'newDueDate', 'text', 'username', 'password', 'kind', 'subject', 'description', 'target', 'legalReason', 'sectorId', 'name'),
  fc.string({ maxLength: 10 }),
);

/** A body as text: a JSON object of hostile fields, deep nesting, or not JSON at all. */
const body = fc.oneof(
  fc.dictionary(fieldName, hostileValue, { maxKeys: 6 }).map((object) => JSON.stringify(object)),
  fc.tuple(fieldName, hostileValue).map(([key, value]) => `{"${key.replace(/["\\]/g, '')}":${JSON.stringify(value) ?? 'null'}}`),
  fc.integer({ min: 40, max: 3_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
  fc.integer({ min: 40, max: 3_000 }).map((depth) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
  fc.constantFrom('{', '{"a":}', 'null', '[]', '"text"', '12', '{"a":"\\u0000"}', '{"a":"\\ud800"}', '{"__proto__":{"admin":true}}'),
  fc.constant(undefined),
);

const contentType = fc.constantFrom(
  'application/json',
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
);

const pathValue = fc.oneof(
  fc.uuid().map((id) => id.toUpperCase()),
  fc.uuid(),
  fc.constantFrom('0x7ea', '2026', '1e3', '-1', '%00', '%ZZ', 'null', 'a'.repeat(500), '..%2F..', '%F0%9F%98%80', '%ED%A0%80'),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
);

const query = fc.oneof(
  fc.constant(''),
  fc.constantFrom('?sectorId=%00', '?limit=-1', '?limit=0x10', '?cursor=%ED%A0%80', '?sort=__proto__', '?from=9999-99-99', '?a[b][c]=1', '?limit=1e400'),
  fc.dictionary(fieldName, fc.string({ maxLength: 12 }), { maxKeys: 3 }).map((q) => '?' + new URLSearchParams(q).toString()),
);

export function malformedRequest(operations: readonly Operation[]): fc.Arbitrary<MalformedRequest> {
  return fc
    .record({ operation: fc.constantFrom(...operations), params: fc.array(pathValue, { minLength: 4, maxLength: 4 }), query, body, contentType })
    .map(({ operation, params, query, body, contentType }) => {
      let index = 0;
      const path = operation.path.replace(/\{[^}]+\}/g, () => params[index++ % params.length]);
      return { method: operation.method, url: path + query, contentType, body: operation.method === 'get' ? undefined : body };
    });
}
