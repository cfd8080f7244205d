/**
 * Fills the store with contract-shaped events through the port: each case's whole story in
 * one append (personal fields sealed, as the write side does), many cases in flight at once.
 */
import { randomUUID } from 'node:crypto';
import type { EventStore } from '../../src/event-store/event-store.port';
import type { PersonalDataVault } from '../../src/personal-data';
import { addCalendarDays } from '../../src/shared/rome-time';
import { CaseScript, sectorEstablished, sectorRenamed } from '../../test/read-side/support/case-script';
import { EventWriter } from '../../test/read-side/support/event-writer';
import { caseStory, Random } from './case-stories';

export interface StorePlan {
  events: number;
  today: string;
  /** Share of cases received recently enough to be still open. */
  openShare: number;
  concurrency: number;
  random: Random;
}

export interface GeneratedStore {
  events: number;
  cases: number;
  openCases: number;
  seconds: number;
}

const SECTOR_NAMES = ['Lavori Pubblici', 'Polizia Locale', 'Tributi', 'Ambiente', 'Servizi Sociali', 'Anagrafe', 'Scuola', 'Cultura', 'Urbanistica', 'Mobilità', 'Verde Pubblico', 'Sport'];
const CITIZENS = 1_000;

export async function generateStore(store: EventStore, vault: PersonalDataVault, plan: StorePlan, onProgress: (events: number) => void): Promise<GeneratedStore> {
  const started = performance.now();
  const writer = new EventWriter(store, vault);
  const sectors = SECTOR_NAMES.map(() => randomUUID());
  for (const [index, sectorId] of sectors.entries()) await writer.sector(sectorId, [sectorEstablished(sectorId, SECTOR_NAMES[index])]);
  for (let n = 0; n < 30; n++) {
    const userId = randomUUID();
    await writer.raw(`user-${userId}`, 'UserCreated', { userId, username: `bench-${n}`, displayName: `Utente ${n}`, role: 'operator', passwordHash: 'x' });
  }
  const citizens = Array.from({ length: CITIZENS }, () => randomUUID());
  await createKeys(vault, citizens);
  let events = 0;
  let cases = 0;
  let openCases = 0;
  let previousCaseId: string | null = null;
  const nextStory = () => {
    if (events >= plan.events) return null;
    const open = plan.random() < plan.openShare;
    const daysAgo = open ? Math.floor(plan.random() * 150) : 150 + Math.floor(plan.random() * 750);
    const script = new CaseScript({ citizenId: citizens[Math.floor(plan.random() * CITIZENS)] });
    const story = caseStory(script, addCalendarDays(plan.today, -daysAgo), open, { random: plan.random, sectors, previousCaseId });
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
        if (events - reported >= 50_000) onProgress((reported = events));
      }
    }),
  );
  // A few renames late in the log: the queue and the timeline keep names current.
  for (const sectorId of sectors.slice(0, 3)) {
    const index = sectors.indexOf(sectorId);
    await writer.sector(sectorId, [sectorRenamed(sectorId, SECTOR_NAMES[index], `${SECTOR_NAMES[index]} e Manutenzioni`)]);
  }
  return { events, cases, openCases, seconds: (performance.now() - started) / 1000 };
}

/** Each citizen's data key, made before the appends so that sealing never waits for one. */
async function createKeys(vault: PersonalDataVault, citizens: readonly string[]): Promise<void> {
  for (let start = 0; start < citizens.length; start += 8) {
    await Promise.all(citizens.slice(start, start + 8).map((citizenId) => vault.seal(citizenId, 'key')));
  }
}
