/** State checks shared by the case's commands. Each throws the DomainError its rule names. */
import type { CaseKind, ReplyAuthor } from '../../contracts';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/domain-error';
import type { Case, CaseState, Routing } from './case-state';

export function requireExistingCase(state: CaseState, caseId: string): Case {
  if (state.status === 'none') throw new DomainError('CASE_NOT_FOUND', `Case ${caseId} does not exist`, { caseId });
  return state;
}

/** A merged case is represented by the case it was merged into: it accepts only an unmerge. */
export function requireNotMerged(state: Case, commandType: string): void {
  if (state.status === 'merged') {
    throw new DomainError(
      'CASE_MERGED',
      `Case ${state.caseId} is merged into ${state.merge?.intoCaseId}: ${commandType} is not possible`,
      { caseId: state.caseId, intoCaseId: state.merge?.intoCaseId },
    );
  }
}

/** A closed case accepts only a reopening and the citizen's feedback. */
export function requireNotClosed(state: Case, commandType: string): void {
  if (state.status === 'closed') {
    throw new DomainError('CASE_CLOSED', `Case ${state.caseId} is closed: ${commandType} is not possible`, {
      caseId: state.caseId,
    });
  }
}

/** Routing, replying and closing need a kind: every report counts cases by kind. */
export function requireClassified(state: Case): CaseKind {
  if (state.kind === null) {
    throw new DomainError(
      'CASE_NOT_CLASSIFIED',
      `Case ${state.caseId} must be classified first`,
      { caseId: state.caseId },
    );
  }
  return state.kind;
}

/** A referent acts only on cases routed to their own sector. */
export function requireActingSector(state: Case, actor: Actor): Routing {
  if (state.routing === null || actor.sectorId === undefined || state.routing.sectorId !== actor.sectorId) {
    throw new DomainError(
      'NOT_ROUTED_SECTOR',
      `Case ${state.caseId} is not routed to sector ${actor.sectorId ?? '(none)'}`,
      { caseId: state.caseId, actorSectorId: actor.sectorId ?? null, routedSectorId: state.routing?.sectorId ?? null },
    );
  }
  return state.routing;
}

/** Operators act for the URP on any case; a referent only on a case routed to their sector. */
export function requireMayActOnCase(state: Case, actor: Actor): void {
  if (actor.role === 'referent') requireActingSector(state, actor);
}

/** Who speaks to the citizen: the URP (operators), or the routed sector (its referents). */
export function speakerFor(state: Case, actor: Actor): { author: ReplyAuthor; sectorId: string | null } {
  if (actor.role !== 'referent') return { author: 'urp', sectorId: null };
  return { author: 'sector', sectorId: requireActingSector(state, actor).sectorId };
}

export function requireNotSuspended(state: Case, code: 'CASE_ALREADY_SUSPENDED' | 'CASE_SUSPENDED'): void {
  if (state.clock.suspendedSince !== null) {
    throw new DomainError(
      code,
      `Case ${state.caseId} is waiting for the citizen's information since ${state.clock.suspendedSince}`,
      { caseId: state.caseId, suspendedSince: state.clock.suspendedSince },
    );
  }
}
