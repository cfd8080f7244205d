/**
 * The decider of one charter standard (one stream per standard). A standard is a sequence
 * of versions, each in force from its `effectiveFrom` until the next one starts, and
 * possibly a retirement. Versions only ever start later than the previous one, so the
 * history of what was promised when is a simple ordered list.
 */
import {
  CASE_KINDS,
  STANDARD_MEASURES,
  TIME_MEASURES,
  type CaseKind,
  type CharterEvent,
  type RomeDate,
  type StandardMeasure,
  type StandardTarget,
} from '../../contracts';
import { requireRole } from '../shared/actor';
import type { Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { isWholeNumber, requireInstant, requireOneOf, requireRomeDate, requireText } from '../shared/validation';
import type { CharterCommand } from './charter-commands';

export interface StandardVersion {
  indicator: string;
  target: StandardTarget;
  effectiveFrom: RomeDate;
}

export interface Standard {
  status: 'adopted' | 'retired';
  standardId: string;
  code: string;
  service: string;
  measure: StandardMeasure;
  appliesTo: CaseKind[] | null;
  /** Oldest first. */
  versions: StandardVersion[];
  /** The first day it no longer applies. */
  retiredFrom: RomeDate | null;
}

export type StandardState = { status: 'none' } | Standard;

export const initialStandardState = (): StandardState => ({ status: 'none' });

export function decideStandard(command: CharterCommand, state: StandardState): CharterEvent[] {
  requireRole(command.actor, ['admin'], command.type);
  const at = requireInstant(command.at, 'at');

  if (command.type === 'AdoptStandard') {
    if (state.status !== 'none') {
      throw new DomainError('STANDARD_ALREADY_ADOPTED', `Standard ${command.standardId} already exists`, {
        standardId: command.standardId,
      });
    }
    const measure = requireOneOf(command.measure, STANDARD_MEASURES, 'measure');
    return [
      {
        type: 'CharterStandardAdopted',
        data: {
          standardId: requireText(command.standardId, 'standardId'),
          code: requireText(command.code, 'code'),
          service: requireText(command.service, 'service'),
          indicator: requireText(command.indicator, 'indicator'),
          measure,
          target: requireTargetFor(measure, command.target),
          appliesTo: requireKinds(command.appliesTo),
          effectiveFrom: requireRomeDate(command.effectiveFrom, 'effectiveFrom'),
          adoptedAt: at,
        },
      },
    ];
  }

  const standard = requireInForce(state, command.standardId);
  const effectiveFrom = requireLaterThanLatestVersion(standard, command.effectiveFrom);
  if (command.type === 'ReviseStandard') {
    return [
      {
        type: 'CharterStandardRevised',
        data: {
          standardId: standard.standardId,
          indicator: requireText(command.indicator, 'indicator'),
          target: requireTargetFor(standard.measure, command.target),
          effectiveFrom,
          revisedAt: at,
        },
      },
    ];
  }
  return [{ type: 'CharterStandardRetired', data: { standardId: standard.standardId, effectiveFrom, retiredAt: at } }];
}

export function evolveStandard(state: StandardState, event: CharterEvent): StandardState {
  switch (event.type) {
    case 'CharterStandardAdopted': {
      const { standardId, code, service, measure, appliesTo, indicator, target, effectiveFrom } = event.data;
      return {
        status: 'adopted',
        standardId,
        code,
        service,
        measure,
        appliesTo,
        versions: [{ indicator, target, effectiveFrom }],
        retiredFrom: null,
      };
    }
    case 'CharterStandardRevised': {
      if (state.status === 'none') return state;
      const { indicator, target, effectiveFrom } = event.data;
      return { ...state, versions: [...state.versions, { indicator, target, effectiveFrom }] };
    }
    case 'CharterStandardRetired':
      return state.status === 'none' ? state : { ...state, status: 'retired', retiredFrom: event.data.effectiveFrom };
  }
}

export const standardDecider: Decider<CharterCommand, CharterEvent, StandardState> = {
  decide: decideStandard,
  evolve: evolveStandard,
  initialState: initialStandardState,
};

function requireInForce(state: StandardState, standardId: string): Standard {
  if (state.status === 'none') {
    throw new DomainError(
      'STANDARD_NOT_FOUND',
      `Standard ${standardId} does not exist`,
      { standardId },
    );
  }
  if (state.status === 'retired') {
    throw new DomainError(
      'STANDARD_RETIRED',
      `Standard ${state.code} was retired from ${state.retiredFrom}`,
      { standardId },
    );
  }
  return state;
}

function requireLaterThanLatestVersion(standard: Standard, effectiveFrom: unknown): RomeDate {
  const date = requireRomeDate(effectiveFrom, 'effectiveFrom');
  const latest = standard.versions[standard.versions.length - 1]!.effectiveFrom;
  if (date <= latest) {
    throw new DomainError(
      'STANDARD_EFFECTIVE_DATE_NOT_LATER',
      `A change must take effect after ${latest}, when the latest version did`,
      { standardId: standard.standardId, latestEffectiveFrom: latest, effectiveFrom: date },
    );
  }
  return date;
}

/** Times are promised in days (or immediately, or at the counter); shares in percent. */
function requireTargetFor(measure: StandardMeasure, target: StandardTarget | undefined): StandardTarget {
  const valid =
    (target?.kind === 'max_days' && isWholeNumber(target.days, 1)) ||
    target?.kind === 'immediate' ||
    target?.kind === 'at_counter' ||
    (target?.kind === 'min_share' && typeof target.percent === 'number' && target.percent >= 0 && target.percent <= 100);
  if (!valid || target === undefined) {
    throw new DomainError(
      'INVALID_TARGET',
      'A target is max_days (whole days, at least 1), immediate, at_counter, or min_share (0-100 percent)',
      { target },
    );
  }
  const isTimeMeasure = TIME_MEASURES.includes(measure);
  if (isTimeMeasure === (target.kind === 'min_share')) {
    throw new DomainError(
      'STANDARD_TARGET_MISMATCH',
      `A ${target.kind} target does not fit the measure ${measure}`,
      { measure, target },
    );
  }
  return target;
}

function requireKinds(kinds: readonly CaseKind[] | null | undefined): CaseKind[] | null {
  if (kinds == null || kinds.length === 0) return null;
  return kinds.map((kind) => requireOneOf(kind, CASE_KINDS, 'appliesTo'));
}
