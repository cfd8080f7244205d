/**
 * One ordinary case, told event by event and command by command: a pothole reported by
 * e-mail on Monday 2 March 2026, routed the next day to Lavori Pubblici. Each command
 * builder's defaults produce exactly the event builder's defaults, so a spec states only
 * what it varies.
 */
import type {
  CaseAcknowledged,
  CaseClassified,
  CaseClosed,
  CaseEvent,
  CaseHandedBack,
  CaseMerged,
  CaseReceived,
  CaseReopened,
  CaseRouted,
  CaseTakenInCharge,
  CaseTerms,
  CitizenInformationReceived,
  CitizenInformationRequested,
  FinalReplyDeadlineExtended,
  FinalReplyDueSoon,
  FinalReplyOverdue,
  FinalReplySent,
  SatisfactionFeedbackGiven,
  TakeChargeReminderSent,
} from '../../../contracts';
import type { Actor } from '../../shared/actor';
import type {
  AcknowledgeCase,
  AttachDuplicate,
  DetachDuplicate,
  ClassifyCase,
  CloseCase,
  DirectCaseElsewhere,
  DraftFinalReply,
  ExtendFinalReplyDeadline,
  GiveSatisfactionFeedback,
  HandBackCase,
  MarkFinalReplyOverdue,
  MergeCase,
  ReceiveCase,
  RecordCitizenInformation,
  ReopenCase,
  RequestCitizenInformation,
  RouteCase,
  SendFinalReply,
  SendInterimReply,
  SendTakeChargeReminder,
  TakeCaseInCharge,
  UnmergeCase,
  WarnFinalReplyDueSoon,
} from '../case-commands';

export const CASE_ID = 'case-7f3a';
export const REFERENCE = 'URP-2026-000042';
export const CITIZEN_ID = 'cit-9b21';
export const SECTOR = 'lavori-pubblici';
export const OTHER_SECTOR = 'polizia-locale';

/** 09:00 UTC: 10:00 in Rome in winter, 11:00 in summer; always the same Rome date. */
export const on = (date: string, time = '09:00'): string => `${date}T${time}:00.000Z`;

export const operator: Actor = { id: 'op-anna', role: 'operator' };
export const referent: Actor = { id: 'ref-marco', role: 'referent', sectorId: SECTOR };
export const otherReferent: Actor = { id: 'ref-lucia', role: 'referent', sectorId: OTHER_SECTOR };
export const citizen: Actor = { id: CITIZEN_ID, role: 'citizen' };
export const anotherCitizen: Actor = { id: 'cit-0000', role: 'citizen' };
export const processManager: Actor = { id: 'deadline-watch', role: 'system' };
export const manager: Actor = { id: 'mgr-paola', role: 'manager' };
export const auditor: Actor = { id: 'aud-giulio', role: 'auditor' };
export const admin: Actor = { id: 'adm-sara', role: 'admin' };

export const TERMS: CaseTerms = { finalReplyDays: 30, takeChargeDays: 10, reminderRepeatDays: 5, dueSoonDays: 5 };
export const FINAL_REPLY_TERMS = { finalReplyDays: 30, dueSoonDays: 5 };
export const TAKE_CHARGE_TERMS = { takeChargeDays: 10, reminderRepeatDays: 5 };

export const MARIO = { fullName: 'Mario Rossi', email: 'mario.rossi@example.it', phone: '+39 071 000000' };

export const RECEIVED_ON = '2026-03-02';
export const DUE_DATE = '2026-04-01'; // 2 March + 30 days
export const ROUTED_ON = '2026-03-03';
export const TAKE_CHARGE_DUE = '2026-03-13'; // 3 March + 10 days

// ---- Events ---------------------------------------------------------------------------

export const received = (data: Partial<CaseReceived['data']> = {}): CaseReceived => ({
  type: 'CaseReceived',
  data: {
    caseId: CASE_ID,
    reference: REFERENCE,
    citizenId: CITIZEN_ID,
    channel: 'email',
    kind: 'report',
    subject: 'viabilita/buche',
    citizen: MARIO,
    description: 'Una buca profonda davanti al civico 12 di via Roma.',
    location: 'Via Roma 12',
    identified: true,
    submittedBy: 'urp',
    finalReplyTerms: FINAL_REPLY_TERMS,
    finalReplyDueDate: DUE_DATE,
    receivedAt: on(RECEIVED_ON),
    ...data,
  },
});

export const acknowledged = (data: Partial<CaseAcknowledged['data']> = {}): CaseAcknowledged => ({
  type: 'CaseAcknowledged',
  data: { caseId: CASE_ID, reference: REFERENCE, channel: 'email', acknowledgedAt: on(RECEIVED_ON, '09:05'), ...data },
});

export const classified = (data: Partial<CaseClassified['data']> = {}): CaseClassified => ({
  type: 'CaseClassified',
  data: {
    caseId: CASE_ID,
    kind: 'report',
    subject: 'viabilita/buche',
    finalReplyTerms: FINAL_REPLY_TERMS,
    finalReplyDueDate: DUE_DATE,
    classifiedAt: on(RECEIVED_ON, '10:00'),
    ...data,
  },
});

export const routed = (data: Partial<CaseRouted['data']> = {}): CaseRouted => ({
  type: 'CaseRouted',
  data: {
    caseId: CASE_ID,
    citizenId: CITIZEN_ID,
    sectorId: SECTOR,
    previousSectorId: null,
    note: 'Verificare la buca e programmare la riparazione.',
    takeChargeTerms: TAKE_CHARGE_TERMS,
    takeChargeDueDate: TAKE_CHARGE_DUE,
    routedAt: on(ROUTED_ON),
    ...data,
  },
});

export const handedBack = (data: Partial<CaseHandedBack['data']> = {}): CaseHandedBack => ({
  type: 'CaseHandedBack',
  data: { caseId: CASE_ID, citizenId: CITIZEN_ID, sectorId: SECTOR, reason: 'Strada provinciale: non di nostra competenza.', handedBackAt: on('2026-03-04'), ...data },
});

export const takenInCharge = (data: Partial<CaseTakenInCharge['data']> = {}): CaseTakenInCharge => ({
  type: 'CaseTakenInCharge',
  data: { caseId: CASE_ID, sectorId: SECTOR, takenInChargeAt: on('2026-03-05'), ...data },
});

export const reminderSent = (data: Partial<TakeChargeReminderSent['data']> = {}): TakeChargeReminderSent => ({
  type: 'TakeChargeReminderSent',
  data: { caseId: CASE_ID, sectorId: SECTOR, reminderNumber: 1, sentBy: 'process_manager', sentAt: on('2026-03-14'), ...data },
});

export const dueSoonWarned = (data: Partial<FinalReplyDueSoon['data']> = {}): FinalReplyDueSoon => ({
  type: 'FinalReplyDueSoon',
  data: { caseId: CASE_ID, finalReplyDueDate: DUE_DATE, warnedAt: on('2026-03-27'), ...data },
});

export const markedOverdue = (data: Partial<FinalReplyOverdue['data']> = {}): FinalReplyOverdue => ({
  type: 'FinalReplyOverdue',
  data: { caseId: CASE_ID, finalReplyDueDate: DUE_DATE, markedAt: on('2026-04-02'), ...data },
});

export const informationRequested = (
  data: Partial<CitizenInformationRequested['data']> = {},
): CitizenInformationRequested => ({
  type: 'CitizenInformationRequested',
  data: {
    caseId: CASE_ID,
    citizenId: CITIZEN_ID,
    question: 'Può indicare il numero civico esatto?',
    channel: 'email',
    requestedAt: on('2026-03-10'),
    ...data,
  },
});

export const informationReceived = (
  data: Partial<CitizenInformationReceived['data']> = {},
): CitizenInformationReceived => ({
  type: 'CitizenInformationReceived',
  data: {
    caseId: CASE_ID,
    citizenId: CITIZEN_ID,
    information: 'Civico 12, lato mare.',
    suspendedDays: 4,
    finalReplyDueDate: '2026-04-05',
    receivedAt: on('2026-03-14'),
    ...data,
  },
});

export const extended = (data: Partial<FinalReplyDeadlineExtended['data']> = {}): FinalReplyDeadlineExtended => ({
  type: 'FinalReplyDeadlineExtended',
  data: {
    caseId: CASE_ID,
    citizenId: CITIZEN_ID,
    reason: 'Serve un sopralluogo della ditta incaricata.',
    previousDueDate: DUE_DATE,
    newDueDate: '2026-04-30',
    extendedAt: on('2026-03-20'),
    ...data,
  },
});

export const finalReplySent = (data: Partial<FinalReplySent['data']> = {}): FinalReplySent => ({
  type: 'FinalReplySent',
  data: {
    caseId: CASE_ID,
    citizenId: CITIZEN_ID,
    text: 'La buca è stata riparata il 20 marzo.',
    channel: 'email',
    repliedBy: 'urp',
    sectorId: null,
    finalReplyDueDate: DUE_DATE,
    withinDueDate: true,
    sentAt: on('2026-03-21'),
    ...data,
  },
});

export const closed = (data: Partial<CaseClosed['data']> = {}): CaseClosed => ({
  type: 'CaseClosed',
  data: { caseId: CASE_ID, outcome: 'answered', closedAt: on('2026-03-21'), ...data },
});

export const reopened = (data: Partial<CaseReopened['data']> = {}): CaseReopened => ({
  type: 'CaseReopened',
  data: {
    caseId: CASE_ID,
    citizenId: CITIZEN_ID,
    reason: 'Il cittadino segnala che la buca si è riaperta.',
    previousOutcome: 'answered',
    finalReplyTerms: FINAL_REPLY_TERMS,
    finalReplyDueDate: '2026-04-24',
    reopenedAt: on('2026-03-25'),
    ...data,
  },
});

export const feedbackGiven = (data: Partial<SatisfactionFeedbackGiven['data']> = {}): SatisfactionFeedbackGiven => ({
  type: 'SatisfactionFeedbackGiven',
  data: { caseId: CASE_ID, citizenId: CITIZEN_ID, score: 5, comment: 'Intervento rapido.', givenAt: on('2026-03-22'), ...data },
});

export const mergedInto = (data: Partial<CaseMerged['data']> = {}): CaseMerged => ({
  type: 'CaseMerged',
  data: { caseId: CASE_ID, intoCaseId: 'case-0001', mergedAt: on('2026-03-04'), ...data },
});

/** Received, acknowledged, routed and taken in charge: the sector is working on it. */
export const inCharge = (): CaseEvent[] => [received(), acknowledged(), routed(), takenInCharge()];

/** Answered and closed. */
export const answeredAndClosed = (): CaseEvent[] => [...inCharge(), finalReplySent(), closed()];

// ---- Commands --------------------------------------------------------------------------

type Over<Command> = Partial<Command>;

export const receive = (over: Over<ReceiveCase> = {}): ReceiveCase => ({
  type: 'ReceiveCase',
  caseId: CASE_ID,
  actor: operator,
  at: on(RECEIVED_ON),
  reference: REFERENCE,
  citizenId: CITIZEN_ID,
  channel: 'email',
  kind: 'report',
  subject: 'viabilita/buche',
  citizen: MARIO,
  description: 'Una buca profonda davanti al civico 12 di via Roma.',
  location: 'Via Roma 12',
  terms: TERMS,
  ...over,
});

export const acknowledge = (over: Over<AcknowledgeCase> = {}): AcknowledgeCase => ({
  type: 'AcknowledgeCase',
  caseId: CASE_ID,
  actor: processManager,
  at: on(RECEIVED_ON, '09:05'),
  channel: 'email',
  ...over,
});

export const classify = (over: Over<ClassifyCase> = {}): ClassifyCase => ({
  type: 'ClassifyCase',
  caseId: CASE_ID,
  actor: operator,
  at: on(RECEIVED_ON, '10:00'),
  kind: 'report',
  subject: 'viabilita/buche',
  terms: TERMS,
  ...over,
});

export const directElsewhere = (over: Over<DirectCaseElsewhere> = {}): DirectCaseElsewhere => ({
  type: 'DirectCaseElsewhere',
  caseId: CASE_ID,
  actor: operator,
  at: on('2026-03-04'),
  otherBody: 'Provincia di Ancona, Settore Viabilità',
  message: 'La strada è provinciale: si rivolga alla Provincia di Ancona.',
  channel: 'email',
  ...over,
});

export const route = (over: Over<RouteCase> = {}): RouteCase => ({
  type: 'RouteCase',
  caseId: CASE_ID,
  actor: operator,
  at: on(ROUTED_ON),
  sectorId: SECTOR,
  note: 'Verificare la buca e programmare la riparazione.',
  terms: TERMS,
  ...over,
});

export const handBack = (over: Over<HandBackCase> = {}): HandBackCase => ({
  type: 'HandBackCase',
  caseId: CASE_ID,
  actor: referent,
  at: on('2026-03-04'),
  reason: 'Strada provinciale: non di nostra competenza.',
  ...over,
});

export const takeInCharge = (over: Over<TakeCaseInCharge> = {}): TakeCaseInCharge => ({
  type: 'TakeCaseInCharge',
  caseId: CASE_ID,
  actor: referent,
  at: on('2026-03-05'),
  ...over,
});

export const remind = (over: Over<SendTakeChargeReminder> = {}): SendTakeChargeReminder => ({
  type: 'SendTakeChargeReminder',
  caseId: CASE_ID,
  actor: processManager,
  at: on('2026-03-14'),
  ...over,
});

export const warnDueSoon = (over: Over<WarnFinalReplyDueSoon> = {}): WarnFinalReplyDueSoon => ({
  type: 'WarnFinalReplyDueSoon',
  caseId: CASE_ID,
  actor: processManager,
  at: on('2026-03-27'),
  ...over,
});

export const markOverdue = (over: Over<MarkFinalReplyOverdue> = {}): MarkFinalReplyOverdue => ({
  type: 'MarkFinalReplyOverdue',
  caseId: CASE_ID,
  actor: processManager,
  at: on('2026-04-02'),
  ...over,
});

export const requestInformation = (over: Over<RequestCitizenInformation> = {}): RequestCitizenInformation => ({
  type: 'RequestCitizenInformation',
  caseId: CASE_ID,
  actor: operator,
  at: on('2026-03-10'),
  question: 'Può indicare il numero civico esatto?',
  channel: 'email',
  ...over,
});

export const recordInformation = (over: Over<RecordCitizenInformation> = {}): RecordCitizenInformation => ({
  type: 'RecordCitizenInformation',
  caseId: CASE_ID,
  actor: operator,
  at: on('2026-03-14'),
  information: 'Civico 12, lato mare.',
  ...over,
});

export const sendInterimReply = (over: Over<SendInterimReply> = {}): SendInterimReply => ({
  type: 'SendInterimReply',
  caseId: CASE_ID,
  actor: operator,
  at: on('2026-03-12'),
  text: 'Il settore sta verificando: le risponderemo entro il 1° aprile.',
  channel: 'email',
  ...over,
});

export const extend = (over: Over<ExtendFinalReplyDeadline> = {}): ExtendFinalReplyDeadline => ({
  type: 'ExtendFinalReplyDeadline',
  caseId: CASE_ID,
  actor: operator,
  at: on('2026-03-20'),
  newDueDate: '2026-04-30',
  reason: 'Serve un sopralluogo della ditta incaricata.',
  ...over,
});

export const draftFinalReply = (over: Over<DraftFinalReply> = {}): DraftFinalReply => ({
  type: 'DraftFinalReply',
  caseId: CASE_ID,
  actor: referent,
  at: on('2026-03-20'),
  text: 'La buca è stata riparata il 20 marzo.',
  ...over,
});

export const sendFinalReply = (over: Over<SendFinalReply> = {}): SendFinalReply => ({
  type: 'SendFinalReply',
  caseId: CASE_ID,
  actor: operator,
  at: on('2026-03-21'),
  text: 'La buca è stata riparata il 20 marzo.',
  channel: 'email',
  ...over,
});

export const close = (over: Over<CloseCase> = {}): CloseCase => ({
  type: 'CloseCase',
  caseId: CASE_ID,
  actor: operator,
  at: on('2026-03-21'),
  outcome: 'withdrawn',
  ...over,
});

export const reopen = (over: Over<ReopenCase> = {}): ReopenCase => ({
  type: 'ReopenCase',
  caseId: CASE_ID,
  actor: operator,
  at: on('2026-03-25'),
  reason: 'Il cittadino segnala che la buca si è riaperta.',
  terms: TERMS,
  ...over,
});

export const giveFeedback = (over: Over<GiveSatisfactionFeedback> = {}): GiveSatisfactionFeedback => ({
  type: 'GiveSatisfactionFeedback',
  caseId: CASE_ID,
  actor: citizen,
  at: on('2026-03-22'),
  score: 5,
  comment: 'Intervento rapido.',
  ...over,
});

export const merge = (over: Over<MergeCase> = {}): MergeCase => ({
  type: 'MergeCase',
  caseId: CASE_ID,
  actor: operator,
  at: on('2026-03-04'),
  intoCaseId: 'case-0001',
  ...over,
});

export const unmerge = (over: Over<UnmergeCase> = {}): UnmergeCase => ({
  type: 'UnmergeCase',
  caseId: CASE_ID,
  actor: operator,
  at: on('2026-03-06'),
  ...over,
});

export const attachDuplicate = (over: Over<AttachDuplicate> = {}): AttachDuplicate => ({
  type: 'AttachDuplicate',
  caseId: CASE_ID,
  actor: operator,
  at: on('2026-03-04'),
  duplicateCaseId: 'case-0002',
  duplicateReference: 'URP-2026-000043',
  ...over,
});

export const detachDuplicate = (over: Over<DetachDuplicate> = {}): DetachDuplicate => ({
  type: 'DetachDuplicate',
  caseId: CASE_ID,
  actor: operator,
  at: on('2026-03-06'),
  duplicateCaseId: 'case-0002',
  duplicateReference: 'URP-2026-000043',
  ...over,
});
