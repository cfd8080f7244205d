/**
 * The corrective actions of one report year (stream `corrective-actions-${year}`). The only
 * rule is that an action is recorded once: the same action id again records nothing, so a
 * retried request can never publish an action twice.
 */
import type { CorrectiveActionRecorded } from '../../contracts/corrective-action-events';
import type { Decider } from '../../domain/shared/decider';

export interface CorrectiveActionsState {
  recordedActionIds: readonly string[];
}

export type RecordCorrectiveAction = CorrectiveActionRecorded['data'];

export const correctiveActionsDecider: Decider<RecordCorrectiveAction, CorrectiveActionRecorded, CorrectiveActionsState> = {
  decide: (action, state) => decideCorrectiveAction(state, action),
  initialState: () => ({ recordedActionIds: [] }),
  evolve: (state, event) => ({ recordedActionIds: [...state.recordedActionIds, event.data.actionId] }),
};

export function decideCorrectiveAction(state: CorrectiveActionsState, action: RecordCorrectiveAction): CorrectiveActionRecorded[] {
  if (state.recordedActionIds.includes(action.actionId)) return [];
  return [{ type: 'CorrectiveActionRecorded', data: action }];
}
