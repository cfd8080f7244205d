import { Inject, Injectable, NotFoundException, Optional } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CommandContext, eventMetadata, newCommandContext } from '../../command-handling/command-context';
import { WrongExpectedVersionError } from '../../event-store/errors';
import type { Actor } from '../../domain/shared/actor';
import { EVENT_STORE, EventStore, RecordedEvent } from '../../event-store/event-store.port';
import { CLOCK, Clock } from '../../shared/clock';
import { CitizenDirectory } from '../directory/citizen-directory';
import { DATA_KEY_STORE, DataKeyStore } from '../keys/data-key-store';
import { PersonalDataVault } from '../vault/personal-data-vault';
import { citizenStream, PERSONAL_DATA_ERASED, PersonalDataErasedData } from './personal-data-erased.event';

export interface ErasureRecord {
  citizenId: string;
  legalReason: string;
  erasedAt: string;
  erasedBy: Actor;
  /** Id of the PersonalDataErased event. */
  eventId: string;
}

export interface EraseCitizenCommand {
  citizenId: string;
  legalReason: string;
  actor: Actor;
  correlationId?: string;
}

const MAX_ATTEMPTS = 5;

/**
 * Crypto-shredding: the event log is never touched; the citizen's keys are destroyed, so every
 * sealed value of theirs, on every case, reads as erased from now on.
 */
@Injectable()
export class CitizenErasure {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(DATA_KEY_STORE) private readonly keys: DataKeyStore,
    private readonly vault: PersonalDataVault,
    @Optional() private readonly directory?: CitizenDirectory,
  ) {}

  /**
   * Records PersonalDataErased first (so the legal record exists even if the process dies), then
   * destroys the keys. Idempotent: when nothing new is left to erase it appends nothing and
   * returns the last erasure; a retry after a crash finishes destroying that erasure's keys.
   */
  async eraseCitizen(command: EraseCitizenCommand): Promise<ErasureRecord> {
    const context = newCommandContext('erase-citizen', command.actor, command.correlationId);
    // Stream names are case-sensitive, uuids are not.
    const citizenId = command.citizenId.toLowerCase();
    // The same person under every id the directory linked (cases registered before it knew them as one).
    const group = this.directory ? await this.directory.sameCitizen(citizenId) : [citizenId];
    let asked: ErasureRecord | undefined;
    let first: ErasureRecord | undefined;
    for (const member of [citizenId, ...group.filter((id) => id !== citizenId)]) {
      try {
        const record = await this.eraseWithRetries(member, command.legalReason, context);
        if (member === citizenId) asked = record;
        first ??= record;
      } catch (error) {
        if (!(error instanceof NotFoundException)) throw error;
      }
    }
    const record = asked ?? first;
    if (!record) throw citizenNotFound(citizenId);
    await this.directory?.forget(group);
    return record;
  }

  private async eraseWithRetries(citizenId: string, legalReason: string, context: CommandContext): Promise<ErasureRecord> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.eraseOnce({ citizenId, legalReason, context });
      } catch (error) {
        // Another erasure (or citizen event) got in first: decide again on the new stream.
        if (!(error instanceof WrongExpectedVersionError) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  private async eraseOnce(command: { citizenId: string; legalReason: string; context: CommandContext }): Promise<ErasureRecord> {
    const { citizenId, legalReason, context } = command;
    // Keys first: an erasure records its event before it destroys the keys, so keys found gone
    // mean the stream read next shows that erasure (a concurrent request answers it, not 404).
    const liveKeyIds = await this.keys.liveKeyIds(citizenId);
    const events = await this.eventStore.readStream(citizenStream(citizenId));
    const last = lastErasure(events);
    if (last && !isNewErasure(last.data as PersonalDataErasedData, liveKeyIds)) {
      await this.destroyKeys(last.data as PersonalDataErasedData);
      return toErasureRecord(last);
    }
    // No key was ever made for this id and it was never erased: no such citizen, nothing to record.
    if (!last && liveKeyIds.length === 0) {
      throw citizenNotFound(citizenId);
    }
    const data: PersonalDataErasedData = { citizenId, legalReason, erasedAt: this.clock.now().toISOString(), keyIds: liveKeyIds };
    const eventId = randomUUID();
    await this.eventStore.appendToStream(
      citizenStream(citizenId),
      [{ id: eventId, type: PERSONAL_DATA_ERASED, data, metadata: eventMetadata(context, this.clock) }],
      { expectedRevision: events.length ? events[events.length - 1].revision : 'no_stream' },
    );
    await this.destroyKeys(data);
    return { citizenId, legalReason, erasedAt: data.erasedAt, erasedBy: { ...context.actor }, eventId };
  }

  private async destroyKeys(erasure: PersonalDataErasedData): Promise<void> {
    const destroyed = await this.keys.eraseKeys(erasure.citizenId, new Date(erasure.erasedAt), erasure.legalReason);
    this.vault.forgetCitizen(erasure.citizenId);
    // The UPDATE left the wrapped key in an old row version: rewrite the table without it.
    if (destroyed > 0) await this.keys.compact();
  }
}

function citizenNotFound(citizenId: string): NotFoundException {
  return new NotFoundException({ statusCode: 404, error: 'Not Found', code: 'CITIZEN_NOT_FOUND', message: `No citizen ${citizenId} is known` });
}

function lastErasure(events: readonly RecordedEvent[]): RecordedEvent | undefined {
  return [...events].reverse().find((event) => event.type === PERSONAL_DATA_ERASED);
}

/**
 * After an erasure, live keys mean either that erasure did not finish (it listed them) or that
 * the citizen came back with new data since (it did not): only the latter needs a new record.
 */
function isNewErasure(last: PersonalDataErasedData, liveKeyIds: readonly string[]): boolean {
  return liveKeyIds.length > 0 && !liveKeyIds.some((keyId) => last.keyIds.includes(keyId));
}

function toErasureRecord(event: RecordedEvent): ErasureRecord {
  const data = event.data as PersonalDataErasedData;
  return {
    citizenId: data.citizenId,
    legalReason: data.legalReason,
    erasedAt: data.erasedAt,
    erasedBy: { id: event.metadata.actor.id, role: event.metadata.actor.role },
    eventId: event.id,
  };
}
