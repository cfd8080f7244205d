import type { CaseCommand } from '../case-commands';
import * as fixture from './case-fixtures';
import { spec } from '../../testing/decider-spec';
import { caseDecider } from '../case-decider';
import {
  acknowledge,
  answeredAndClosed,
  anotherCitizen,
  classify,
  close,
  closed,
  directElsewhere,
  draftFinalReply,
  extend,
  feedbackGiven,
  giveFeedback,
  handBack,
  inCharge,
  informationRequested,
  merge,
  mergedInto,
  on,
  operator,
  received,
  recordInformation,
  referent,
  remind,
  reopen,
  reopened,
  requestInformation,
  route,
  routed,
  sendFinalReply,
  sendInterimReply,
  takeInCharge,
  unmerge,
} from './case-fixtures';

const given = spec(caseDecider).given;

describe('Closing without a final reply', () => {
  it('the citizen withdrew', () => {
    given([received()]).when(close()).then([closed({ outcome: 'withdrawn' })]);
  });

  it('withdrawn even while a sector has it, or while waiting for the citizen', () => {
    given([...inCharge(), informationRequested()]).when(close()).then([closed({ outcome: 'withdrawn' })]);
  });

  it('an appreciation needs no reply', () => {
    given([received({ kind: 'appreciation' })])
      .when(close({ outcome: 'no_reply_needed' }))
      .then([closed({ outcome: 'no_reply_needed' })]);
  });

  it('a report needs a reply', () => {
    given([received()]).when(close({ outcome: 'no_reply_needed' })).thenThrows('CLOSE_WITHOUT_REPLY_NOT_ALLOWED');
  });

  it('"answered" is the final reply\'s outcome, not a close command\'s', () => {
    given([received()]).when(close({ outcome: 'answered' as never })).thenThrows('INVALID_VALUE');
  });

  it('a closed case cannot be closed again', () => {
    given(answeredAndClosed()).when(close()).thenThrows('CASE_CLOSED');
  });
});

describe('A closed case accepts nothing but a reopening and the feedback', () => {
  const refused: Array<[string, CaseCommand]> = [
    ['classification', classify({ kind: 'complaint' })],
    ['routing', route({ sectorId: 'tributi' })],
    ['hand back', handBack()],
    ['take charge', takeInCharge()],
    ['manual reminder', remind({ actor: operator })],
    ['information request', requestInformation()],
    ['interim reply', sendInterimReply()],
    ['extension', extend({ newDueDate: '2026-06-30' })],
    ['draft', draftFinalReply()],
    ['final reply', sendFinalReply()],
    ['directing elsewhere', directElsewhere()],
    ['acknowledgement by an operator', acknowledge({ actor: operator })],
    ['merge', merge()],
  ];

  it.each(refused)('refuses a %s', (_, command) => {
    given(answeredAndClosed()).when(command).thenThrows('CASE_CLOSED');
  });
});

describe('Reopening', () => {
  it('reopens a closed case: back to the URP, with a new 30-day clock from today', () => {
    given(answeredAndClosed()).when(reopen()).then([reopened()]);
  });

  it('with the terms in force at reopening', () => {
    given(answeredAndClosed())
      .when(reopen({ terms: { finalReplyDays: 20, takeChargeDays: 10, reminderRepeatDays: 5, dueSoonDays: 3 } }))
      .then([reopened({ finalReplyTerms: { finalReplyDays: 20, dueSoonDays: 3 }, finalReplyDueDate: '2026-04-14' })]);
  });

  it('records the outcome it had', () => {
    given([received(), closed({ outcome: 'withdrawn' })])
      .when(reopen())
      .then([reopened({ previousOutcome: 'withdrawn' })]);
  });

  it('needs a reason', () => {
    given(answeredAndClosed()).when(reopen({ reason: '' })).thenThrows('TEXT_REQUIRED');
  });

  it('only a closed case can be reopened', () => {
    given(inCharge()).when(reopen()).thenThrows('CASE_NOT_CLOSED');
  });

  it('a reopened case is with the URP: it is routed again, not answered by the old sector', () => {
    given([...answeredAndClosed(), reopened()]).when(sendFinalReply({ actor: referent })).thenThrows('NOT_ROUTED_SECTOR');
    given([...answeredAndClosed(), reopened()])
      .when(route({ at: on('2026-03-26') }))
      .then([routed({ routedAt: on('2026-03-26'), takeChargeDueDate: '2026-04-05' })]);
  });
});

describe('Satisfaction feedback', () => {
  it('the citizen rates a closed case', () => {
    given(answeredAndClosed()).when(giveFeedback()).then([feedbackGiven()]);
  });

  it('an operator records an answer given by phone', () => {
    given(answeredAndClosed())
      .when(giveFeedback({ actor: operator, score: 3, comment: '' }))
      .then([feedbackGiven({ score: 3, comment: null })]);
  });

  it('only after the case is closed', () => {
    given(inCharge()).when(giveFeedback()).thenThrows('CASE_NOT_CLOSED');
  });

  it('once per closure', () => {
    given([...answeredAndClosed(), feedbackGiven()]).when(giveFeedback()).thenThrows('FEEDBACK_ALREADY_GIVEN');
  });

  it('again after the case is reopened and closed again', () => {
    given([...answeredAndClosed(), feedbackGiven(), reopened(), closed({ closedAt: on('2026-04-02') })])
      .when(giveFeedback({ score: 2, at: on('2026-04-03') }))
      .then([feedbackGiven({ score: 2, givenAt: on('2026-04-03') })]);
  });

  it('not while the reopened case is open', () => {
    given([...answeredAndClosed(), feedbackGiven(), reopened()]).when(giveFeedback()).thenThrows('CASE_NOT_CLOSED');
  });

  it.each([0, 6, 4.5, Number.NaN])('refuses the score %p', (score) => {
    given(answeredAndClosed()).when(giveFeedback({ score })).thenThrows('FEEDBACK_SCORE_INVALID');
  });

  it('a citizen rates only their own case', () => {
    given(answeredAndClosed()).when(giveFeedback({ actor: anotherCitizen })).thenThrows('CITIZEN_NOT_OWNER');
  });

  it('referents do not give the citizen\'s feedback', () => {
    given(answeredAndClosed()).when(giveFeedback({ actor: referent })).thenThrows('ROLE_NOT_ALLOWED');
  });
});

describe('Merging duplicates', () => {
  it('folds a duplicate into another case', () => {
    given([received()]).when(merge()).then([mergedInto()]);
  });

  it('not into itself', () => {
    given([received()]).when(merge({ intoCaseId: received().data.caseId })).thenThrows('CASE_CANNOT_MERGE_INTO_ITSELF');
  });

  it('needs the other case', () => {
    given([received()]).when(merge({ intoCaseId: '' })).thenThrows('TEXT_REQUIRED');
  });

  it('a closed case is not merged', () => {
    given(answeredAndClosed()).when(merge()).thenThrows('CASE_CLOSED');
  });

  it('a merged case cannot be merged again', () => {
    given([received(), mergedInto()]).when(merge({ intoCaseId: 'case-0002' })).thenThrows('CASE_MERGED');
  });

  const refusedWhenMerged: Array<[string, CaseCommand]> = [
    ['routing', route()],
    ['final reply', sendFinalReply()],
    ['closing', close()],
    ['reopening', reopen()],
    ['feedback', giveFeedback()],
    ['information', recordInformation()],
  ];

  it.each(refusedWhenMerged)('a merged case refuses %s', (_, command) => {
    given([received(), mergedInto()]).when(command).thenThrows('CASE_MERGED');
  });

  it('unmerging puts the case back where it was', () => {
    given([received(), routed(), mergedInto()])
      .when(unmerge())
      .then([{ type: 'CaseUnmerged', data: { caseId: received().data.caseId, fromCaseId: 'case-0001', unmergedAt: on('2026-03-06') } }]);
    given([received(), routed(), mergedInto(), { type: 'CaseUnmerged', data: { caseId: received().data.caseId, fromCaseId: 'case-0001', unmergedAt: on('2026-03-06') } }])
      .when(takeInCharge())
      .then([{ type: 'CaseTakenInCharge', data: { caseId: received().data.caseId, sectorId: 'lavori-pubblici', takenInChargeAt: on('2026-03-05') } }]);
  });

  it('only a merged case can be unmerged', () => {
    given([received()]).when(unmerge()).thenThrows('CASE_NOT_MERGED');
  });
});

describe('The survivor of a merge', () => {
  const given = spec(caseDecider).given;
  const base = [fixture.received(), fixture.acknowledged()];
  const attached = {
    type: 'CaseDuplicateAttached',
    data: { caseId: fixture.CASE_ID, duplicateCaseId: 'case-0002', duplicateReference: 'URP-2026-000043', attachedAt: fixture.on('2026-03-04') },
  } as const;

  it('names the duplicate merged into it, once, even when already answered', () => {
    given(base).when(fixture.attachDuplicate()).then([attached]);
    given([...base, attached]).when(fixture.attachDuplicate()).thenNothing();
  });

  it('records the separation only of a duplicate it holds', () => {
    given([...base, attached])
      .when(fixture.detachDuplicate())
      .then([{ type: 'CaseDuplicateDetached', data: { caseId: fixture.CASE_ID, duplicateCaseId: 'case-0002', duplicateReference: 'URP-2026-000043', detachedAt: fixture.on('2026-03-06') } }]);
    given(base).when(fixture.detachDuplicate()).thenNothing();
  });
});
