/**
 * Sends malformed requests to the real system (as every role, and without a token) and
 * checks the answer: never 5xx, always a JSON error body on 4xx, a field named when the
 * body or a parameter is at fault.
 */
import request from 'supertest';
import type { MalformedRequest } from './malformed-requests';

export interface FuzzOutcome {
  status: number;
  problem?: string;
}

export async function sendMalformed(server: unknown, malformed: MalformedRequest, authorization: string | undefined): Promise<FuzzOutcome> {
  let test = request(server as never)[malformed.method](malformed.url);
  if (authorization) test = test.set('Authorization', authorization);
  if (malformed.body !== undefined) test = test.set('Content-Type', malformed.contentType).send(malformed.body);
  const response = await test;
  const status = response.status;
  if (status >= 500) return { status, problem: `${status} ${JSON.stringify(response.body)}` };
  if (status >= 400 && OPEN311.test(malformed.url)) return { status, problem: open311ErrorProblem(status, response) };
  if (status >= 400) {
    if (!/^application\/json/.test(String(response.headers['content-type']))) return { status, problem: 'error body is not JSON' };
    if (response.body?.statusCode !== status) return { status, problem: `error body ${JSON.stringify(response.body)} lacks statusCode` };
    if (response.body.code === 'VALIDATION_FAILED') {
      const violations = response.body.violations as { field?: unknown; rule?: unknown }[] | undefined;
      if (!violations?.length || violations.some((v) => typeof v.field !== 'string' || typeof v.rule !== 'string')) {
        return { status, problem: `validation error naming no field: ${JSON.stringify(response.body)}` };
      }
    }
  }
  return { status };
}

/** Open311 GeoReport v2 answers errors in the spec's own format: a list of { code, description }. */
const OPEN311 = /^\/api\/v1\/open311\//;

function open311ErrorProblem(status: number, response: request.Response): string | undefined {
  const type = String(response.headers['content-type']);
  if (/^(application|text)\/xml/.test(type)) {
    return /<errors>\s*<error>\s*<code>\d+<\/code>\s*<description>[^<]*<\/description>/.test(response.text) ? undefined : `Open311 XML error body ${response.text}`;
  }
  if (!/^application\/json/.test(type)) return 'Open311 error body is neither JSON nor XML';
  const errors = response.body as { code?: unknown; description?: unknown }[];
  const wellFormed = Array.isArray(errors) && errors.length > 0 && errors.every((e) => e.code === status && typeof e.description === 'string');
  return wellFormed ? undefined : `Open311 error body ${JSON.stringify(response.body)} is not a list of { code, description }`;
}
