/** The URP charter of an imaginary comune, as its standards were adopted and revised. */
import type { CharterEvent, CharterStandardAdopted, CharterStandardRetired, CharterStandardRevised } from '../../../contracts';
import type { Actor } from '../../shared/actor';
import type { AdoptStandard, ReviseStandard, RetireStandard } from '../charter-commands';

export const admin: Actor = { id: 'adm-sara', role: 'admin' };
export const AT = '2025-12-15T09:00:00.000Z';

export const adopted = (data: Partial<CharterStandardAdopted['data']> = {}): CharterStandardAdopted => ({
  type: 'CharterStandardAdopted',
  data: {
    standardId: 'std-final-reply',
    code: 'URP-03',
    service: 'Gestione segnalazioni, reclami e suggerimenti',
    indicator: 'Risposta definitiva entro 30 giorni dal ricevimento',
    measure: 'final_reply_days',
    target: { kind: 'max_days', days: 30 },
    appliesTo: null,
    effectiveFrom: '2025-01-01',
    adoptedAt: AT,
    ...data,
  },
});

export const revised = (data: Partial<CharterStandardRevised['data']> = {}): CharterStandardRevised => ({
  type: 'CharterStandardRevised',
  data: {
    standardId: 'std-final-reply',
    indicator: 'Risposta definitiva entro 20 giorni dal ricevimento',
    target: { kind: 'max_days', days: 20 },
    effectiveFrom: '2026-07-01',
    revisedAt: AT,
    ...data,
  },
});

export const retired = (data: Partial<CharterStandardRetired['data']> = {}): CharterStandardRetired => ({
  type: 'CharterStandardRetired',
  data: { standardId: 'std-final-reply', effectiveFrom: '2027-01-01', retiredAt: AT, ...data },
});

export const adopt = (over: Partial<AdoptStandard> = {}): AdoptStandard => ({
  type: 'AdoptStandard',
  standardId: 'std-final-reply',
  actor: admin,
  at: AT,
  code: 'URP-03',
  service: 'Gestione segnalazioni, reclami e suggerimenti',
  indicator: 'Risposta definitiva entro 30 giorni dal ricevimento',
  measure: 'final_reply_days',
  target: { kind: 'max_days', days: 30 },
  effectiveFrom: '2025-01-01',
  ...over,
});

export const revise = (over: Partial<ReviseStandard> = {}): ReviseStandard => ({
  type: 'ReviseStandard',
  standardId: 'std-final-reply',
  actor: admin,
  at: AT,
  indicator: 'Risposta definitiva entro 20 giorni dal ricevimento',
  target: { kind: 'max_days', days: 20 },
  effectiveFrom: '2026-07-01',
  ...over,
});

export const retire = (over: Partial<RetireStandard> = {}): RetireStandard => ({
  type: 'RetireStandard',
  standardId: 'std-final-reply',
  actor: admin,
  at: AT,
  effectiveFrom: '2027-01-01',
  ...over,
});

/** A survey standard, 80% positive answers (the Milan figure). */
export const surveyAdopted = (): CharterEvent =>
  adopted({
    standardId: 'std-survey',
    code: 'URP-09',
    service: 'Ascolto dei cittadini',
    indicator: 'Almeno l\'80% di giudizi positivi',
    measure: 'survey_positive_share',
    target: { kind: 'min_share', percent: 80 },
  });
