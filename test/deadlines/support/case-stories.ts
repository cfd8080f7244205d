/**
 * The year's cases as stories: what happens to each case, on which day, planned from a
 * seed. The plan does not look at the case as it will be: a step the case refuses when
 * its day comes (a reply to a case already closed, an extension while suspended) is just
 * skipped, as an office would shrug it off. The oracle reads what really happened.
 */
import type { CaseKind, RomeDate } from '../../../src/contracts';
import { addCalendarDays } from '../../../src/shared/rome-time';
import { SECTORS, type SectorId } from './office';
import { OFFICE_OPENS, romeTime } from './rome-clock';
import type { Prng } from '../../../src/demo/prng';

export type StoryAction =
  | { type: 'register'; kind: CaseKind }
  | { type: 'route'; sectorId: SectorId }
  | { type: 'take-charge' }
  | { type: 'hand-back' }
  | { type: 'remind' }
  | { type: 'request-information' }
  | { type: 'record-information' }
  | { type: 'interim-reply' }
  | { type: 'extend'; extraDays: number }
  | { type: 'final-reply'; bySector: boolean }
  | { type: 'withdraw' }
  | { type: 'reopen' };

export interface StoryStep {
  caseNo: number;
  /** Position in the case's story: steps of one case on one day keep their order. */
  order: number;
  day: RomeDate;
  at: string;
  action: StoryAction;
}

const KINDS: readonly CaseKind[] = ['report', 'report', 'complaint', 'information_request', 'suggestion', 'civic_access'];

export function planYear(rng: Prng, firstDay: RomeDate, days: number, cases: number): StoryStep[] {
  const steps: StoryStep[] = [];
  for (let caseNo = 0; caseNo < cases; caseNo++) steps.push(...planCase(rng, caseNo, addCalendarDays(firstDay, rng.int(0, days - 1))));
  const lastDay = addCalendarDays(firstDay, days - 1);
  return steps.filter((step) => step.day <= lastDay).sort((a, b) => a.at.localeCompare(b.at) || a.caseNo - b.caseNo);
}

/** One case's story; `offset` days after arrival. */
function planCase(rng: Prng, caseNo: number, arrival: RomeDate): StoryStep[] {
  const planned: { offset: number; action: StoryAction }[] = [{ offset: 0, action: { type: 'register', kind: rng.pick(KINDS) } }];
  const add = (offset: number, action: StoryAction) => planned.push({ offset, action });
  const path = rng.next();
  let closedAt: number | null = null;

  if (path < 0.7) closedAt = planWithSector(rng, add);
  else if (path < 0.9) {
    // Answered by the URP itself, sometimes late.
    if (rng.chance(0.9)) add((closedAt = rng.int(1, 45)), { type: 'final-reply', bySector: false });
  } else add((closedAt = rng.int(1, 40)), { type: 'withdraw' });

  if (rng.chance(0.2)) {
    const asked = rng.int(3, 25);
    add(asked, { type: 'request-information' });
    if (rng.chance(0.85)) add(asked + rng.int(0, 20), { type: 'record-information' });
  }
  if (rng.chance(0.3)) add(rng.int(5, 25), { type: 'interim-reply' });
  if (rng.chance(0.15)) add(rng.int(15, 29), { type: 'extend', extraDays: rng.int(5, 30) });
  if (closedAt !== null && rng.chance(0.12)) {
    const reopened = closedAt + rng.int(1, 20);
    add(reopened, { type: 'reopen' });
    if (rng.chance(0.6)) add(reopened + rng.int(5, 45), { type: 'final-reply', bySector: false });
  }

  return planned
    .map((step, index) => ({ ...step, index }))
    .sort((a, b) => a.offset - b.offset || a.index - b.index)
    .map(({ offset, action }, order) => {
      const day = addCalendarDays(arrival, offset);
      // After the morning tick; a case's steps of one day in their order, cases interleaved.
      return { caseNo, order, day, at: romeTime(day, OFFICE_OPENS + 0.5 + order * 0.25 + (caseNo % 50) * 0.01), action };
    });
}

/** Routed to a sector, maybe redirected; taken in charge soon, late or never. Returns the day of the reply, if any. */
function planWithSector(rng: Prng, add: (offset: number, action: StoryAction) => void): number | null {
  const first = rng.pick([SECTORS.lavoriPubblici, SECTORS.poliziaLocale]);
  let routed = rng.int(0, 2);
  add(routed, { type: 'route', sectorId: first });
  if (rng.chance(0.12)) {
    routed += rng.int(1, 15);
    add(routed, { type: 'route', sectorId: first === SECTORS.lavoriPubblici ? SECTORS.poliziaLocale : SECTORS.lavoriPubblici });
  }
  if (rng.chance(0.08)) add(routed + rng.int(3, 9), { type: 'remind' });
  const delay = takeChargeDelay(rng);
  if (delay === null) {
    if (!rng.chance(0.5)) return null;
    const handedBack = routed + rng.int(15, 40);
    add(handedBack, { type: 'hand-back' });
    const replied = handedBack + rng.int(1, 20);
    add(replied, { type: 'final-reply', bySector: false });
    return replied;
  }
  add(routed + delay, { type: 'take-charge' });
  if (rng.chance(0.1)) return null;
  const replied = routed + delay + rng.int(1, 40);
  add(replied, { type: 'final-reply', bySector: true });
  return replied;
}

/** Days the sector takes: mostly within its ten, often later, sometimes never. */
function takeChargeDelay(rng: Prng): number | null {
  const draw = rng.next();
  if (draw < 0.45) return rng.int(1, 10);
  if (draw < 0.75) return rng.int(11, 30);
  if (draw < 0.9) return rng.int(31, 60);
  return null;
}
