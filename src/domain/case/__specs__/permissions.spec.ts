import type { Actor } from '../../shared/actor';
import { spec } from '../../testing/decider-spec';
import type { CaseCommand, CaseCommandType } from '../case-commands';
import { caseDecider } from '../case-decider';
import { CASE_COMMAND_ROLES } from '../case-permissions';
import * as fixture from './case-fixtures';

const given = spec(caseDecider).given;

/** One command of each type, ready to be issued by anyone. */
const oneOfEach: { [Type in CaseCommandType]: (actor: Actor) => CaseCommand } = {
  ReceiveCase: (actor) => fixture.receive({ actor }),
  AcknowledgeCase: (actor) => fixture.acknowledge({ actor }),
  ClassifyCase: (actor) => fixture.classify({ actor, kind: 'complaint' }),
  DirectCaseElsewhere: (actor) => fixture.directElsewhere({ actor }),
  RouteCase: (actor) => fixture.route({ actor }),
  HandBackCase: (actor) => fixture.handBack({ actor }),
  TakeCaseInCharge: (actor) => fixture.takeInCharge({ actor }),
  SendTakeChargeReminder: (actor) => fixture.remind({ actor }),
  WarnFinalReplyDueSoon: (actor) => fixture.warnDueSoon({ actor }),
  MarkFinalReplyOverdue: (actor) => fixture.markOverdue({ actor }),
  RequestCitizenInformation: (actor) => fixture.requestInformation({ actor }),
  RecordCitizenInformation: (actor) => fixture.recordInformation({ actor }),
  SendInterimReply: (actor) => fixture.sendInterimReply({ actor }),
  ExtendFinalReplyDeadline: (actor) => fixture.extend({ actor }),
  DraftFinalReply: (actor) => fixture.draftFinalReply({ actor }),
  SendFinalReply: (actor) => fixture.sendFinalReply({ actor }),
  CloseCase: (actor) => fixture.close({ actor }),
  ReopenCase: (actor) => fixture.reopen({ actor }),
  GiveSatisfactionFeedback: (actor) => fixture.giveFeedback({ actor }),
  MergeCase: (actor) => fixture.merge({ actor }),
  UnmergeCase: (actor) => fixture.unmerge({ actor }),
  AttachDuplicate: (actor) => fixture.attachDuplicate({ actor }),
  DetachDuplicate: (actor) => fixture.detachDuplicate({ actor }),
};

const commandTypes = Object.keys(oneOfEach) as CaseCommandType[];

describe('Who may do what on a case', () => {
  describe.each([
    ['manager', fixture.manager],
    ['auditor', fixture.auditor],
    ['admin', fixture.admin],
  ])('a %s never changes anything', (_, actor) => {
    it.each(commandTypes)('%s is refused', (type) => {
      const error = given(fixture.inCharge()).when(oneOfEach[type](actor)).thenThrows('ROLE_NOT_ALLOWED');
      expect(error.details?.role).toBe(actor.role);
    });
  });

  it('the role is checked before anything else, even for a case that does not exist', () => {
    given([]).when(fixture.route({ actor: fixture.auditor })).thenThrows('ROLE_NOT_ALLOWED');
  });

  it.each(commandTypes.filter((type) => !['ReceiveCase', 'RecordCitizenInformation', 'GiveSatisfactionFeedback'].includes(type)))(
    'a citizen may not %s',
    (type) => {
      given(fixture.inCharge()).when(oneOfEach[type](fixture.citizen)).thenThrows('ROLE_NOT_ALLOWED');
    },
  );

  it.each(commandTypes.filter((type) => !CASE_COMMAND_ROLES[type].includes('system')))(
    'the process manager may not %s',
    (type) => {
      given(fixture.inCharge()).when(oneOfEach[type](fixture.processManager)).thenThrows('ROLE_NOT_ALLOWED');
    },
  );

  it('the process manager issues exactly the timing commands and the acknowledgement', () => {
    const systemCommands = commandTypes.filter((type) => CASE_COMMAND_ROLES[type].includes('system'));
    expect(systemCommands).toEqual(['AcknowledgeCase', 'SendTakeChargeReminder', 'WarnFinalReplyDueSoon', 'MarkFinalReplyOverdue']);
  });

  it('managers, auditors and admins appear nowhere in the table', () => {
    const roles = new Set(Object.values(CASE_COMMAND_ROLES).flat());
    expect(roles).toEqual(new Set(['operator', 'referent', 'citizen', 'system']));
  });
});
