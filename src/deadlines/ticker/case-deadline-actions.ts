import { Inject, Injectable } from '@nestjs/common';
import { CommandBus, type Command } from '@nestjs/cqrs';
import { SendTakeChargeReminderCommand } from '../../cases/send-take-charge-reminder/send-take-charge-reminder.command';
import type { CaseAlarmAnswer } from '../case-alarms';
import type { CommandContext } from '../../command-handling/command-context';
import { PreconditionFailedError } from '../../command-handling/command-errors';
import { caseStream, type CaseEvent } from '../../contracts';
import { caseDecider, stateFrom, type CaseState } from '../../domain';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { CLOCK, type Clock } from '../../shared/clock';
import { MarkFinalReplyOverdueCommand } from '../mark-final-reply-overdue/mark-final-reply-overdue.command';
import { PROCESS_MANAGER_ACTOR } from '../process-manager-actor';
import { WarnFinalReplyDueSoonCommand } from '../warn-final-reply-due-soon/warn-final-reply-due-soon.command';
import { dueActionOf, type DueAction, type DueActionKind } from './due-action';

/** Actions due at once on a case are few (a reminder, then an alarm); the rest are lost races. */
const MAX_STEPS = 6;

const COMMAND_NAMES: Record<DueActionKind, string> = {
  reminder: 'send-take-charge-reminder',
  'due-soon': 'warn-final-reply-due-soon',
  overdue: 'mark-final-reply-overdue',
};

/**
 * Brings one case up to date with its deadlines: reads it, finds the action due, sends the
 * command through the command bus as an operator's would go (handler, decider, shared
 * write path), with a key bound to the revision read and that revision as If-Match; then
 * looks again, until nothing is due.
 */
@Injectable()
export class CaseDeadlineActions {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly commandBus: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The kinds of the actions now recorded on the case (by this call, or by a twin instance racing it). */
  async settle(caseId: string): Promise<DueActionKind[]> {
    const recorded: DueActionKind[] = [];
    for (let step = 0; step < MAX_STEPS; step++) {
      const { state, revision } = await this.load(caseId);
      const action = dueActionOf(state, revision, this.clock.now().toISOString());
      if (action === null) break;
      const outcome = await this.issue(action, revision);
      if (outcome === 'recorded') recorded.push(action.kind);
      // The decider saw nothing to do (its instant came a moment later): asking again would loop.
      if (outcome === 'nothing') break;
    }
    return recorded;
  }

  private async load(caseId: string): Promise<{ state: CaseState; revision: number }> {
    const history = await this.store.readStream(caseStream(caseId));
    const state = stateFrom(caseDecider, history.map((event) => ({ type: event.type, data: event.data }) as CaseEvent));
    return { state, revision: history.length ? history[history.length - 1].revision : -1 };
  }

  private async issue(action: DueAction, revision: number): Promise<'recorded' | 'nothing' | 'case-moved'> {
    const context: CommandContext = {
      commandName: COMMAND_NAMES[action.kind],
      actor: PROCESS_MANAGER_ACTOR,
      // Deterministic too: the events of a retried action carry the same metadata.
      correlationId: action.idempotencyKey,
      idempotencyKey: action.idempotencyKey,
      expectedRevision: revision,
    };
    try {
      const answer: CaseAlarmAnswer = await this.commandBus.execute(commandFor(action, context));
      return answer.revision > revision ? 'recorded' : 'nothing';
    } catch (error) {
      // Someone acted on the case since it was read: the action may no longer be due. Look again.
      if (error instanceof PreconditionFailedError) return 'case-moved';
      throw error;
    }
  }
}

function commandFor(action: DueAction, context: CommandContext): Command<CaseAlarmAnswer> {
  switch (action.kind) {
    case 'reminder':
      return new SendTakeChargeReminderCommand(action.caseId, context);
    case 'due-soon':
      return new WarnFinalReplyDueSoonCommand(action.caseId, context);
    case 'overdue':
      return new MarkFinalReplyOverdueCommand(action.caseId, context);
  }
}
