import { Inject, Injectable, OnModuleDestroy, Optional } from '@nestjs/common';
import { LiveView } from '../../command-handling/live-view';
import { LocalAppends } from '../../command-handling/local-appends';
import {
  CHARTER_STANDARD_STREAM_PREFIX,
  type CaseKind,
  type CaseTerms,
  type CharterEvent,
  type RomeDate,
} from '../../contracts';
import { caseTermsAt, standardsFromEvents, type Standard } from '../../domain';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';

/** The terms of the charter for a kind of case on a date (defaults of the law where the charter is silent). */
export type TermsAt = (date: RomeDate, kind: CaseKind | null) => CaseTerms;

/**
 * Read-only view of the quality charter, for the commands that start a clock: folded once
 * from the log and kept current in memory (LiveView), so a command never scans the log. A
 * standard adopted through this process applies to the very next command; one adopted by
 * another process as soon as the subscription brings it (milliseconds).
 */
@Injectable()
export class CharterTerms implements OnModuleDestroy {
  private readonly view: LiveView;
  private standards: Standard[] = [];
  private foldedAt = -1;

  constructor(@Inject(EVENT_STORE) store: EventStore, @Optional() local?: LocalAppends) {
    this.view = LiveView.ofStreamsStartingWith(store, CHARTER_STANDARD_STREAM_PREFIX, local);
  }

  async lookup(): Promise<TermsAt> {
    const standards = await this.standardsInForce();
    return (date, kind) => caseTermsAt(standards, date, kind);
  }

  /** Whether the view holds a standard (tests wait on it after writing one straight to the store). */
  async knows(standardId: string): Promise<boolean> {
    return (await this.standardsInForce()).some((standard) => standard.standardId === standardId);
  }

  onModuleDestroy(): Promise<void> {
    return this.view.close();
  }

  private async standardsInForce(): Promise<Standard[]> {
    await this.view.whenReady();
    if (this.foldedAt !== this.view.changeCount) {
      const events = [...this.view.allStreams()].flat().map((event) => ({ type: event.type, data: event.data }) as CharterEvent);
      this.standards = standardsFromEvents(events);
      this.foldedAt = this.view.changeCount;
    }
    return this.standards;
  }
}
