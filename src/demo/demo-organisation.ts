/**
 * The organisation of the demo comune: its sectors and the standards of its quality
 * charter, drawn from the source documents (Ancona, Casale Monferrato, UrpOnLine, Milano).
 * Ids derive from slugs and codes, so seeding twice names the same streams.
 */
import { deterministicUuid } from '../command-handling/deterministic-id';
import type { AdoptedStandard } from '../charter';
import type { RomeDate, StandardTarget } from '../contracts';

export interface DemoSector {
  id: string;
  name: string;
  slug: string;
}

export interface DemoStandard extends AdoptedStandard {
  id: string;
}

export interface DemoRevision {
  code: string;
  indicator: string;
  target: StandardTarget;
  effectiveFrom: RomeDate;
}

/** The sectors of a mid-size comune, by slug. */
const SECTOR_NAMES = {
  'lavori-pubblici': 'Lavori Pubblici',
  'polizia-locale': 'Polizia Locale',
  tributi: 'Tributi',
  'servizi-sociali': 'Servizi Sociali',
  ambiente: 'Ambiente',
  'anagrafe-stato-civile': 'Anagrafe e Stato Civile',
  urbanistica: 'Urbanistica',
  'mobilita-trasporti': 'Mobilità e Trasporti',
  'cultura-turismo': 'Cultura e Turismo',
  istruzione: 'Istruzione',
} as const;

export type DemoSectorSlug = keyof typeof SECTOR_NAMES;

export const DEMO_SECTORS: readonly DemoSector[] = Object.entries(SECTOR_NAMES).map(([slug, name]) => ({
  id: deterministicUuid('demo-sector', slug),
  name,
  slug,
}));

/** The day the charter's first standards apply. */
export const CHARTER_EFFECTIVE_FROM: RomeDate = '2025-01-01';

const standard = (fields: AdoptedStandard): DemoStandard => ({ id: deterministicUuid('demo-charter-standard', fields.code), ...fields });

export const DEMO_STANDARDS: readonly DemoStandard[] = [
  standard({
    code: 'URP-01',
    service: 'URP risponde',
    indicator: "Risposta alle richieste d'informazioni: ricezione telefonica immediata, o via e-mail secondo l'ordine di arrivo",
    measure: 'final_reply_days',
    target: { kind: 'immediate' },
    appliesTo: ['information_request'],
    effectiveFrom: CHARTER_EFFECTIVE_FROM,
  }),
  standard({
    code: 'URP-02',
    service: 'Gestione segnalazioni, reclami e suggerimenti',
    indicator: 'Risposta definitiva entro 30 giorni dal ricevimento',
    measure: 'final_reply_days',
    target: { kind: 'max_days', days: 30 },
    appliesTo: ['report', 'complaint', 'suggestion'],
    effectiveFrom: CHARTER_EFFECTIVE_FROM,
  }),
  standard({
    code: 'URP-03',
    service: 'Inoltro al settore competente',
    indicator: "Presa in carico da parte del settore entro 10 giorni dall'inoltro; in mancanza, sollecito dell'URP",
    measure: 'take_charge_days',
    target: { kind: 'max_days', days: 10 },
    appliesTo: null,
    effectiveFrom: CHARTER_EFFECTIVE_FROM,
  }),
  standard({
    code: 'URP-04',
    service: 'Accesso civico generalizzato (D.Lgs. 33/2013, art. 5)',
    indicator: "Conclusione del procedimento entro 30 giorni dalla presentazione dell'istanza",
    measure: 'final_reply_days',
    target: { kind: 'max_days', days: 30 },
    appliesTo: ['civic_access'],
    effectiveFrom: CHARTER_EFFECTIVE_FROM,
  }),
  standard({
    code: 'URP-05',
    service: 'Indagini di customer satisfaction',
    indicator: 'Almeno il 60% dei cittadini risponde al questionario di gradimento',
    measure: 'survey_answer_rate',
    target: { kind: 'min_share', percent: 60 },
    appliesTo: null,
    effectiveFrom: CHARTER_EFFECTIVE_FROM,
  }),
  standard({
    code: 'URP-06',
    service: 'Indagini di customer satisfaction',
    indicator: 'Almeno l’80% di giudizi positivi (4 o 5 su 5)',
    measure: 'survey_positive_share',
    target: { kind: 'min_share', percent: 80 },
    appliesTo: null,
    effectiveFrom: CHARTER_EFFECTIVE_FROM,
  }),
];

/** Mid-year the council tightened the final reply: a year's report must use both versions. */
export const DEMO_REVISIONS: readonly DemoRevision[] = [
  {
    code: 'URP-02',
    indicator: 'Risposta definitiva entro 25 giorni dal ricevimento',
    target: { kind: 'max_days', days: 25 },
    effectiveFrom: '2026-07-01',
  },
];

/** When the demo organisation was set up: long before any demo case, so every history reads in order. */
export const DEMO_SETUP_TIMES = {
  sectorsEstablished: '2020-01-07T08:00:00.000Z',
  charterAdopted: '2024-12-16T10:00:00.000Z',
  revisionAdopted: '2026-06-15T10:00:00.000Z',
} as const;

export function demoSector(slug: DemoSectorSlug): DemoSector {
  return DEMO_SECTORS.find((s) => s.slug === slug)!;
}
