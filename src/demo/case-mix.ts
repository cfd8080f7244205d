/**
 * The proportions of the demo: which kinds arrive on which channels, and how fast each
 * sector moves. Tuned to the sources: most contacts are information requests answered on
 * the spot; reports go mostly to Lavori Pubblici, Ambiente and Polizia Locale; a few civic
 * access requests; some sectors are slow to take charge, so reminders are needed.
 */
import type { CaseKind, Channel } from '../contracts';
import type { DemoSectorSlug } from './demo-organisation';

export const KIND_WEIGHTS: readonly (readonly [CaseKind, number])[] = [
  ['information_request', 46],
  ['report', 24],
  ['complaint', 12],
  ['suggestion', 6],
  ['appreciation', 5],
  ['civic_access', 3],
];

export const CHANNEL_WEIGHTS: Readonly<Record<CaseKind, readonly (readonly [Channel, number])[]>> = {
  information_request: [
    ['counter', 30], ['phone', 28], ['toll_free', 4], ['email', 12], ['web', 6], ['web_chat', 5], ['whatsapp', 4],
    ['telegram', 1], ['facebook', 4], ['instagram', 2], ['x', 1], ['video_call', 2], ['mayor_line', 1],
  ],
  report: [
    // Those that try a chat are sent to the web form (see properChannel in case-seeds.ts).
    ['web', 30], ['phone', 18], ['toll_free', 10], ['email', 14], ['counter', 8], ['whatsapp', 8], ['mayor_line', 6],
    ['pec', 2], ['postal_mail', 2], ['web_chat', 2],
  ],
  complaint: [['email', 28], ['web', 22], ['pec', 14], ['counter', 14], ['phone', 10], ['postal_mail', 8], ['mayor_line', 4]],
  suggestion: [['web', 35], ['email', 30], ['counter', 15], ['facebook', 8], ['instagram', 4], ['phone', 8]],
  appreciation: [['email', 30], ['web', 20], ['counter', 20], ['facebook', 15], ['instagram', 5], ['phone', 10]],
  civic_access: [['pec', 45], ['email', 30], ['web', 20], ['postal_mail', 5]],
};

/** Groups of channels, for totals and for the tests that check every way in is used. */
export const CHANNEL_FAMILIES: Readonly<Record<string, readonly Channel[]>> = {
  in_person: ['counter'],
  voice: ['phone', 'toll_free', 'mayor_line', 'video_call'],
  written: ['email', 'pec', 'postal_mail'],
  web: ['web'],
  chat: ['whatsapp', 'telegram', 'web_chat'],
  social: ['facebook', 'instagram', 'x', 'youtube'],
};

/** The person is in front of the operator or on the line: registered and answered at once. */
export const LIVE_CHANNELS: readonly Channel[] = ['counter', 'phone', 'toll_free', 'video_call', 'mayor_line'];

export interface SectorPace {
  /** Usual days from routing to take-charge, when on time. */
  takeChargeDays: readonly [number, number];
  /** Share of cases taken in charge after the ten days (a reminder is then due). */
  lateTakeCharge: number;
  /** Share of cases answered after the final-reply due date. */
  lateReply: number;
}

export const SECTOR_PACE: Readonly<Record<DemoSectorSlug, SectorPace>> = {
  'lavori-pubblici': { takeChargeDays: [1, 8], lateTakeCharge: 0.3, lateReply: 0.2 },
  'polizia-locale': { takeChargeDays: [0, 3], lateTakeCharge: 0.04, lateReply: 0.08 },
  tributi: { takeChargeDays: [2, 9], lateTakeCharge: 0.25, lateReply: 0.15 },
  'servizi-sociali': { takeChargeDays: [1, 5], lateTakeCharge: 0.1, lateReply: 0.1 },
  ambiente: { takeChargeDays: [1, 7], lateTakeCharge: 0.2, lateReply: 0.12 },
  'anagrafe-stato-civile': { takeChargeDays: [0, 3], lateTakeCharge: 0.05, lateReply: 0.05 },
  urbanistica: { takeChargeDays: [3, 9], lateTakeCharge: 0.35, lateReply: 0.25 },
  'mobilita-trasporti': { takeChargeDays: [1, 6], lateTakeCharge: 0.15, lateReply: 0.12 },
  'cultura-turismo': { takeChargeDays: [0, 4], lateTakeCharge: 0.05, lateReply: 0.05 },
  istruzione: { takeChargeDays: [1, 5], lateTakeCharge: 0.1, lateReply: 0.08 },
};

/** A sector a case is sometimes sent to by mistake, then handed back. */
export const LIKELY_MISROUTING: Readonly<Record<DemoSectorSlug, DemoSectorSlug>> = {
  'lavori-pubblici': 'mobilita-trasporti',
  'mobilita-trasporti': 'lavori-pubblici',
  ambiente: 'lavori-pubblici',
  'polizia-locale': 'mobilita-trasporti',
  tributi: 'servizi-sociali',
  'servizi-sociali': 'istruzione',
  'anagrafe-stato-civile': 'servizi-sociali',
  urbanistica: 'lavori-pubblici',
  'cultura-turismo': 'istruzione',
  istruzione: 'servizi-sociali',
};

/** The chances behind the stories. */
export const ODDS = {
  classifiedLater: 0.12,
  infoRoutedToSector: 0.08,
  misrouted: 0.04,
  withdrawn: 0.015,
  manualReminderWhenSlow: 0.35,
  citizenInformationNeeded: 0.1,
  interimReplyWhenLong: 0.5,
  extensionWhenLate: 0.4,
  draftedBySector: 0.5,
  survey: 0.66,
  positiveScore: 0.8,
  reopened: 0.04,
  duplicateReport: 0.08,
  anonymousInformation: 0.35,
} as const;
