/**
 * A plausible year of a mid-size comune's URP, for looking at the reports as a reader would:
 * five sectors with their own pace, a charter revised on 1 July, a survey answered by about
 * 60% with about 80% positive (Milan's figures), some reminders, hand-backs, extensions and
 * reopenings. Seeded: the same year every time.
 */
import { randomUUID } from 'node:crypto';
import type { CaseKind, Channel, CharterEvent, SatisfactionScore } from '../../../src/contracts';
import type { CorrectiveActionRecorded } from '../../../src/contracts/corrective-action-events';
import { CaseStory } from '../../../projections/sector-performance/testing/case-story';
import { adopted, revised } from '../../../projections/charter-compliance/testing/charter-events';

export const SAMPLE_SECTORS = [
  { id: '5a000000-0000-4000-8000-000000000001', name: 'Lavori Pubblici', takeCharge: 4, reply: 18 },
  { id: '5a000000-0000-4000-8000-000000000002', name: 'Polizia Locale', takeCharge: 3, reply: 12 },
  { id: '5a000000-0000-4000-8000-000000000003', name: 'Tributi', takeCharge: 9, reply: 27 },
  { id: '5a000000-0000-4000-8000-000000000004', name: 'Servizi Sociali', takeCharge: 2, reply: 10 },
  { id: '5a000000-0000-4000-8000-000000000005', name: 'Ambiente', takeCharge: 5, reply: 16 },
] as const;

const KINDS: readonly [CaseKind, number][] = [
  ['report', 45],
  ['information_request', 25],
  ['complaint', 14],
  ['suggestion', 8],
  ['appreciation', 3],
  ['civic_access', 5],
];
const CHANNELS: readonly [Channel, number][] = [
  ['email', 30],
  ['web', 24],
  ['phone', 18],
  ['counter', 12],
  ['toll_free', 6],
  ['pec', 5],
  ['mayor_line', 3],
  ['whatsapp', 2],
];

/** mulberry32: small, seeded, good enough for plausible data. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SAMPLE_STANDARDS = {
  urp01: '5b000000-0000-4000-8000-000000000001',
  urp02: '5b000000-0000-4000-8000-000000000002',
  urp03: '5b000000-0000-4000-8000-000000000003',
  urp04: '5b000000-0000-4000-8000-000000000004',
  urp05: '5b000000-0000-4000-8000-000000000005',
  urp06: '5b000000-0000-4000-8000-000000000006',
};

export function sampleCharter(): CharterEvent[] {
  const s = SAMPLE_STANDARDS;
  return [
    adopted({ standardId: s.urp01, code: 'URP-01', service: 'URP risponde', indicator: "Risposta alle richieste d'informazioni: immediata al telefono, in giornata per e-mail", measure: 'final_reply_days', target: { kind: 'immediate' }, effectiveFrom: '2025-01-01', appliesTo: ['information_request'] }),
    adopted({ standardId: s.urp02, code: 'URP-02', service: 'Gestione segnalazioni, reclami e suggerimenti', indicator: 'Risposta definitiva entro 30 giorni dal ricevimento', measure: 'final_reply_days', target: { kind: 'max_days', days: 30 }, effectiveFrom: '2025-01-01', appliesTo: ['report', 'complaint', 'suggestion'] }),
    revised(s.urp02, { kind: 'max_days', days: 25 }, '2026-07-01', 'Risposta definitiva entro 25 giorni dal ricevimento'),
    adopted({ standardId: s.urp03, code: 'URP-03', service: 'Inoltro al settore competente', indicator: "Presa in carico da parte del settore entro 10 giorni dall'inoltro", measure: 'take_charge_days', target: { kind: 'max_days', days: 10 }, effectiveFrom: '2025-01-01' }),
    adopted({ standardId: s.urp04, code: 'URP-04', service: 'Accesso civico generalizzato (D.Lgs. 33/2013, art. 5)', indicator: "Conclusione del procedimento entro 30 giorni dalla presentazione dell'istanza", measure: 'final_reply_days', target: { kind: 'max_days', days: 30 }, effectiveFrom: '2025-01-01', appliesTo: ['civic_access'] }),
    adopted({ standardId: s.urp05, code: 'URP-05', service: 'Indagini di customer satisfaction', indicator: 'Almeno il 60% dei cittadini risponde al questionario di gradimento', measure: 'survey_answer_rate', target: { kind: 'min_share', percent: 60 }, effectiveFrom: '2025-01-01' }),
    adopted({ standardId: s.urp06, code: 'URP-06', service: 'Indagini di customer satisfaction', indicator: 'Almeno l’80% di giudizi positivi (4 o 5 su 5)', measure: 'survey_positive_share', target: { kind: 'min_share', percent: 80 }, effectiveFrom: '2025-01-01' }),
  ];
}

export function sampleCorrectiveActions(year: number): CorrectiveActionRecorded['data'][] {
  const action = (fields: Partial<CorrectiveActionRecorded['data']>): CorrectiveActionRecorded['data'] => ({
    actionId: randomUUID(),
    year,
    standardId: null,
    sectorId: null,
    anomaly: '',
    action: '',
    owner: 'Responsabile URP',
    dueDate: null,
    recordedAt: `${year + 1}-01-20T09:00:00.000Z`,
    ...fields,
  });
  return [
    action({
      sectorId: SAMPLE_SECTORS[2].id,
      anomaly: 'Il settore Tributi ha risposto entro i termini in meno del 90% dei casi e ha richiesto frequenti solleciti.',
      action: 'Referente supplente nei periodi di scadenza IMU/TARI e modelli di risposta condivisi con l’URP.',
      owner: 'Dirigente Settore Tributi',
      dueDate: `${year + 1}-06-30`,
    }),
    action({
      standardId: SAMPLE_STANDARDS.urp02,
      anomaly: 'Dopo la riduzione a 25 giorni la quota di risposte entro i termini è scesa sotto l’obiettivo.',
      action: 'Monitoraggio settimanale delle pratiche in scadenza e sollecito automatico a 20 giorni.',
      dueDate: `${year + 1}-03-31`,
    }),
    action({
      standardId: SAMPLE_STANDARDS.urp01,
      anomaly: 'Le richieste di informazioni via e-mail non ricevono risposta in giornata.',
      action: 'Presidio della casella e-mail istituzionale a turni e risposte tipo aggiornate sul sito.',
    }),
  ];
}

const pick = <T>(random: () => number, weighted: readonly (readonly [T, number])[]): T => {
  const total = weighted.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [value, weight] of weighted) if ((r -= weight) < 0) return value;
  return weighted[weighted.length - 1][0];
};

const DAY = 24 * 3600 * 1000;
const at = (base: number, days: number, hour = 9): string => new Date(base + days * DAY + (hour - 9) * 3600 * 1000).toISOString();

/** About `count` cases received through the year. */
export function sampleStories(year: number, count: number, seed = 42): CaseStory[] {
  const random = prng(seed);
  const start = Date.parse(`${year}-01-02T09:00:00.000Z`);
  return Array.from({ length: count }, (_, i) => {
    const received = start + Math.floor((i / count) * 360) * DAY + Math.floor(random() * 6) * 3600 * 1000;
    const kind = pick(random, KINDS);
    const channel = kind === 'civic_access' ? 'pec' : pick(random, CHANNELS);
    const story = new CaseStory({ receivedAt: new Date(received).toISOString(), kind, channel });
    if (kind === 'information_request' && random() < 0.75) {
      // Most questions are answered by the URP itself, on the day or the next.
      return finish(story.answered(at(received, random() < 0.7 ? 0 : 1 + Math.floor(random() * 3), 15)), received, random, 2);
    }
    if (kind === 'appreciation') return story.closed(at(received, 1), 'no_reply_needed');
    const sector = SAMPLE_SECTORS[Math.floor(random() * SAMPLE_SECTORS.length)];
    let routedAt = received + DAY / 2;
    if (random() < 0.06) {
      // Routed to the wrong sector first: handed back, routed again.
      const wrong = SAMPLE_SECTORS[(SAMPLE_SECTORS.indexOf(sector) + 1) % SAMPLE_SECTORS.length];
      story.routed(wrong.id, new Date(routedAt).toISOString()).handedBack(wrong.id, at(routedAt, 2));
      routedAt += 3 * DAY;
    }
    story.routed(sector.id, new Date(routedAt).toISOString());
    const takeCharge = Math.max(0, Math.round(sector.takeCharge * (0.3 + random() * 2)));
    for (let reminder = 1; 10 + 5 * (reminder - 1) < takeCharge; reminder++) story.reminder(sector.id, reminder, at(routedAt, 10 + 5 * (reminder - 1)));
    const takenAt = routedAt + takeCharge * DAY;
    if (takenAt > Date.parse(`${year + 1}-01-25T09:00:00.000Z`)) return story;
    story.takenInCharge(sector.id, new Date(takenAt).toISOString());
    let replyDays = Math.max(takeCharge + 1, Math.round(sector.reply * (0.4 + random() * 1.3)));
    if (random() < 0.1) story.interimReply(at(received, Math.min(replyDays - 1, 15)), sector.id);
    if (replyDays > 28 && random() < 0.5) {
      story.extended(new Date(received + (replyDays + 10) * DAY).toISOString().slice(0, 10), at(received, 25));
    }
    if (kind === 'civic_access') replyDays = Math.min(replyDays, 28 + Math.floor(random() * 6));
    const replyAt = received + replyDays * DAY;
    if (replyAt > Date.parse(`${year + 1}-01-25T09:00:00.000Z`)) return story;
    story.answered(at(received, replyDays, 11), sector.id);
    return finish(story, replyAt, random, 4, sector.id);
  });
}

/** The survey after the closure, and now and then a reopening answered again. */
function finish(story: CaseStory, closedAt: number, random: () => number, days: number, sectorId?: string): CaseStory {
  if (random() < 0.62) story.feedback(score(random), at(closedAt, 1, 18));
  if (random() < 0.04 && sectorId) {
    story.reopened(at(closedAt, 3)).routed(sectorId, at(closedAt, 3, 12)).takenInCharge(sectorId, at(closedAt, 4)).answered(at(closedAt, 3 + days, 11), sectorId);
  }
  return story;
}

function score(random: () => number): SatisfactionScore {
  const r = random();
  return r < 0.45 ? 5 : r < 0.8 ? 4 : r < 0.9 ? 3 : r < 0.96 ? 2 : 1;
}
