import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../src/config/app-config';
import { CASE_KINDS, CASE_STREAM_PREFIX, type Channel } from '../../src/contracts';
import { CHANNEL_FAMILIES } from '../../src/demo/case-mix';
import { openDemoRuntime } from '../../src/demo/demo-runtime';
import type { DemoTotals } from '../../src/demo/demo-totals';
import { generateDemoCases, type GenerateOptions } from '../../src/demo/generate-demo-cases';
import { seedDemoOrganisation } from '../../src/demo/seed-demo-organisation';
import type { RecordedEvent } from '../../src/event-store/event-store.port';
import { ManualClock } from '../../src/shared/clock';
import { startTestSystem, TestSystem } from '../sectors/support/test-system';

const OPTIONS: GenerateOptions = { from: '2025-04-01', to: '2025-05-31', casesPerYear: 1800, seed: 42 };

interface Run {
  totals: DemoTotals;
  events: RecordedEvent[];
}

/** A fresh database, the demo organisation, then two months of cases. */
async function generateInFreshSystem(systems: TestSystem[]): Promise<Run> {
  const system = await startTestSystem([], new ManualClock('2026-11-20T14:00:00.000Z'));
  systems.push(system);
  const runtime = await openDemoRuntime(
    { eventStore: system.eventStore, dataSource: system.app.get(DataSource), config: system.app.get(APP_CONFIG) },
    '2025-01-01T00:00:00Z',
  );
  try {
    const totals = await generateDemoCases(runtime, await seedDemoOrganisation(runtime), OPTIONS);
    return { totals, events: await system.events(CASE_STREAM_PREFIX) };
  } finally {
    await runtime.close();
  }
}

function countByType(events: readonly RecordedEvent[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const event of events) counts[event.type] = (counts[event.type] ?? 0) + 1;
  return counts;
}

const dataOf = <T>(events: readonly RecordedEvent[], type: string) => events.filter((e) => e.type === type).map((e) => e.data as T);

describe('the demo case generator, two months through the case command handlers', () => {
  const systems: TestSystem[] = [];
  let run: Run;
  let twin: Run;

  beforeAll(async () => {
    // Two fresh databases, same seed, generated side by side.
    [run, twin] = await Promise.all([generateInFreshSystem(systems), generateInFreshSystem(systems)]);
  }, 600_000);
  afterAll(async () => {
    await Promise.all(systems.map((system) => system.stop()));
  });

  it('registers about the cases asked for, and no planned step breaks a rule', () => {
    expect(run.totals.refused).toEqual({});
    // 1800 a year over 61 days, less the few that arrive after the end of May.
    expect(run.totals.cases).toBeGreaterThan(280);
    expect(run.totals.cases).toBeLessThanOrEqual(301);
    expect(dataOf(run.events, 'CaseReceived')).toHaveLength(run.totals.cases);
  });

  it('covers every kind of case and every family of channels, with information requests the most frequent', () => {
    const received = dataOf<{ kind: string | null; channel: Channel }>(run.events, 'CaseReceived');
    const classified = dataOf<{ kind: string }>(run.events, 'CaseClassified');
    const kinds = new Set([...received.map((r) => r.kind), ...classified.map((c) => c.kind)]);
    expect([...CASE_KINDS].filter((kind) => !kinds.has(kind))).toEqual([]);
    const channels = new Set(received.map((r) => r.channel));
    for (const [family, members] of Object.entries(CHANNEL_FAMILIES)) {
      expect({ family, used: members.some((channel) => channels.has(channel)) }).toEqual({ family, used: true });
    }
    const byKind = run.totals.byKind;
    expect(byKind.information_request!).toBeGreaterThan(byKind.report!);
    expect(byKind.report!).toBeGreaterThan(byKind.civic_access!);
  });

  it('tells the whole life of cases: reminders, extensions, interim replies, suspensions, hand-backs, reopenings, merges, surveys', () => {
    const counts = countByType(run.events);
    for (const type of [
      'CaseAcknowledged',
      'CaseClassified',
      'CaseRouted',
      'CaseHandedBack',
      'CaseTakenInCharge',
      'TakeChargeReminderSent',
      'CitizenInformationRequested',
      'CitizenInformationReceived',
      'InterimReplySent',
      'FinalReplyDeadlineExtended',
      'FinalReplyDrafted',
      'FinalReplySent',
      'CaseDirectedElsewhere',
      'CaseClosed',
      'CaseReopened',
      'SatisfactionFeedbackGiven',
      'CaseMerged',
    ]) {
      expect({ type, present: (counts[type] ?? 0) > 0 }).toEqual({ type, present: true });
    }
    const reminders = dataOf<{ sentBy: string }>(run.events, 'TakeChargeReminderSent');
    expect(new Set(reminders.map((r) => r.sentBy))).toEqual(new Set(['process_manager', 'urp']));
  });

  it('answers mostly within terms, some late, and surveys about six closures in ten, about eight in ten positive', () => {
    const replies = dataOf<{ withinDueDate: boolean }>(run.events, 'FinalReplySent');
    const late = replies.filter((r) => !r.withinDueDate).length;
    expect(late).toBeGreaterThan(0);
    expect(late / replies.length).toBeLessThan(0.3);

    const closures = dataOf(run.events, 'CaseClosed').length;
    const scores = dataOf<{ score: number }>(run.events, 'SatisfactionFeedbackGiven').map((f) => f.score);
    expect(scores.length / closures).toBeGreaterThan(0.45);
    expect(scores.length / closures).toBeLessThan(0.75);
    const positive = scores.filter((score) => score >= 4).length / scores.length;
    expect(positive).toBeGreaterThan(0.65);
    expect(positive).toBeLessThan(0.92);
  });

  it('records the same events for the same seed', () => {
    expect(twin.totals).toEqual(run.totals);
    expect(countByType(twin.events)).toEqual(countByType(run.events));
  });
});
