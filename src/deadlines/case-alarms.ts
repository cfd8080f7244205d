import { Inject, Injectable } from '@nestjs/common';
import type { CommandContext } from '../command-handling/command-context';
import { DecideAndAppend } from '../command-handling/decide-and-append';
import { caseStream, personalDataFieldsOf, type Instant } from '../contracts';
import { caseDecider, DomainError, type Actor, type CaseCommand } from '../domain';
import type { NewEvent } from '../event-store/event-store.port';
import { CLOCK, type Clock } from '../shared/clock';

/** What a deadline handler answers: the case's revision and status after its alarm. */
export interface CaseAlarmAnswer {
  id: string;
  revision: number;
  status: string;
}

/**
 * The write path of the process manager's own alarms (due soon, overdue) on a case stream:
 * decided by the case decider on the current state and appended with the revision read,
 * through the shared DecideAndAppend; the stream is named by the contracts. These events
 * name no citizen's data, so nothing is sealed; an alarm that did would be refused here
 * rather than written in clear.
 */
@Injectable()
export class CaseAlarms {
  constructor(
    private readonly decideAndAppend: DecideAndAppend,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async record(caseId: string, context: CommandContext, commandFor: (envelope: { actor: Actor; at: Instant }) => CaseCommand): Promise<CaseAlarmAnswer> {
    const envelope = { actor: context.actor, at: this.clock.now().toISOString() };
    const result = await this.decideAndAppend.execute({
      stream: caseStream(caseId),
      decider: caseDecider,
      decide: (state) => {
        if (state.status === 'none') throw new DomainError('CASE_NOT_FOUND', `Case ${caseId} does not exist`, { caseId });
        return caseDecider.decide(commandFor(envelope), state);
      },
      context,
      beforeAppend: async (events) => events.map(refuseSealedFields),
    });
    return { id: caseId, revision: result.revision, status: result.state.status };
  }
}

function refuseSealedFields(event: NewEvent): NewEvent {
  if (personalDataFieldsOf(event.type).length > 0) throw new Error(`A deadline alarm may not record personal data (${event.type})`);
  return event;
}
