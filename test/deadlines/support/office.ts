/**
 * What the people of the office do, as commands through the case handlers (the same path
 * as the HTTP controllers, minus HTTP): operators, the sectors' referents, the admin.
 */
import { randomUUID } from 'node:crypto';
import type { CommandBus } from '@nestjs/cqrs';
import { CloseCaseCommand } from '../../../src/cases/close-case/close-case.command';
import { ExtendFinalReplyDeadlineCommand } from '../../../src/cases/extend-final-reply-deadline/extend-final-reply-deadline.command';
import { HandBackCaseCommand } from '../../../src/cases/hand-back-case/hand-back-case.command';
import { MergeCaseCommand } from '../../../src/cases/merge-case/merge-case.command';
import { RecordCitizenInformationCommand } from '../../../src/cases/record-citizen-information/record-citizen-information.command';
import { RegisterCaseCommand } from '../../../src/cases/register-case/register-case.command';
import { ReopenCaseCommand } from '../../../src/cases/reopen-case/reopen-case.command';
import { RequestCitizenInformationCommand } from '../../../src/cases/request-citizen-information/request-citizen-information.command';
import { RouteCaseCommand } from '../../../src/cases/route-case/route-case.command';
import { SendFinalReplyCommand } from '../../../src/cases/send-final-reply/send-final-reply.command';
import { SendInterimReplyCommand } from '../../../src/cases/send-interim-reply/send-interim-reply.command';
import { SendTakeChargeReminderCommand } from '../../../src/cases/send-take-charge-reminder/send-take-charge-reminder.command';
import { TakeCaseInChargeCommand } from '../../../src/cases/take-case-in-charge/take-case-in-charge.command';
import { AdoptStandardCommand, type AdoptedStandard } from '../../../src/charter/adopt-standard/adopt-standard.command';
import type { CommandContext } from '../../../src/command-handling/command-context';
import type { CaseKind, RomeDate } from '../../../src/contracts';

export const SECTORS = {
  lavoriPubblici: '6f1f7c1e-0000-4000-8000-0000000000a1',
  poliziaLocale: '6f1f7c1e-0000-4000-8000-0000000000a2',
} as const;

export type SectorId = (typeof SECTORS)[keyof typeof SECTORS];

const OPERATOR = { id: 'operator-anna', role: 'operator' as const };
const ADMIN = { id: 'admin-sara', role: 'admin' as const };
const referentOf = (sectorId: string) => ({ id: `referent-${sectorId.slice(-2)}`, role: 'referent' as const, sectorId });

const context = (commandName: string, actor: CommandContext['actor']): CommandContext => ({
  commandName,
  actor,
  correlationId: randomUUID(),
});

export class Office {
  constructor(private readonly commands: CommandBus) {}

  async register(kind: CaseKind = 'report'): Promise<string> {
    const contact = {
      channel: 'email' as const,
      kind,
      subject: 'viabilita/buche',
      description: 'Una buca profonda davanti al civico 12 di via Roma.',
      citizen: { fullName: 'Maria Rossi', email: 'maria.rossi@example.it' },
      location: 'Via Roma 12',
    };
    const registered = await this.commands.execute(new RegisterCaseCommand(contact, context('register-case', OPERATOR)));
    return registered.id;
  }

  route(caseId: string, sectorId: string) {
    return this.commands.execute(new RouteCaseCommand(caseId, sectorId, 'Da verificare.', context('route-case', OPERATOR)));
  }

  takeInCharge(caseId: string, sectorId: string) {
    return this.commands.execute(new TakeCaseInChargeCommand(caseId, context('take-case-in-charge', referentOf(sectorId))));
  }

  handBack(caseId: string, sectorId: string) {
    return this.commands.execute(new HandBackCaseCommand(caseId, 'Non di nostra competenza.', context('hand-back-case', referentOf(sectorId))));
  }

  remind(caseId: string) {
    return this.commands.execute(new SendTakeChargeReminderCommand(caseId, context('send-take-charge-reminder', OPERATOR)));
  }

  requestInformation(caseId: string) {
    return this.commands.execute(
      new RequestCitizenInformationCommand(caseId, 'Può indicare il numero civico?', 'email', context('request-citizen-information', OPERATOR)),
    );
  }

  recordInformation(caseId: string) {
    return this.commands.execute(new RecordCitizenInformationCommand(caseId, 'Civico 12.', context('record-citizen-information', OPERATOR)));
  }

  interimReply(caseId: string) {
    return this.commands.execute(
      new SendInterimReplyCommand(caseId, 'Stiamo verificando.', 'email', context('send-interim-reply', OPERATOR)),
    );
  }

  extend(caseId: string, newDueDate: RomeDate) {
    return this.commands.execute(
      new ExtendFinalReplyDeadlineCommand(caseId, newDueDate, 'Serve un sopralluogo.', context('extend-final-reply-deadline', OPERATOR)),
    );
  }

  /** By the URP, or by the referent of the sector in charge. */
  finalReply(caseId: string, sectorId?: string) {
    const actor = sectorId ? referentOf(sectorId) : OPERATOR;
    return this.commands.execute(new SendFinalReplyCommand(caseId, 'La buca è stata riparata.', 'email', context('send-final-reply', actor)));
  }

  withdraw(caseId: string) {
    return this.commands.execute(new CloseCaseCommand(caseId, 'withdrawn', context('close-case', OPERATOR)));
  }

  reopen(caseId: string) {
    return this.commands.execute(new ReopenCaseCommand(caseId, 'La buca si è riaperta.', context('reopen-case', OPERATOR)));
  }

  merge(caseId: string, intoCaseId: string) {
    return this.commands.execute(new MergeCaseCommand(caseId, intoCaseId, context('merge-case', OPERATOR)));
  }

  adoptStandard(standard: AdoptedStandard) {
    return this.commands.execute(new AdoptStandardCommand(randomUUID(), standard, context('adopt-standard', ADMIN)));
  }
}
