import { spec } from '../../testing/decider-spec';
import { caseDecider } from '../case-decider';
import {
  answeredAndClosed,
  dueSoonWarned,
  extended,
  informationReceived,
  informationRequested,
  markOverdue,
  markedOverdue,
  mergedInto,
  on,
  operator,
  received,
  remind,
  routed,
  warnDueSoon,
} from './case-fixtures';

const given = spec(caseDecider).given;

describe('Due-soon warning (process manager)', () => {
  it('warns 5 days before the due date', () => {
    given([received()]).when(warnDueSoon()).then([dueSoonWarned()]);
  });

  it('not earlier', () => {
    given([received()]).when(warnDueSoon({ at: on('2026-03-26') })).thenNothing();
  });

  it('once per due date: a retry records nothing', () => {
    given([received(), dueSoonWarned()]).when(warnDueSoon({ at: on('2026-03-28') })).thenNothing();
  });

  it('again for a new due date after an extension', () => {
    given([received(), dueSoonWarned(), extended()])
      .when(warnDueSoon({ at: on('2026-04-26') }))
      .then([dueSoonWarned({ finalReplyDueDate: '2026-04-30', warnedAt: on('2026-04-26') })]);
  });

  it('not while waiting for the citizen', () => {
    given([received(), informationRequested({ requestedAt: on('2026-03-26') })]).when(warnDueSoon()).thenNothing();
  });

  it('not once overdue', () => {
    given([received()]).when(warnDueSoon({ at: on('2026-04-02') })).thenNothing();
  });

  it('only the process manager issues it', () => {
    given([received()]).when(warnDueSoon({ actor: operator })).thenThrows('ROLE_NOT_ALLOWED');
  });
});

describe('Overdue marking (process manager)', () => {
  it('marks the case overdue once the due date has ended in Rome', () => {
    given([received()]).when(markOverdue()).then([markedOverdue()]);
  });

  it('not on the due date itself', () => {
    given([received()]).when(markOverdue({ at: '2026-04-01T21:59:59.000Z' })).thenNothing();
  });

  it('from midnight in Rome (22:00 UTC in summer)', () => {
    given([received()])
      .when(markOverdue({ at: '2026-04-01T22:00:00.000Z' }))
      .then([markedOverdue({ markedAt: '2026-04-01T22:00:00.000Z' })]);
  });

  it('a second marking for the same due date records nothing', () => {
    given([received(), markedOverdue()]).when(markOverdue({ at: on('2026-04-05') })).thenNothing();
  });

  it('an extension makes it on time again; overdue again for the new date', () => {
    given([received(), markedOverdue(), extended({ extendedAt: on('2026-04-02') })])
      .when(markOverdue({ at: on('2026-04-10') }))
      .thenNothing();
    given([received(), markedOverdue(), extended({ extendedAt: on('2026-04-02') })])
      .when(markOverdue({ at: on('2026-05-01') }))
      .then([markedOverdue({ finalReplyDueDate: '2026-04-30', markedAt: on('2026-05-01') })]);
  });

  it('the days waiting for the citizen postpone it', () => {
    given([received(), informationRequested(), informationReceived()]).when(markOverdue()).thenNothing();
  });

  it('not while waiting for the citizen', () => {
    given([received(), informationRequested()]).when(markOverdue({ at: on('2026-05-01') })).thenNothing();
  });

  it('a closed case records nothing: the schedule was stale', () => {
    given(answeredAndClosed()).when(markOverdue()).thenNothing();
  });

  it('a merged case records nothing', () => {
    given([received(), mergedInto()]).when(markOverdue()).thenNothing();
  });

  it('a closed case gets no reminder either', () => {
    given([...answeredAndClosed()]).when(remind()).thenNothing();
    given([received(), routed(), mergedInto()]).when(remind()).thenNothing();
  });

  it('only the process manager issues it', () => {
    given([received()]).when(markOverdue({ actor: operator })).thenThrows('ROLE_NOT_ALLOWED');
  });

  it('a case that does not exist is an error even for the process manager', () => {
    given([]).when(markOverdue()).thenThrows('CASE_NOT_FOUND');
  });
});
