/**
 * Appends contract-shaped events through the event store port, as the write side would:
 * each with an id chosen here (so specs can look for it in the facts), metadata naming the
 * actor, recorded at the event's business time.
 */
import { randomUUID } from 'node:crypto';
import { caseStream, charterStandardStream, sectorStream, type CaseEvent, type CharterEvent } from '../../../src/contracts';
import { correctiveActionsStream, type CorrectiveActionRecorded } from '../../../src/contracts/corrective-action-events';
import type { Actor } from '../../../src/domain/shared/actor';
import type { EventStore, NewEvent } from '../../../src/event-store/event-store.port';
import type { Position } from '../../../src/event-store/position';
import type { CaseStory } from '../../../projections/sector-performance/testing/case-story';
import { occurredAt } from '../../../projections/shared/contract-events';

const OPERATOR: Actor = { id: 'user-operator', role: 'operator' };
const ADMIN: Actor = { id: 'user-admin', role: 'admin' };
const MANAGER: Actor = { id: 'user-manager', role: 'manager' };

export interface Appended {
  position: Position;
  /** The ids given to the events, in order. */
  eventIds: string[];
}

export async function appendStory(store: EventStore, story: CaseStory): Promise<Appended> {
  const events = story.events.map((event: CaseEvent) => newEvent(event, OPERATOR, occurredAt(event)));
  const result = await store.appendToStream(caseStream(story.caseId), events);
  return { position: result.position, eventIds: events.map((e) => e.id) };
}

export async function appendSector(store: EventStore, sectorId: string, name: string, at = '2020-01-07T08:00:00.000Z'): Promise<Appended> {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const event = newEvent({ type: 'SectorEstablished', data: { sectorId, name, slug, establishedAt: at } }, ADMIN, at);
  const result = await store.appendToStream(sectorStream(sectorId), [event]);
  return { position: result.position, eventIds: [event.id] };
}

export async function appendCharter(store: EventStore, events: readonly CharterEvent[]): Promise<Appended> {
  const byStandard = new Map<string, CharterEvent[]>();
  for (const event of events) byStandard.set(event.data.standardId, [...(byStandard.get(event.data.standardId) ?? []), event]);
  let last: Appended | undefined;
  for (const [standardId, standardEvents] of byStandard) {
    const stored = standardEvents.map((event) => newEvent(event, ADMIN, '2024-12-16T10:00:00.000Z'));
    const result = await store.appendToStream(charterStandardStream(standardId), stored);
    last = { position: result.position, eventIds: stored.map((e) => e.id) };
  }
  if (!last) throw new Error('no charter event to append');
  return last;
}

export async function appendCorrectiveAction(store: EventStore, data: CorrectiveActionRecorded['data']): Promise<Appended> {
  const event = newEvent({ type: 'CorrectiveActionRecorded', data }, MANAGER, data.recordedAt);
  const result = await store.appendToStream(correctiveActionsStream(data.year), [event]);
  return { position: result.position, eventIds: [event.id] };
}

function newEvent(event: { type: string; data: object }, actor: Actor, recordedAt: string): NewEvent {
  return {
    id: randomUUID(),
    type: event.type,
    data: event.data,
    metadata: { correlationId: randomUUID(), causationId: randomUUID(), actor, recordedAt, schemaVersion: 1 },
  };
}
