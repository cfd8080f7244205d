import { Inject, Injectable } from '@nestjs/common';
import { charterStandardStream, type CharterEvent, type RomeDate } from '../contracts';
import { DomainError, standardDecider, stateFrom, type Standard } from '../domain';
import { EVENT_STORE, EventStore, RecordedEvent } from '../event-store/event-store.port';
import { CHARTER_STANDARD_STREAM_PREFIX } from '../contracts';
import { readAllMatching } from '../event-store/read-all-matching';
import { StandardView, toStandardView } from './standard-view';

interface StoredStandard {
  standard: Standard;
  revision: number;
}

/**
 * The quality charter, folded straight from its events on each read: a charter holds a
 * dozen standards revised a few times a year, so no read model is needed and there is no
 * cache to go stale. One standard is read from its own stream; the list comes from the
 * global log, which shows a new event once every older transaction on the database has ended.
 */
@Injectable()
export class CharterCatalog {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Every standard ever adopted, with all its versions: what caseTermsAt and the reports need. */
  async standards(): Promise<Standard[]> {
    return (await this.stored()).map(({ standard }) => standard);
  }

  /** The standards by code, each with the version in force on `day`; only those in force that day when `onlyInForce`. */
  async list(day: RomeDate, onlyInForce: boolean): Promise<StandardView[]> {
    return (await this.stored())
      .map(({ standard, revision }) => toStandardView(standard, revision, day))
      .filter((view) => !onlyInForce || view.inForce !== null)
      .sort((a, b) => a.code.localeCompare(b.code, 'it', { numeric: true }));
  }

  async get(standardId: string, day: RomeDate): Promise<StandardView> {
    const found = storedOf(await this.store.readStream(charterStandardStream(standardId)));
    if (!found) throw new DomainError('STANDARD_NOT_FOUND', `Standard ${standardId} does not exist`, { standardId });
    return toStandardView(found.standard, found.revision, day);
  }

  /** The standard other than `exceptStandardId` that uses the code, if any. */
  async holderOfCode(code: string, exceptStandardId: string): Promise<Standard | null> {
    return (await this.standards()).find((s) => s.code === code && s.standardId !== exceptStandardId) ?? null;
  }

  private async stored(): Promise<StoredStandard[]> {
    const byStream = new Map<string, RecordedEvent[]>();
    for await (const event of readAllMatching(this.store, { streamPrefixes: [CHARTER_STANDARD_STREAM_PREFIX] })) {
      byStream.set(event.streamName, [...(byStream.get(event.streamName) ?? []), event]);
    }
    return [...byStream.values()].map(storedOf).filter((s): s is StoredStandard => s !== null);
  }
}

function storedOf(events: readonly RecordedEvent[]): StoredStandard | null {
  if (events.length === 0) return null;
  const state = stateFrom(standardDecider, events.map((e) => ({ type: e.type, data: e.data }) as CharterEvent));
  return state.status === 'none' ? null : { standard: state, revision: events[events.length - 1].revision };
}
