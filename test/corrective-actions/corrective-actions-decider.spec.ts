import { correctiveActionsDecider, decideCorrectiveAction } from '../../src/corrective-actions/record-corrective-action/corrective-actions-decider';

const action = {
  actionId: 'a1',
  year: 2026,
  standardId: null,
  sectorId: 'tributi',
  anomaly: 'Risposte oltre i termini',
  action: 'Referente supplente',
  owner: 'Dirigente Tributi',
  dueDate: '2027-06-30',
  recordedAt: '2027-01-20T09:00:00.000Z',
};

describe('corrective actions of a year', () => {
  it('records an action once', () => {
    const events = decideCorrectiveAction(correctiveActionsDecider.initialState(), action);
    expect(events).toEqual([{ type: 'CorrectiveActionRecorded', data: action }]);
    const state = events.reduce(correctiveActionsDecider.evolve, correctiveActionsDecider.initialState());
    expect(decideCorrectiveAction(state, action)).toEqual([]);
    expect(decideCorrectiveAction(state, { ...action, actionId: 'a2' })).toHaveLength(1);
  });
});
