/**
 * Writes an outbox row into a message, opening the sealed personal data through the vault at
 * the moment of sending: an erased citizen's row cannot be written (recorded as not deliverable).
 */
import { Inject, Injectable } from '@nestjs/common';
import type { CitizenMessageContent, CitizenPurpose, ReferentMessageContent, ReferentPurpose } from '../../contracts';
import { accessCodeFor } from '../../citizen-access/access-code';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { personalDataFieldsOf, type CitizenDetails } from '../../contracts';
import { ERASED_DISPLAY_TEXT, isErased, isSealedEnvelope, PersonalDataVault } from '../../personal-data';
import { MESSAGING_SETTINGS } from '../messaging.tokens';
import type { MessagingSettings } from '../messaging-settings';
import { citizenBody, citizenSubject } from './citizen-messages';
import type { ComposedMessage, Undeliverable } from './composed-message';
import { referentBody, referentSubject } from './referent-messages';

export const OFFICE_NAME = 'Ufficio Relazioni con il Pubblico';

export interface OutboxRow {
  message_id: string;
  source_event_id: string;
  correlation_id: string;
  case_id: string;
  reference: string;
  purpose: string;
  audience: 'citizen' | 'referents';
  content: CitizenMessageContent | ReferentMessageContent;
  source_event_type?: string;
}

@Injectable()
export class MessageComposer {
  constructor(
    private readonly vault: PersonalDataVault,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MESSAGING_SETTINGS) private readonly settings: MessagingSettings,
  ) {}

  async compose(row: OutboxRow, sourceEventType: string): Promise<ComposedMessage | Undeliverable> {
    return row.audience === 'citizen'
      ? this.composeForCitizen(row, row.content as CitizenMessageContent, sourceEventType)
      : this.composeForReferents(row, row.content as ReferentMessageContent, sourceEventType);
  }

  private async composeForCitizen(row: OutboxRow, content: CitizenMessageContent, sourceEventType: string): Promise<ComposedMessage | Undeliverable> {
    const citizen = isSealedEnvelope(content.citizen) ? await this.vault.unseal(content.citizen, content.case.citizenId) : content.citizen;
    if (isErased(citizen)) return { undeliverable: 'recipient_erased', explanation: "I dati personali del cittadino sono stati cancellati: nessun indirizzo a cui scrivere." };
    const details = (citizen ?? {}) as CitizenDetails;
    if (!details.email) return { undeliverable: 'no_recipient', explanation: 'Il cittadino non ha indicato un indirizzo e-mail.' };
    const event = await this.openFields(content.event, sourceEventType);
    const purpose = row.purpose as CitizenPurpose;
    const letter = {
      purpose,
      reference: content.case.reference,
      kind: content.case.kind,
      fullName: details.fullName ?? null,
      receivedAt: content.case.receivedAt,
      finalReplyDueDate: content.case.finalReplyDueDate,
      userAreaUrl: `${this.settings.publicBaseUrl}/portale/pratica?riferimento=${encodeURIComponent(content.case.reference)}`,
      accessCode: accessCodeFor(content.case.caseId, this.config.personalDataSecret),
      event,
      officeName: OFFICE_NAME,
    };
    return { to: [details.email], subject: citizenSubject(letter), text: citizenBody(letter) };
  }

  private async composeForReferents(row: OutboxRow, content: ReferentMessageContent, sourceEventType: string): Promise<ComposedMessage | Undeliverable> {
    if (content.recipients.length === 0) {
      return { undeliverable: 'no_recipient', explanation: `Nessun referente del settore ${content.sectorName} ha un indirizzo e-mail.` };
    }
    const event = await this.openFields(content.event, sourceEventType);
    const letter = { purpose: row.purpose as ReferentPurpose, reference: content.case.reference, subject: content.case.subject, sectorName: content.sectorName, event, officeName: OFFICE_NAME };
    return { to: content.recipients.map((r) => r.email), subject: referentSubject(letter), text: referentBody(letter) };
  }

  private async openFields(data: Record<string, unknown>, eventType: string): Promise<Record<string, unknown>> {
    const opened = await this.vault.unsealFields(data, personalDataFieldsOf(eventType));
    return Object.fromEntries(Object.entries(opened).map(([key, value]) => [key, isErased(value) ? ERASED_DISPLAY_TEXT : value]));
  }
}
