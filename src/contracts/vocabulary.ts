/**
 * The words the write side and the read side share. Plain string unions, each with the
 * list of its values so that validators and reports can enumerate them.
 */

/** What the citizen's contact is about (glossary: segnalazione, reclamo, ...). */
export const CASE_KINDS = [
  'report', // segnalazione: a problem to fix
  'complaint', // reclamo: dissatisfaction with a service
  'suggestion', // suggerimento / proposta
  'appreciation', // apprezzamento
  'information_request', // richiesta di informazioni
  'civic_access', // accesso civico (D.Lgs. 33/2013, art. 5)
] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** The kind as a letter to the citizen names it ("la sua segnalazione", "la sua richiesta di accesso civico"). */
export const CASE_KIND_IN_ITALIAN: Readonly<Record<CaseKind, string>> = {
  report: 'segnalazione',
  complaint: 'reclamo',
  suggestion: 'suggerimento',
  appreciation: 'apprezzamento',
  information_request: 'richiesta di informazioni',
  civic_access: 'richiesta di accesso civico',
};

/** Kinds that cannot be anonymous: "in forma non anonima" (Ancona charter). */
export const KINDS_REQUIRING_IDENTITY: readonly CaseKind[] = ['complaint', 'report', 'suggestion'];

/** Kinds never accepted through a social channel (Ancona charter, new-media policy). */
export const KINDS_REFUSED_ON_SOCIAL_CHANNELS: readonly CaseKind[] = ['complaint', 'report'];

/** Every way a contact reaches the office, and every way the office answers. */
export const CHANNELS = [
  'counter', // sportello, in person
  'phone',
  'toll_free', // numero verde
  'email',
  'pec', // posta elettronica certificata
  'web', // web form / citizen portal
  'postal_mail', // posta tradizionale
  'facebook',
  'instagram',
  'x',
  'youtube',
  'whatsapp',
  'telegram',
  'web_chat',
  'video_call',
  'mayor_line', // the mayor's line
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Social networks: information is given there, complaints and reports are not accepted. */
export const SOCIAL_CHANNELS = ['facebook', 'instagram', 'x', 'youtube'] as const satisfies readonly Channel[];
export type SocialChannel = (typeof SOCIAL_CHANNELS)[number];

export function isSocialChannel(channel: Channel): channel is SocialChannel {
  return (SOCIAL_CHANNELS as readonly Channel[]).includes(channel);
}

/**
 * Where a case stands. The final-reply clock being suspended (waiting for the citizen)
 * is not a status: a case can be suspended whether it is with the URP or with a sector.
 */
export const CASE_STATUSES = [
  'received', // with the URP: registered, or handed back, or reopened
  'routed', // sent to a sector that has not taken charge yet
  'in_charge', // the sector has taken charge
  'closed',
  'merged', // a duplicate folded into another case
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Why a case was closed. */
export const CASE_OUTCOMES = [
  'answered', // a final reply was sent (by the URP or by the sector)
  'directed_elsewhere', // not the municipality's competence: the citizen was told whom to contact
  'withdrawn', // the citizen withdrew the request
  'no_reply_needed', // an appreciation, acknowledged and filed
] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

/** Who wrote a reply to the citizen. */
export type ReplyAuthor = 'urp' | 'sector';

/** Who sent a reminder to a sector: an operator, or the deadline process manager. */
export type ReminderSender = 'urp' | 'process_manager';

/** Who registered a case: an operator for the citizen, or the citizen online. */
export type Submitter = 'urp' | 'citizen';

export const ACTOR_ROLES = ['operator', 'referent', 'manager', 'auditor', 'admin', 'citizen', 'system'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

/** A satisfaction score: 1 (very dissatisfied) to 5 (very satisfied). */
export type SatisfactionScore = 1 | 2 | 3 | 4 | 5;

/** Scores counted as a positive answer to the survey (the "share of positive answers"). */
export const POSITIVE_SATISFACTION_SCORES: readonly SatisfactionScore[] = [4, 5];
