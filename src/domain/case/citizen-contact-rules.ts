/**
 * The two rules on who may raise what, where (Ancona charter): complaints, reports and
 * suggestions are never anonymous, and each channel takes only the kinds the office's channel
 * policy lets it take (by default no complaint or report on a social network or a chat).
 * Both apply when a case is received with a kind and again whenever it is (re)classified,
 * always with the policy in force when the case was received.
 */
import {
  KINDS_REQUIRING_IDENTITY,
  SOCIAL_CHANNELS,
  type CaseKind,
  type Channel,
  type CitizenDetails,
} from '../../contracts';
import { CHAT_CHANNELS, defaultAcceptedKinds, KINDS_REFUSED_BY_DEFAULT } from '../channel-policy/channel-policy';
import { DomainError } from '../shared/domain-error';

/** The channels a citizen is sent to when a social network cannot take the complaint. */
export const PROPER_CHANNELS_FOR_COMPLAINTS: readonly Channel[] = ['web', 'email', 'phone', 'counter', 'postal_mail'];

export const SOCIAL_CHANNEL_CITIZEN_MESSAGE =
  'Attraverso i canali social non è possibile presentare reclami o segnalazioni. ' +
  'Per chiarezza, tracciabilità e corretto smistamento La invitiamo a utilizzare il modulo online ' +
  'sul portale del Comune, la posta elettronica, il telefono oppure lo sportello URP.';

export const ANONYMOUS_CITIZEN_MESSAGE =
  'Reclami, segnalazioni e suggerimenti non possono essere anonimi: indichi nome e cognome ' +
  'e almeno un recapito (e-mail, telefono o indirizzo).';

/** Trimmed, without blank fields: blanks must not count as contacts. */
export function normalizeCitizenDetails(details: CitizenDetails | undefined): CitizenDetails {
  const normalized: CitizenDetails = {};
  for (const field of ['fullName', 'email', 'phone', 'fiscalCode', 'address'] as const) {
    const value = details?.[field];
    if (typeof value === 'string' && value.trim() !== '') normalized[field] = value.trim();
  }
  return normalized;
}

/** A full name and at least one way to answer. */
export function isIdentified(details: CitizenDetails): boolean {
  return details.fullName !== undefined && [details.email, details.phone, details.address].some(Boolean);
}

export const CHANNEL_CITIZEN_MESSAGE =
  'Attraverso questo canale non è possibile presentare questo tipo di richiesta. ' +
  'La invitiamo a utilizzare il modulo online sul portale del Comune, la posta elettronica, il telefono oppure lo sportello URP.';

const SOCIAL_AND_CHATS: readonly Channel[] = [...SOCIAL_CHANNELS, ...CHAT_CHANNELS];

/**
 * `acceptedKinds`: what the channel accepted when the case was received (the office's
 * policy); absent, the default policy.
 */
export function requireAcceptableContact(
  kind: CaseKind,
  channel: Channel,
  identified: boolean,
  acceptedKinds: readonly CaseKind[] = defaultAcceptedKinds(channel),
): void {
  if (!acceptedKinds.includes(kind)) {
    // The seed's own refusal keeps its code and its words; any other is the office's choice.
    const seedRule = SOCIAL_AND_CHATS.includes(channel) && KINDS_REFUSED_BY_DEFAULT.includes(kind);
    throw new DomainError(
      seedRule ? 'CASE_SOCIAL_CHANNEL_NOT_ACCEPTED' : 'CASE_CHANNEL_NOT_ACCEPTED',
      `A ${kind} is not accepted through ${channel}: the citizen must use the web form, e-mail, phone or the URP counter`,
      {
        kind,
        channel,
        acceptedKinds,
        properChannels: PROPER_CHANNELS_FOR_COMPLAINTS,
        citizenMessage: seedRule ? SOCIAL_CHANNEL_CITIZEN_MESSAGE : CHANNEL_CITIZEN_MESSAGE,
      },
    );
  }
  if (!identified && KINDS_REQUIRING_IDENTITY.includes(kind)) {
    throw new DomainError(
      'CASE_ANONYMOUS_NOT_ALLOWED',
      `A ${kind} cannot be anonymous: the citizen's full name and at least one contact (e-mail, phone or address) are required`,
      { kind, citizenMessage: ANONYMOUS_CITIZEN_MESSAGE },
    );
  }
}
