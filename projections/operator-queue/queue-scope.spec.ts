import { ForbiddenException } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { ListQueueQuery } from './list-queue.query';
import { encodeQueueCursor } from './queue-cursor';
import { queueCriteriaFor, queuePageRequestFor } from './queue-scope';

describe('queue scope', () => {
  const query = (plain: Record<string, unknown>) => plainToInstance(ListQueueQuery, plain);

  it("forces a referent's own sector, whatever sector the query names", () => {
    expect(queueCriteriaFor({ role: 'referent', sectorId: 'lp' }, query({ sectorId: 'tributi', kind: 'report' }))).toMatchObject({
      sectorId: 'lp',
      kind: 'report',
    });
    expect(queueCriteriaFor({ role: 'referent', sectorId: 'lp' }, query({}))).toMatchObject({ sectorId: 'lp' });
  });

  it('refuses a referent who has no sector rather than showing every case', () => {
    expect(() => queueCriteriaFor({ role: 'referent' }, query({}))).toThrow(ForbiddenException);
  });

  it.each(['operator', 'manager', 'auditor', 'admin'] as const)('lets a %s choose any sector, or none', (role) => {
    expect(queueCriteriaFor({ role }, query({ sectorId: 'tributi' })).sectorId).toBe('tributi');
    expect(queueCriteriaFor({ role }, query({})).sectorId).toBeUndefined();
  });

  it('pages by urgency, 50 at a time, from the start unless given a cursor', () => {
    expect(queuePageRequestFor(query({}))).toEqual({ sort: 'urgency', limit: 50, after: null });
    const cursor = encodeQueueCursor('-receivedAt', ['2026-03-02T09:00:00.000Z', 'case-1']);
    expect(queuePageRequestFor(query({ sort: '-receivedAt', limit: 10, cursor }))).toEqual({
      sort: '-receivedAt',
      limit: 10,
      after: ['2026-03-02T09:00:00.000Z', 'case-1'],
    });
  });
});
