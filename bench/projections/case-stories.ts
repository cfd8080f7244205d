/**
 * Random but plausible case histories for the benchmark store, from a seeded generator (the
 * same store every run): most cases closed long ago, the recent ones still open at some step
 * of their life, a few directed elsewhere, merged or reopened.
 */
import type { CaseEvent, CaseKind, Channel, RomeDate } from '../../src/contracts';
import { addCalendarDays } from '../../src/shared/rome-time';
import { CaseScript, on } from '../../test/read-side/support/case-script';

export type Random = () => number;

/** mulberry32: small, fast, good enough to vary test data. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Random, values: readonly T[]): T => values[Math.floor(random() * values.length)];

const KINDS: CaseKind[] = ['report', 'report', 'report', 'complaint', 'complaint', 'information_request', 'information_request', 'suggestion', 'appreciation', 'civic_access'];
const CHANNELS: Channel[] = ['email', 'email', 'web', 'web', 'counter', 'phone', 'pec', 'toll_free', 'postal_mail', 'whatsapp', 'mayor_line'];
const SUBJECTS = ['viabilita/buche', 'viabilita/segnaletica', 'illuminazione/guasti', 'rifiuti/raccolta', 'verde/potature', 'tributi/tari', 'tributi/imu', 'anagrafe/certificati', 'scuole/mense', 'polizia/soste'];

export interface StoryContext {
  random: Random;
  sectors: readonly string[];
  /** The case a duplicate is merged into. */
  previousCaseId: string | null;
}

export function caseStory(script: CaseScript, receivedOn: RomeDate, open: boolean, ctx: StoryContext): CaseEvent[] {
  const { random } = ctx;
  const at = (days: number, time = '09:00') => on(addCalendarDays(receivedOn, days), time);
  const due = addCalendarDays(receivedOn, 30);
  const events: CaseEvent[] = [
    script.received({
      channel: pick(random, CHANNELS),
      kind: pick(random, KINDS),
      subject: pick(random, SUBJECTS),
      receivedAt: at(0),
      finalReplyDueDate: due,
    }),
    script.acknowledged(at(0, '09:01')),
  ];
  const path = random();
  if (path < 0.12) events.push(script.finalReplySent('Ecco le informazioni richieste.', due, at(2)), script.closed('answered', at(2, '09:01')));
  else if (path < 0.17) events.push(script.directedElsewhere('ASL', 'Si rivolga alla ASL.', at(1)), script.closed('directed_elsewhere', at(1, '09:01')));
  else if (path < 0.21 && ctx.previousCaseId) events.push(script.merged(ctx.previousCaseId, at(1)));
  else events.push(...sectorPath(script, ctx, at, due));
  return open ? cutBeforeClosing(events, random) : events;
}

function sectorPath(script: CaseScript, ctx: StoryContext, at: (days: number, time?: string) => string, due: RomeDate): CaseEvent[] {
  const { random } = ctx;
  const sector = pick(random, ctx.sectors);
  const events: CaseEvent[] = [script.routed(sector, at(1), addCalendarDays(due, -19), null, 'Si prega di verificare quanto segnalato.')];
  if (random() < 0.3) events.push(script.reminder(sector, 1, at(12)));
  events.push(script.takenInCharge(sector, at(events.length > 1 ? 13 : 4)));
  let dueDate = due;
  if (random() < 0.15) {
    dueDate = addCalendarDays(due, 3);
    events.push(script.informationRequested('Può indicare il civico?', at(14)), script.informationReceived('Civico 12.', 3, dueDate, at(17)));
  }
  if (random() < 0.4) events.push(script.interimReply('Sopralluogo in programma.', at(18), sector));
  if (random() < 0.1) {
    const extended = addCalendarDays(dueDate, 15);
    events.push(script.extended(dueDate, extended, 'Serve un sopralluogo con la ditta.', at(19)));
    dueDate = extended;
  }
  events.push(
    script.drafted(sector, 'Il problema sarà risolto entro la settimana.', at(20)),
    script.finalReplySent('Il problema sarà risolto entro la settimana.', dueDate, at(21)),
    script.closed('answered', at(21, '09:01')),
  );
  if (random() < 0.5) events.push(script.feedback(pick(random, [3, 4, 4, 5, 5] as const), random() < 0.3 ? 'Grazie.' : null, at(23)));
  if (random() < 0.05) {
    const reopenedDue = addCalendarDays(dueDate, 30);
    events.push(
      script.reopened('Il problema si è ripresentato.', reopenedDue, at(30)),
      script.routed(sector, at(31), addCalendarDays(reopenedDue, -19)),
      script.takenInCharge(sector, at(32)),
      script.finalReplySent('Intervento ripetuto.', reopenedDue, at(40)),
      script.closed('answered', at(40, '09:01')),
    );
  }
  return events;
}

/** An open case: its story stops somewhere before its first closing step. */
function cutBeforeClosing(events: CaseEvent[], random: Random): CaseEvent[] {
  const closing = events.findIndex((event) => ['FinalReplySent', 'CaseClosed', 'CaseMerged', 'CaseDirectedElsewhere'].includes(event.type));
  const end = closing < 0 ? events.length : closing;
  return events.slice(0, 1 + Math.floor(random() * end));
}
