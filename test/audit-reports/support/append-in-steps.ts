/**
 * Appends the scenario's case events in steps by the time they were recorded (their
 * business time, as test/reports/support/append-events.ts records them), keeping the ids
 * given to each case's events in story order so specs can name the events they expect.
 */
import { randomUUID } from 'node:crypto';
import { caseStream, type CaseEvent } from '../../../src/contracts';
import type { EventStore, NewEvent } from '../../../src/event-store/event-store.port';
import type { Position } from '../../../src/event-store/position';
import type { CaseStory } from '../../../projections/sector-performance/testing/case-story';
import { occurredAt } from '../../../projections/shared/contract-events';

export class StepwiseCases {
  /** Per case, the ids of its events in story order. */
  readonly ids = new Map<string, string[]>();
  private readonly appended = new Map<string, number>();

  constructor(private readonly stories: readonly CaseStory[]) {
    for (const story of stories) this.ids.set(story.caseId, story.events.map(() => randomUUID()));
  }

  /** Appends every event not yet appended that was recorded at or before `until`; the last position. */
  async appendUntil(store: EventStore, until: string): Promise<Position | undefined> {
    let last: Position | undefined;
    for (const story of this.stories) {
      const done = this.appended.get(story.caseId) ?? 0;
      const due = story.events.slice(done).findIndex((event) => Date.parse(occurredAt(event)) > Date.parse(until));
      const next = due < 0 ? story.events.length : done + due;
      if (next === done) continue;
      const events = story.events.slice(done, next).map((event, i) => this.newEvent(story, event, done + i));
      last = (await store.appendToStream(caseStream(story.caseId), events)).position;
      this.appended.set(story.caseId, next);
    }
    return last;
  }

  eventId(caseId: string, index: number): string {
    return this.ids.get(caseId)![index];
  }

  private newEvent(story: CaseStory, event: CaseEvent, index: number): NewEvent {
    const actor = { id: 'user-operator', role: 'operator' as const };
    const metadata = { correlationId: randomUUID(), causationId: randomUUID(), actor, recordedAt: occurredAt(event), schemaVersion: 1 };
    return { id: this.eventId(story.caseId, index), type: event.type, data: event.data, metadata };
  }
}
