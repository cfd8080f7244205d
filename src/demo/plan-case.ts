/**
 * Plans the whole story of one case, from arrival to its last survey answer: who does what
 * and when. Pure and seeded: the same seed plans the same stories.
 */
import type { CaseContact } from '../cases/register-case/register-case.command';
import type { CaseKind, Channel } from '../contracts';
import { addCalendarDays, calendarDaysBetween, laterDate, romeDate, type RomeDate } from '../shared/rome-time';
import type { CaseAction, PlannedStep } from './case-actions';
import { CaseTimeline } from './case-timeline';
import { CHANNEL_FAMILIES, LIKELY_MISROUTING, LIVE_CHANNELS, ODDS, SECTOR_PACE } from './case-mix';
import { anyHourMoment, atRomeTime, minutesAfter, officeMoment, officeMomentAfter } from './demo-calendar';
import { plannedFinalReplyDays, plannedTakeChargeDays } from './demo-charter-terms';
import type { DemoSectorSlug } from './demo-organisation';
import type { DemoCitizen } from './demo-people';
import {
  CITIZEN_ANSWERS,
  CITIZEN_QUESTIONS,
  directedElsewhereMessage,
  draftText,
  EXTENSION_REASONS,
  finalReplyText,
  HAND_BACK_REASON,
  interimReplyText,
  NEGATIVE_COMMENTS,
  POSITIVE_COMMENTS,
  REOPEN_REASONS,
} from './demo-texts';
import type { Place, Topic } from './demo-topics';
import type { Prng } from './prng';

/** What is known of a case before its story is planned. */
export interface CaseSeed {
  caseNo: number;
  arrival: Date;
  kind: CaseKind;
  channel: Channel;
  topic: Topic;
  place: Place;
  /** Null for an anonymous information request. */
  citizen: DemoCitizen | null;
  /** A second report of the same problem, merged into the first. */
  duplicateOfCaseNo?: number;
}

/** What planning a case needs to know beyond the case itself. */
export interface PlanningContext {
  sectorName(slug: DemoSectorSlug): string;
  /** When an earlier case is registered: a duplicate is merged only once its original exists. */
  registrationOf(caseNo: number): Date;
}

interface Story {
  rng: Prng;
  seed: CaseSeed;
  timeline: CaseTimeline;
  sectorName: PlanningContext['sectorName'];
}

export function planCase(rng: Prng, seed: CaseSeed, context: PlanningContext): PlannedStep[] {
  const story: Story = { rng, seed, timeline: new CaseTimeline(seed.caseNo, seed.arrival), sectorName: context.sectorName };
  register(story);
  if (seed.duplicateOfCaseNo !== undefined) {
    const original = context.registrationOf(seed.duplicateOfCaseNo);
    const after = original > story.timeline.cursor ? original : story.timeline.cursor;
    story.timeline.add(officeMomentAfter(rng, after, rng.int(0, 1)), { type: 'merge', intoCaseNo: seed.duplicateOfCaseNo });
  } else if (seed.kind === 'appreciation') {
    story.timeline.add(officeMomentAfter(rng, story.timeline.cursor, rng.int(0, 2)), { type: 'close', outcome: 'no_reply_needed' });
  } else if (seed.topic.otherBody) {
    directElsewhere(story, seed.topic.otherBody);
  } else {
    const sector = competentSector(rng, seed);
    if (sector === null) answerDirectly(story);
    else handleInSector(story, sector);
  }
  return story.timeline.steps;
}

/**
 * The sector that must act, or null when the URP answers itself: most information, and
 * whatever an anonymous caller asks (no sector could write back).
 */
function competentSector(rng: Prng, seed: CaseSeed): DemoSectorSlug | null {
  if (seed.topic.sector === null || seed.citizen === null) return null;
  if (seed.kind === 'information_request' && !rng.chance(ODDS.infoRoutedToSector)) return null;
  return seed.topic.sector;
}

/** The operator registers what arrived (at once, or at the next office moment); the citizen online at any hour. */
function register({ rng, seed, timeline }: Story): void {
  const byCitizen = seed.channel === 'web';
  const registeredAt = byCitizen || isLive(seed.channel) ? seed.arrival : officeMomentAfter(rng, seed.arrival, 0);
  const classifiedLater = !byCitizen && seed.kind !== 'appreciation' && rng.chance(ODDS.classifiedLater);
  const contact: CaseContact = {
    channel: seed.channel,
    kind: classifiedLater ? null : seed.kind,
    subject: classifiedLater ? null : seed.topic.subject,
    description: seed.topic.text(seed.place),
    citizen: { ...(seed.citizen?.details ?? {}) },
    location: seed.topic.location?.(seed.place) ?? null,
    ...(registeredAt > seed.arrival ? { receivedAt: seed.arrival.toISOString() } : {}),
  };
  timeline.add(registeredAt, { type: 'register', contact, byCitizen });
  if (classifiedLater) {
    timeline.add(minutesAfter(timeline.cursor, rng.int(5, 120)), { type: 'classify', kind: seed.kind, subject: seed.topic.subject });
  }
}

/** Information the URP gives itself: on the spot at the counter or on the phone, soon in writing. */
function answerDirectly(story: Story): void {
  const { rng, seed, timeline } = story;
  timeline.add(urpReplyMoment(story), {
    type: 'final-reply',
    by: 'urp',
    text: finalReplyText(rng, seed.topic, null),
    channel: conversational(seed.channel) ? seed.channel : writtenChannel(seed),
  });
  survey(story, false);
}

function directElsewhere(story: Story, otherBody: string): void {
  const { seed, timeline } = story;
  const channel = conversational(seed.channel) ? seed.channel : writtenChannel(seed);
  timeline.add(urpReplyMoment(story), { type: 'direct-elsewhere', otherBody, message: directedElsewhereMessage(otherBody), channel });
  survey(story, false);
}

/** At once on a live channel; in writing within a few hours, or on a later day when it needs looking up. */
function urpReplyMoment({ rng, seed, timeline }: Story): Date {
  if (isLive(seed.channel)) return minutesAfter(timeline.cursor, rng.int(2, 20));
  if (rng.chance(0.15)) return officeMomentAfter(rng, timeline.cursor, rng.int(1, 3));
  const soon = minutesAfter(timeline.cursor, rng.int(10, 150));
  return sameOfficeDay(timeline.cursor, soon) ? soon : officeMomentAfter(rng, timeline.cursor, 1);
}

/** Still the same day, before the office closes (18:00). */
function sameOfficeDay(from: Date, candidate: Date): boolean {
  return romeDate(candidate) === romeDate(from) && candidate < atRomeTime(romeDate(from), 18, 0);
}

/** Routed to the competent sector: taken in charge (chased if slow), worked on, answered. */
function handleInSector(story: Story, sector: DemoSectorSlug): void {
  const { rng, timeline } = story;
  routeToSector(story, sector);
  if (rng.chance(ODDS.withdrawn)) {
    timeline.add(officeMomentAfter(rng, timeline.cursor, rng.int(1, 10)), { type: 'close', outcome: 'withdrawn' });
    return;
  }
  const receivedOn = romeDate(story.seed.arrival);
  const late = workOnCase(story, sector, receivedOn);
  survey(story, late);
  maybeReopen(story, sector);
}

function routeToSector(story: Story, sector: DemoSectorSlug): void {
  const { rng, timeline, sectorName } = story;
  let routeAt = officeMomentAfter(rng, timeline.cursor, rng.weighted([[0, 6], [1, 3], [2, 1]]));
  if (rng.chance(ODDS.misrouted)) {
    const wrong = LIKELY_MISROUTING[sector];
    timeline.add(routeAt, { type: 'route', sector: wrong, note: `Per competenza: ${sectorName(wrong)}` });
    timeline.add(officeMomentAfter(rng, timeline.cursor, rng.int(1, 4)), { type: 'hand-back', sector: wrong, reason: HAND_BACK_REASON });
    routeAt = officeMomentAfter(rng, timeline.cursor, rng.int(0, 1));
  }
  timeline.add(routeAt, { type: 'route', sector, note: `Per competenza: ${sectorName(sector)}` });
  takeInCharge(story, sector);
}

/** The sector takes charge at its own pace; past the term the process manager (and sometimes an operator) chases it. */
function takeInCharge({ rng, seed, timeline }: Story, sector: DemoSectorSlug): void {
  const routedAt = timeline.cursor;
  const routedOn = romeDate(routedAt);
  const termDays = plannedTakeChargeDays(routedOn, seed.kind);
  const pace = SECTOR_PACE[sector];
  const delay = rng.chance(pace.lateTakeCharge)
    ? rng.int(termDays + 1, termDays + 15)
    : rng.int(pace.takeChargeDays[0], Math.min(pace.takeChargeDays[1], termDays));
  let takenAt = officeMoment(rng, addCalendarDays(routedOn, delay));
  if (takenAt <= routedAt) takenAt = minutesAfter(routedAt, rng.int(30, 180));

  const reminders: Array<[Date, CaseAction]> = [];
  if (delay >= 6 && rng.chance(ODDS.manualReminderWhenSlow)) {
    reminders.push([officeMoment(rng, addCalendarDays(routedOn, rng.int(5, Math.min(delay - 1, termDays)))), { type: 'remind', bySystem: false }]);
  }
  // The deadline process manager's morning run, from the day after the term, every ten days.
  for (let day = termDays + 1; ; day += 10) {
    const at = atRomeTime(addCalendarDays(routedOn, day), 7, 0);
    if (at >= takenAt) break;
    reminders.push([at, { type: 'remind', bySystem: true }]);
  }
  for (const [at, action] of reminders.filter(([at]) => at < takenAt).sort(([a], [b]) => a.getTime() - b.getTime())) {
    timeline.add(at, action);
  }
  timeline.add(takenAt, { type: 'take-charge', sector });
}

/** From take-charge to the final reply; true when the reply comes after the due date. */
function workOnCase(story: Story, sector: DemoSectorSlug, clockStart: RomeDate): boolean {
  const { rng, seed, timeline, sectorName } = story;
  let dueDate = addCalendarDays(clockStart, plannedFinalReplyDays(clockStart, seed.kind));
  dueDate = addCalendarDays(dueDate, askCitizen(story, sector));

  const today = romeDate(timeline.cursor);
  const late = rng.chance(SECTOR_PACE[sector].lateReply) || today >= dueDate;
  const replyOn = late
    ? addCalendarDays(laterDate(dueDate, today), rng.int(1, 20))
    : addCalendarDays(today, rng.int(1, Math.max(1, calendarDaysBetween(today, dueDate))));

  const meanwhile: Array<[Date, CaseAction]> = [];
  if (calendarDaysBetween(clockStart, replyOn) > 15 && rng.chance(ODDS.interimReplyWhenLong)) {
    const on = addCalendarDays(today, Math.max(1, Math.floor(calendarDaysBetween(today, replyOn) / 2)));
    meanwhile.push([officeMoment(rng, on), { type: 'interim-reply', by: sector, text: interimReplyText(sectorName(sector)), channel: writtenChannel(seed) }]);
  }
  let extendedLate = late;
  if (late && seed.kind !== 'civic_access' && rng.chance(ODDS.extensionWhenLate)) {
    const on = laterDate(addCalendarDays(dueDate, -rng.int(1, 4)), today);
    const extraDays = calendarDaysBetween(dueDate, replyOn) + rng.int(0, 5);
    meanwhile.push([officeMoment(rng, on), { type: 'extend', by: sector, extraDays, reason: rng.pick(EXTENSION_REASONS) }]);
    extendedLate = false;
  }
  for (const [at, action] of meanwhile.sort(([a], [b]) => a.getTime() - b.getTime())) timeline.add(at, action);

  const replyAt = officeMoment(rng, replyOn);
  const text = finalReplyText(rng, seed.topic, sectorName(sector));
  if (rng.chance(ODDS.draftedBySector)) {
    timeline.add(officeMoment(rng, addCalendarDays(replyOn, -rng.int(0, 2))), { type: 'draft', sector, text: draftText(sectorName(sector)) });
    timeline.add(replyAt, { type: 'final-reply', by: 'urp', text, channel: writtenChannel(seed) });
  } else {
    timeline.add(replyAt, { type: 'final-reply', by: sector, text, channel: writtenChannel(seed) });
  }
  return extendedLate;
}

/** Sometimes the sector needs more from the citizen: the clock stops until they answer. Returns the days stopped. */
function askCitizen({ rng, seed, timeline }: Story, sector: DemoSectorSlug): number {
  if (seed.citizen === null || !rng.chance(ODDS.citizenInformationNeeded)) return 0;
  const askedAt = timeline.add(officeMomentAfter(rng, timeline.cursor, rng.int(0, 2)), {
    type: 'request-information',
    by: sector,
    question: rng.pick(CITIZEN_QUESTIONS),
    channel: writtenChannel(seed),
  });
  const answeredAt = timeline.add(officeMomentAfter(rng, askedAt, rng.int(2, 12)), {
    type: 'record-information',
    by: sector,
    information: rng.pick(CITIZEN_ANSWERS),
  });
  return calendarDaysBetween(romeDate(askedAt), romeDate(answeredAt));
}

/** After closure about six citizens in ten answer the survey, eight in ten of them positively (Milano). */
function survey({ rng, seed, timeline }: Story, late: boolean): void {
  if (!rng.chance(ODDS.survey)) return;
  const positive = rng.chance(late ? 0.55 : ODDS.positiveScore);
  const score = positive ? rng.weighted([[5, 6], [4, 4]]) : rng.weighted([[3, 5], [2, 3], [1, 2]]);
  const comment = rng.pick(positive ? POSITIVE_COMMENTS : NEGATIVE_COMMENTS);
  // Citizens who write answer the link in the e-mail; the others answer the operator.
  const byCitizen = seed.citizen?.writes === true && !isLive(seed.channel) && rng.chance(0.7);
  const at = byCitizen
    ? anyHourMoment(rng, addCalendarDays(romeDate(timeline.cursor), rng.int(0, 7)))
    : officeMomentAfter(rng, timeline.cursor, rng.int(0, 5));
  timeline.add(at, { type: 'feedback', score, comment, byCitizen });
}

/** A few answered reports and complaints come back: the problem is still there. */
function maybeReopen(story: Story, sector: DemoSectorSlug): void {
  const { rng, seed, timeline } = story;
  if ((seed.kind !== 'report' && seed.kind !== 'complaint') || !rng.chance(ODDS.reopened)) return;
  const reopenedAt = timeline.add(officeMomentAfter(rng, timeline.cursor, rng.int(3, 20)), { type: 'reopen', reason: rng.pick(REOPEN_REASONS) });
  timeline.add(officeMomentAfter(rng, timeline.cursor, rng.int(0, 1)), { type: 'route', sector, note: 'Pratica riaperta su richiesta del cittadino' });
  takeInCharge(story, sector);
  survey(story, workOnCase(story, sector, romeDate(reopenedAt)));
}

function isLive(channel: Channel): boolean {
  return LIVE_CHANNELS.includes(channel);
}

function isChat(channel: Channel): boolean {
  return CHANNEL_FAMILIES.chat!.includes(channel) || CHANNEL_FAMILIES.social!.includes(channel);
}

/** Answered where the conversation is: at the counter, on the line, in the chat. */
function conversational(channel: Channel): boolean {
  return isLive(channel) || isChat(channel);
}

/** Written answers go by e-mail when the citizen gave one, otherwise by phone. */
function writtenChannel(seed: CaseSeed): Channel {
  return seed.citizen?.writes ? 'email' : 'phone';
}
