import { decodeQueueCursor, encodeQueueCursor } from './queue-cursor';
import type { QueueSort } from './queue-order';

describe('queue cursor', () => {
  const urgencyKey = [false, '2026-04-01', '2026-03-02T09:00:00.000Z', '3b7c8f1e-1111-4222-8333-444455556666'];

  it('gives back the key it was made from, for the same sort', () => {
    expect(decodeQueueCursor(encodeQueueCursor('urgency', urgencyKey), 'urgency')).toEqual(urgencyKey);
    const receivedKey = ['2026-03-02T09:00:00.000Z', 'case-1'];
    expect(decodeQueueCursor(encodeQueueCursor('-receivedAt', receivedKey), '-receivedAt')).toEqual(receivedKey);
  });

  it('refuses a cursor of another sort', () => {
    expect(decodeQueueCursor(encodeQueueCursor('receivedAt', ['2026-03-02T09:00:00.000Z', 'case-1']), '-receivedAt')).toBeNull();
    expect(decodeQueueCursor(encodeQueueCursor('urgency', urgencyKey), 'receivedAt')).toBeNull();
  });

  it.each<[string, string, QueueSort]>([
    ['not base64url', 'a+b/c=', 'urgency'],
    ['not JSON', Buffer.from('{nope').toString('base64url'), 'urgency'],
    ['a key too short', encodeQueueCursor('urgency', urgencyKey.slice(1)), 'urgency'],
    ['an impossible date', encodeQueueCursor('urgency', [false, '2026-02-30', urgencyKey[2], urgencyKey[3]]), 'urgency'],
    ['a suspended flag that is not a boolean', encodeQueueCursor('urgency', ['false', ...urgencyKey.slice(1)]), 'urgency'],
    ['an instant without a zone', encodeQueueCursor('receivedAt', ['2026-03-02T09:00:00', 'case-1']), 'receivedAt'],
    ['an empty case id', encodeQueueCursor('receivedAt', ['2026-03-02T09:00:00.000Z', '']), 'receivedAt'],
    ['nothing', '', 'urgency'],
  ])('refuses %s', (_what, cursor, sort) => {
    expect(decodeQueueCursor(cursor, sort)).toBeNull();
  });
});
