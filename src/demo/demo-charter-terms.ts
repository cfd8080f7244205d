/**
 * The demo charter as the domain reads it, for planning only: the generator decides when a
 * reply will be late from the same terms the handlers will record (caseTermsAt).
 */
import type { CaseKind, CharterEvent, RomeDate } from '../contracts';
import { caseTermsAt, standardsFromEvents } from '../domain';
import { DEMO_REVISIONS, DEMO_SETUP_TIMES, DEMO_STANDARDS } from './demo-organisation';

function demoCharterEvents(): CharterEvent[] {
  const adopted: CharterEvent[] = DEMO_STANDARDS.map(({ id, ...standard }) => ({
    type: 'CharterStandardAdopted',
    data: { standardId: id, ...standard, adoptedAt: DEMO_SETUP_TIMES.charterAdopted },
  }));
  const revised: CharterEvent[] = DEMO_REVISIONS.map(({ code, ...revision }) => ({
    type: 'CharterStandardRevised',
    data: { standardId: DEMO_STANDARDS.find((s) => s.code === code)!.id, ...revision, revisedAt: DEMO_SETUP_TIMES.revisionAdopted },
  }));
  return [...adopted, ...revised];
}

const DEMO_CHARTER = standardsFromEvents(demoCharterEvents());

export function plannedFinalReplyDays(date: RomeDate, kind: CaseKind): number {
  return caseTermsAt(DEMO_CHARTER, date, kind).finalReplyDays;
}

export function plannedTakeChargeDays(date: RomeDate, kind: CaseKind): number {
  return caseTermsAt(DEMO_CHARTER, date, kind).takeChargeDays;
}
