/**
 * Who contacts the office, about what, through which channel, and when: the cases of a
 * period before their stories are planned. Live channels arrive in office hours on working
 * days; the web, e-mail and chats at any hour, fewer at weekends and in August.
 */
import type { CaseKind, Channel } from '../contracts';
import { defaultAcceptedKinds } from '../domain';
import type { RomeDate } from '../shared/rome-time';
import { CHANNEL_WEIGHTS, KIND_WEIGHTS, LIVE_CHANNELS, ODDS } from './case-mix';
import { anyHourMoment, datesBetween, isWorkingDay, minutesAfter, officeMoment, officeMomentAfter } from './demo-calendar';
import { citizenPool, type DemoCitizen } from './demo-people';
import { pickTopic, randomPlace } from './demo-topics';
import type { CaseSeed } from './plan-case';
import type { Prng } from './prng';

/** Channels where a person can stay anonymous: they only ask for information. */
const ANONYMOUS_CHANNELS: readonly Channel[] = [...LIVE_CHANNELS, 'web_chat', 'whatsapp', 'telegram', 'facebook', 'instagram', 'x'];
/** Channels that need an e-mail to work at all. */
const WRITTEN_CHANNELS: readonly Channel[] = ['web', 'email', 'pec'];

/** A case before it has its number: a duplicate knows its original by reference. */
interface Arrival extends Omit<CaseSeed, 'caseNo' | 'duplicateOfCaseNo'> {
  original?: Arrival;
}

export function caseSeeds(rng: Prng, from: RomeDate, to: RomeDate, count: number): CaseSeed[] {
  const days = datesBetween(from, to);
  const officeDays = days.filter(isWorkingDay);
  const citizens = citizenPool(rng.fork('citizens'), Math.max(20, Math.round(count * 0.7)));
  const arrivals: Arrival[] = [];
  while (arrivals.length < count) {
    const arrival = newArrival(rng, days, officeDays.length > 0 ? officeDays : days, citizens);
    arrivals.push(arrival);
    if (arrival.kind === 'report' && arrival.topic.sector !== null && arrivals.length < count && rng.chance(ODDS.duplicateReport)) {
      arrivals.push(duplicateOf(rng, arrival, citizens));
    }
  }
  return numberedByArrival(arrivals);
}

function newArrival(rng: Prng, days: readonly RomeDate[], officeDays: readonly RomeDate[], citizens: readonly DemoCitizen[]): Arrival {
  const kind = rng.weighted(KIND_WEIGHTS);
  const channel = properChannel(kind, rng.weighted(CHANNEL_WEIGHTS[kind]));
  const live = LIVE_CHANNELS.includes(channel);
  const anonymous = kind === 'information_request' && ANONYMOUS_CHANNELS.includes(channel) && rng.chance(ODDS.anonymousInformation);
  return {
    arrival: live ? officeMoment(rng, pickDay(rng, officeDays)) : anyHourMoment(rng, pickDay(rng, days)),
    kind,
    channel,
    topic: pickTopic(rng, kind),
    place: randomPlace(rng),
    citizen: anonymous ? null : pickCitizen(rng, citizens, WRITTEN_CHANNELS.includes(channel)),
  };
}

/**
 * A report tried on a chat is refused there (the channel policy, seed 000): the citizen,
 * told so in the chat, sends it through the web form.
 */
function properChannel(kind: CaseKind, tried: Channel): Channel {
  return defaultAcceptedKinds(tried).includes(kind) ? tried : 'web';
}

/** Someone else reports the same problem a little later; the operator will merge it. */
function duplicateOf(rng: Prng, original: Arrival, citizens: readonly DemoCitizen[]): Arrival {
  const channel: Channel = rng.pick(['phone', 'web', 'email']);
  const later = minutesAfter(original.arrival, rng.int(120, 3 * 24 * 60));
  return {
    ...original,
    arrival: LIVE_CHANNELS.includes(channel) ? officeMomentAfter(rng, later, 0) : later,
    channel,
    citizen: pickCitizen(rng, citizens, WRITTEN_CHANNELS.includes(channel)),
    original,
  };
}

/** Weekdays count fully; weekends, holidays and August less (offices closed, people away). */
function pickDay(rng: Prng, days: readonly RomeDate[]): RomeDate {
  return rng.weighted(days.map((day) => [day, dayWeight(day)] as const));
}

function dayWeight(day: RomeDate): number {
  const month = day.slice(5, 7);
  const seasonal = month === '08' ? 0.6 : month === '12' ? 0.85 : 1;
  return (isWorkingDay(day) ? 1 : 0.3) * seasonal;
}

function pickCitizen(rng: Prng, citizens: readonly DemoCitizen[], mustWrite: boolean): DemoCitizen {
  for (;;) {
    const citizen = rng.pick(citizens);
    if (citizen.writes || !mustWrite) return citizen;
  }
}

/** Case numbers follow arrival, as reference numbers will; a duplicate points at its original's number. */
function numberedByArrival(arrivals: readonly Arrival[]): CaseSeed[] {
  const ordered = [...arrivals].sort((a, b) => a.arrival.getTime() - b.arrival.getTime());
  const numberOf = new Map(ordered.map((arrival, index) => [arrival, index]));
  return ordered.map(({ original, ...seed }, caseNo) =>
    original ? { ...seed, caseNo, duplicateOfCaseNo: numberOf.get(original)! } : { ...seed, caseNo },
  );
}
