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
