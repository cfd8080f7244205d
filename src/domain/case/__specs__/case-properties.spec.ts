/**
 * Properties over random lives of a case: any sequence of commands, from any actor, at
 * any pace, accepted or refused. Refusals must be DomainErrors, never crashes.
 */
import fc from 'fast-check';
import type { CaseEvent, CaseEventType, CaseTerms } from '../../../contracts';
import { addCalendarDays } from '../../../shared/rome-time';
import type { Actor } from '../../shared/actor';
import { DomainError } from '../../shared/domain-error';
import type { CaseCommand } from '../case-commands';
import { caseDecider } from '../case-decider';
import type { Case, CaseState } from '../case-state';
import * as fixture from './case-fixtures';

const HOUR = 60 * 60 * 1000;
const START = Date.parse('2026-01-05T09:00:00.000Z');

const termsArbitrary: fc.Arbitrary<CaseTerms> = fc.record({
  finalReplyDays: fc.integer({ min: 0, max: 60 }),
  takeChargeDays: fc.integer({ min: 0, max: 15 }),
  reminderRepeatDays: fc.integer({ min: 1, max: 10 }),
  dueSoonDays: fc.integer({ min: 0, max: 7 }),
});

/** Mostly the actor who would issue the command, sometimes anyone at all. */
const someoneElse: fc.Arbitrary<Actor | null> = fc.option(
  fc.constantFrom(fixture.operator, fixture.referent, fixture.otherReferent, fixture.citizen, fixture.processManager, fixture.auditor),
  { freq: 4 },
);

const referents = fc.constantFrom(fixture.referent, fixture.otherReferent);

type Builder = (actor: Actor | null, at: string) => CaseCommand;

/** Each command with the actor who would normally issue it. */
const commandArbitrary: fc.Arbitrary<Builder> = fc.oneof(
  fc.constant<Builder>((actor, at) => fixture.acknowledge({ actor: actor ?? fixture.processManager, at })),
  fc
    .tuple(fc.constantFrom('report', 'complaint', 'information_request', 'appreciation', 'civic_access' as const), termsArbitrary)
    .map(([kind, terms]): Builder => (actor, at) => fixture.classify({ actor: actor ?? fixture.operator, at, kind, subject: null, terms })),
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom(fixture.SECTOR, fixture.OTHER_SECTOR), termsArbitrary)
      .map(([sectorId, terms]): Builder => (actor, at) => fixture.route({ actor: actor ?? fixture.operator, at, sectorId, terms })),
  },
  referents.map((referent): Builder => (actor, at) => fixture.handBack({ actor: actor ?? referent, at })),
  { weight: 3, arbitrary: referents.map((referent): Builder => (actor, at) => fixture.takeInCharge({ actor: actor ?? referent, at })) },
  { weight: 2, arbitrary: fc.constant<Builder>((actor, at) => fixture.remind({ actor: actor ?? fixture.processManager, at })) },
  { weight: 2, arbitrary: fc.constant<Builder>((actor, at) => fixture.warnDueSoon({ actor: actor ?? fixture.processManager, at })) },
  { weight: 2, arbitrary: fc.constant<Builder>((actor, at) => fixture.markOverdue({ actor: actor ?? fixture.processManager, at })) },
  { weight: 2, arbitrary: fc.constant<Builder>((actor, at) => fixture.requestInformation({ actor: actor ?? fixture.operator, at })) },
  { weight: 2, arbitrary: fc.constant<Builder>((actor, at) => fixture.recordInformation({ actor: actor ?? fixture.operator, at })) },
  fc.constant<Builder>((actor, at) => fixture.sendInterimReply({ actor: actor ?? fixture.operator, at })),
  {
    weight: 2,
    arbitrary: fc
      .integer({ min: -5, max: 60 })
      .map((days): Builder => (actor, at) => fixture.extend({ actor: actor ?? fixture.operator, at, newDueDate: addCalendarDays(at.slice(0, 10), days) })),
  },
  referents.map((referent): Builder => (actor, at) => fixture.draftFinalReply({ actor: actor ?? referent, at })),
  fc.constantFrom(fixture.operator, fixture.referent).map((speaker): Builder => (actor, at) => fixture.sendFinalReply({ actor: actor ?? speaker, at })),
  fc
    .constantFrom('withdrawn', 'no_reply_needed' as const)
    .map((outcome): Builder => (actor, at) => fixture.close({ actor: actor ?? fixture.operator, at, outcome })),
  { weight: 2, arbitrary: termsArbitrary.map((terms): Builder => (actor, at) => fixture.reopen({ actor: actor ?? fixture.operator, at, terms })) },
  {
    weight: 2,
    arbitrary: fc.integer({ min: 0, max: 6 }).map((score): Builder => (actor, at) => fixture.giveFeedback({ actor: actor ?? fixture.citizen, at, score })),
  },
  fc.constant<Builder>((actor, at) => fixture.merge({ actor: actor ?? fixture.operator, at })),
  { weight: 2, arbitrary: fc.constant<Builder>((actor, at) => fixture.unmerge({ actor: actor ?? fixture.operator, at })) },
);

const stepArbitrary = fc.record({
  command: commandArbitrary,
  actor: someoneElse,
  hoursLater: fc.integer({ min: 0, max: 24 * 6 }),
});

const lifeArbitrary = fc.record({
  kind: fc.constantFrom('report', 'complaint', 'information_request', 'appreciation', null),
  terms: termsArbitrary,
  steps: fc.array(stepArbitrary, { minLength: 5, maxLength: 60 }),
});

interface Decision {
  before: CaseState;
  command: CaseCommand;
  events: CaseEvent[];
  after: CaseState;
}

/** Plays a random life, calling `check` after every accepted or refused command. */
type Life = typeof lifeArbitrary extends fc.Arbitrary<infer Value> ? Value : never;

function play(life: Life, check: (decision: Decision) => void): void {
  let millis = START;
  let state = caseDecider.evolve(caseDecider.initialState(), fixture.received({
    kind: life.kind,
    finalReplyTerms: { finalReplyDays: life.terms.finalReplyDays, dueSoonDays: life.terms.dueSoonDays },
    finalReplyDueDate: addCalendarDays('2026-01-05', life.terms.finalReplyDays),
    receivedAt: new Date(START).toISOString(),
  }));
  for (const step of life.steps) {
    millis += step.hoursLater * HOUR;
    const command = step.command(step.actor, new Date(millis).toISOString());
    let events: CaseEvent[] = [];
    try {
      events = caseDecider.decide(command, state);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
    }
    const after = events.reduce(caseDecider.evolve, state);
    check({ before: state, command, events, after });
    state = after;
  }
}

const typesOf = (events: CaseEvent[]): CaseEventType[] => events.map((event) => event.type);

describe('Properties of any life of a case', () => {
  it('refusals are always DomainErrors: no command crashes the decider', () => {
    fc.assert(fc.property(lifeArbitrary, (life) => play(life, () => undefined)));
  });

  it('a closed case records nothing but a reopening or the feedback', () => {
    fc.assert(
      fc.property(lifeArbitrary, (life) =>
        play(life, ({ before, events }) => {
          if (before.status === 'closed') {
            expect(typesOf(events).every((type) => type === 'CaseReopened' || type === 'SatisfactionFeedbackGiven')).toBe(true);
          }
        }),
      ),
    );
  });

  it('a merged case records nothing but its unmerge', () => {
    fc.assert(
      fc.property(lifeArbitrary, (life) =>
        play(life, ({ before, events }) => {
          if (before.status === 'merged') expect(typesOf(events).every((type) => type === 'CaseUnmerged')).toBe(true);
        }),
      ),
    );
  });

  it('the due date never precedes the start of the clock plus the final-reply days', () => {
    fc.assert(
      fc.property(lifeArbitrary, (life) =>
        play(life, ({ after }) => {
          const { clock } = after as Case;
          expect(clock.dueDate >= addCalendarDays(clock.startDate, clock.terms.finalReplyDays)).toBe(true);
        }),
      ),
    );
  });

  it('the due date never moves earlier while the same clock runs', () => {
    fc.assert(
      fc.property(lifeArbitrary, (life) =>
        play(life, ({ before, after, events }) => {
          const reclassified = events.some((event) => event.type === 'CaseClassified' || event.type === 'CaseReclassified');
          const restarted = events.some((event) => event.type === 'CaseReopened');
          if (!reclassified && !restarted) expect((after as Case).clock.dueDate >= (before as Case).clock.dueDate).toBe(true);
        }),
      ),
    );
  });

  it('a command of the process manager repeated at once records nothing more', () => {
    fc.assert(
      fc.property(lifeArbitrary, (life) =>
        play(life, ({ command, events, after }) => {
          if (command.actor.role === 'system' && events.length > 0) expect(caseDecider.decide(command, after)).toEqual([]);
        }),
      ),
    );
  });

  it('every event belongs to the case it was decided for', () => {
    fc.assert(
      fc.property(lifeArbitrary, (life) =>
        play(life, ({ events }) => {
          for (const event of events) expect(event.data.caseId).toBe(fixture.CASE_ID);
        }),
      ),
    );
  });
});
