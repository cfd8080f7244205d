/** Plays the stories' steps through the office, remembering what later steps need. */
import { caseStream, type CaseEvent } from '../../../src/contracts';
import { caseDecider, isDomainError, stateFrom } from '../../../src/domain';
import type { EventStore } from '../../../src/event-store/event-store.port';
import { addCalendarDays, laterDate, type RomeDate } from '../../../src/shared/rome-time';
import type { StoryStep } from './case-stories';
import type { Office } from './office';

export class StoryRunner {
  readonly refused: Record<string, number> = {};
  readonly caseIds = new Map<number, string>();
  private readonly sectors = new Map<number, string>();

  constructor(
    private readonly office: Office,
    private readonly store: EventStore,
  ) {}

  async run(step: StoryStep): Promise<void> {
    const caseId = this.caseIds.get(step.caseNo);
    if (step.action.type !== 'register' && caseId === undefined) return;
    try {
      await this.act(step, caseId as string);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      this.refused[error.code] = (this.refused[error.code] ?? 0) + 1;
    }
  }

  private async act({ caseNo, action, day }: StoryStep, caseId: string): Promise<void> {
    const { office } = this;
    const sector = this.sectors.get(caseNo) as string;
    switch (action.type) {
      case 'register':
        this.caseIds.set(caseNo, await office.register(action.kind));
        return;
      case 'route':
        await office.route(caseId, action.sectorId);
        this.sectors.set(caseNo, action.sectorId);
        return;
      case 'take-charge':
        await office.takeInCharge(caseId, sector);
        return;
      case 'hand-back':
        await office.handBack(caseId, sector);
        return;
      case 'remind':
        await office.remind(caseId);
        return;
      case 'request-information':
        await office.requestInformation(caseId);
        return;
      case 'record-information':
        await office.recordInformation(caseId);
        return;
      case 'interim-reply':
        await office.interimReply(caseId);
        return;
      case 'extend':
        await office.extend(caseId, await this.extendedDueDate(caseId, action.extraDays, day));
        return;
      case 'final-reply':
        await office.finalReply(caseId, action.bySector ? sector : undefined);
        return;
      case 'withdraw':
        await office.withdraw(caseId);
        return;
      case 'reopen':
        await office.reopen(caseId);
    }
  }

  /** The due date as the case has it today, moved on by the planned days (never into the past). */
  private async extendedDueDate(caseId: string, extraDays: number, today: RomeDate): Promise<RomeDate> {
    const events = await this.store.readStream(caseStream(caseId));
    const state = stateFrom(caseDecider, events.map((event) => ({ type: event.type, data: event.data }) as CaseEvent));
    const current = state.status === 'none' ? today : state.clock.dueDate;
    return addCalendarDays(laterDate(current, today), extraDays);
  }
}
