/**
 * The citizen's way into a case: reference number and access code. The case is read from its
 * own stream (not a read model), so an answer just given shows at once; only the reference
 * number is looked up in the timeline.
 */
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { caseStream, personalDataFieldsOf, type CaseEvent } from '../../contracts';
import { caseDecider, stateFrom, type Case } from '../../domain';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { PersonalDataVault } from '../../personal-data';
import { CLOCK, type Clock } from '../../shared/clock';
import { AccessCodes } from '../access-codes';
import { CASE_REFERENCES, type CaseReferences } from '../case-references';
import type { CitizenCaseView } from './citizen-case.view';
import { citizenCaseView } from './citizen-case-view';
import { FailedAttempts } from './failed-attempts';

export interface CitizenCase {
  caseId: string;
  state: Case;
  view: CitizenCaseView;
}

/** One answer for an unknown reference and a wrong code: neither tells whether the other exists. */
export function caseNotFoundForCitizen(): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    code: 'CASE_NOT_FOUND',
    message: 'Nessuna pratica corrisponde a questo numero e codice di accesso: li controlli e riprovi.',
  });
}

@Injectable()
export class CitizenCases {
  constructor(
    @Inject(CASE_REFERENCES) private readonly references: CaseReferences,
    private readonly accessCodes: AccessCodes,
    private readonly vault: PersonalDataVault,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly failedAttempts: FailedAttempts,
  ) {}

  /** The case the reference and code open, or 404; 429 for a client (address) that failed too often. */
  async open(reference: string, accessCode: string | undefined, client: string): Promise<CitizenCase> {
    this.failedAttempts.requireAllowed(client);
    const caseId = await this.references.caseIdOf(reference.trim().toUpperCase());
    if (!caseId || !accessCode || !this.accessCodes.matches(accessCode, caseId)) {
      this.failedAttempts.recordFailure(client);
      throw caseNotFoundForCitizen();
    }
    const recorded = await this.store.readStream(caseStream(caseId));
    const sealed = recorded.map((event) => ({ type: event.type, data: event.data }) as CaseEvent);
    const state = stateFrom(caseDecider, sealed);
    if (state.status === 'none') throw caseNotFoundForCitizen();
    const opened = await Promise.all(
      sealed.map(async (event) => ({ ...event, data: await this.vault.unsealFields(event.data, personalDataFieldsOf(event.type)) }) as CaseEvent),
    );
    return { caseId, state, view: citizenCaseView(state, opened, this.clock.now().toISOString()) };
  }
}
