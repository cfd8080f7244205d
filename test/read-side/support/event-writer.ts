/**
 * Appends contract events through the event store port, as the write side would: personal
 * fields sealed with the vault (unless a spec asks for them in clear), metadata naming the
 * actor, recorded at the event's business time.
 */
import { randomUUID } from 'node:crypto';
import { caseStream, personalDataFieldsOf, sectorStream, type CaseEvent, type SectorEvent } from '../../../src/contracts';
import type { Actor } from '../../../src/domain/shared/actor';
import type { EventStore, NewEvent } from '../../../src/event-store/event-store.port';
import type { Position } from '../../../src/event-store/position';
import type { PersonalDataVault } from '../../../src/personal-data';
import { occurredAt } from '../../../projections/shared/contract-events';

export const OPERATOR: Actor = { id: 'user-operator-anna', role: 'operator' };
export const SYSTEM: Actor = { id: 'system', role: 'system' };

export class EventWriter {
  /** Position of the last event this writer appended. */
  last: Position | null = null;

  constructor(
    private readonly store: EventStore,
    private readonly vault: PersonalDataVault,
  ) {}

  /** Appends a case's events in one go; returns the position of the last. */
  async case(caseId: string, events: readonly CaseEvent[], actor: Actor = OPERATOR, options: { seal?: boolean } = {}): Promise<Position> {
    const sealed = options.seal === false ? events : await Promise.all(events.map((event) => this.sealed(event)));
    const result = await this.store.appendToStream(
      caseStream(caseId),
      sealed.map((event) => newEvent(event, actor, occurredAt(event))),
    );
    return this.appended(result.position);
  }

  async sector(sectorId: string, events: readonly SectorEvent[], actor: Actor = { id: 'user-admin', role: 'admin' }): Promise<Position> {
    const at = new Date().toISOString();
    const result = await this.store.appendToStream(sectorStream(sectorId), events.map((event) => newEvent(event, actor, at)));
    return this.appended(result.position);
  }

  async raw(stream: string, type: string, data: object, actor: Actor = SYSTEM): Promise<Position> {
    const result = await this.store.appendToStream(stream, [newEvent({ type, data }, actor, new Date().toISOString())]);
    return this.appended(result.position);
  }

  private appended(position: Position): Position {
    this.last = position;
    return position;
  }

  private async sealed(event: CaseEvent): Promise<CaseEvent> {
    const fields = personalDataFieldsOf(event.type);
    if (fields.length === 0) return event;
    const data = event.data as CaseEvent['data'] & { citizenId: string };
    return { ...event, data: await this.vault.sealFields(data, fields, data.citizenId) } as CaseEvent;
  }
}

function newEvent(event: { type: string; data: object }, actor: Actor, recordedAt: string): NewEvent {
  return {
    id: randomUUID(),
    type: event.type,
    data: event.data,
    metadata: { correlationId: randomUUID(), causationId: randomUUID(), actor, recordedAt, schemaVersion: 1 },
  };
}
