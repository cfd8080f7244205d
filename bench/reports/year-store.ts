/**
 * One generated year for the report benchmark, through the event store port: the charter
 * adopted from 1 January (one standard revised from 1 July, so the report has two versions
 * of it), the sectors, `cases` case stories received through the year (the projections
 * bench's story generator, bench/projections/case-stories.ts, each case's whole story in one
 * append with its personal fields sealed, many cases in flight at once), then the corrective
 * actions recorded after the year.
 */
import { randomUUID } from 'node:crypto';
import type { CharterEvent, RomeDate } from '../../src/contracts';
import type { EventStore } from '../../src/event-store/event-store.port';
import type { PersonalDataVault } from '../../src/personal-data';
import { addCalendarDays } from '../../src/shared/rome-time';
import { CaseScript, sectorEstablished } from '../../test/read-side/support/case-script';
import { EventWriter } from '../../test/read-side/support/event-writer';
import { appendCharter, appendCorrectiveAction } from '../../test/reports/support/append-events';
import { SAMPLE_SECTORS, SAMPLE_STANDARDS, sampleCharter, sampleCorrectiveActions } from '../../test/reports/support/sample-year';
import { caseStory, Random } from '../projections/case-stories';

export interface YearPlan {
  year: number;
  cases: number;
  concurrency: number;
  random: Random;
}

export interface GeneratedYear {
  events: number;
  cases: number;
  openCases: number;
  seconds: number;
}

const CITIZENS = 1_000;

/**
 * The sample year's charter (test/reports/support/sample-year.ts), every standard adopted
 * with effect from 1 January of the year; URP-02 revised with effect from 1 July.
 */
export function charterOfYear(year: number): CharterEvent[] {
  return sampleCharter().map((event): CharterEvent => {
    if (event.type === 'CharterStandardAdopted') {
      return { ...event, data: { ...event.data, effectiveFrom: `${year}-01-01`, adoptedAt: `${year - 1}-12-15T09:00:00.000Z` } };
    }
    if (event.type === 'CharterStandardRevised') {
      return { ...event, data: { ...event.data, effectiveFrom: `${year}-07-01`, revisedAt: `${year}-06-15T10:00:00.000Z` } };
    }
    return event;
  });
}

export const REVISED_STANDARD = SAMPLE_STANDARDS.urp02;

export async function generateYear(store: EventStore, vault: PersonalDataVault, plan: YearPlan, onProgress: (cases: number, events: number) => void): Promise<GeneratedYear> {
  const started = performance.now();
  const writer = new EventWriter(store, vault);
  await appendCharter(store, charterOfYear(plan.year));
  const sectors = SAMPLE_SECTORS.map((sector) => sector.id);
  for (const sector of SAMPLE_SECTORS) await writer.sector(sector.id, [sectorEstablished(sector.id, sector.name, `${plan.year - 1}-12-01T09:00:00.000Z`)]);
  const citizens = Array.from({ length: CITIZENS }, () => randomUUID());
  await createKeys(vault, citizens);

  const first: RomeDate = `${plan.year}-01-01`;
  let events = 0;
  let cases = 0;
  let openCases = 0;
  let previousCaseId: string | null = null;
  const nextStory = () => {
    if (cases >= plan.cases) return null;
    // Spread evenly over the 365 days; a few cases of the last weeks are still open.
    const day = Math.floor((cases / plan.cases) * 365);
    const open = day >= 345 ? plan.random() < 0.5 : plan.random() < 0.005;
    const script = new CaseScript({ citizenId: citizens[Math.floor(plan.random() * CITIZENS)] });
    const story = caseStory(script, addCalendarDays(first, day), open, { random: plan.random, sectors, previousCaseId });
    previousCaseId = script.caseId;
    events += story.length;
    cases++;
    if (open) openCases++;
    return { script, story };
  };
  let reported = 0;
  await Promise.all(
    Array.from({ length: plan.concurrency }, async () => {
      for (let next = nextStory(); next; next = nextStory()) {
        await writer.case(next.script.caseId, next.story);
        if (cases - reported >= 25_000) onProgress((reported = cases), events);
      }
    }),
  );
  for (const action of sampleCorrectiveActions(plan.year)) await appendCorrectiveAction(store, action);
  return { events, cases, openCases, seconds: (performance.now() - started) / 1000 };
}

/** Each citizen's data key, made before the appends so that sealing never waits for one. */
async function createKeys(vault: PersonalDataVault, citizens: readonly string[]): Promise<void> {
  for (let start = 0; start < citizens.length; start += 8) {
    await Promise.all(citizens.slice(start, start + 8).map((citizenId) => vault.seal(citizenId, 'key')));
  }
}
