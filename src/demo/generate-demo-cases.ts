/**
 * Generates a realistic period of cases through the case command handlers, on a clock the
 * generator moves from one planned step to the next. Deterministic from the seed: the same
 * seed, period and volume plan the same stories and record the same events.
 */
import { caseStream, type CaseEvent } from '../contracts';
import { caseDecider, isDomainError, stateFrom, type CaseState } from '../domain';
import { addCalendarDays, calendarDaysBetween, endOfRomeDay, laterDate, romeDate, type RomeDate } from '../shared/rome-time';
import type { PlannedStep } from './case-actions';
import { commandFor, type StepSituation } from './case-commands';
import { caseSeeds } from './case-seeds';
import type { DemoRuntime } from './demo-runtime';
import { countInto, emptyTotals, type DemoTotals } from './demo-totals';
import { planCase, type CaseSeed, type PlanningContext } from './plan-case';
import { Prng } from './prng';
import type { DemoOrganisation } from './seed-demo-organisation';

export interface GenerateOptions {
  from: RomeDate;
  to: RomeDate;
  casesPerYear: number;
  seed: number;
  /** Nothing is recorded after this instant (default: the end of `to`); later steps leave their cases open. */
  until?: Date;
  onProgress?(progress: { done: number; total: number; at: Date }): void;
}

const PROGRESS_EVERY = 500;

export async function generateDemoCases(runtime: DemoRuntime, organisation: DemoOrganisation, options: GenerateOptions): Promise<DemoTotals> {
  const count = casesInPeriod(options);
  const rng = new Prng(options.seed);
  const seeds = caseSeeds(rng.fork('arrivals'), options.from, options.to, count);
  const steps = planAll(rng, seeds, organisation).sort(
    (a, b) => a.at.getTime() - b.at.getTime() || a.caseNo - b.caseNo || a.order - b.order,
  );

  const end = endOfPeriod(options);
  const due = steps.filter((step) => step.at <= end);
  const runner = new StepRunner(runtime, organisation, seeds, `demo:${options.seed}:${options.from}:${options.to}`);
  runner.totals.notYetDue = steps.length - due.length;
  for (const [index, step] of due.entries()) {
    await runner.run(step);
    if ((index + 1) % PROGRESS_EVERY === 0 || index + 1 === due.length) {
      options.onProgress?.({ done: index + 1, total: due.length, at: step.at });
    }
  }
  return runner.totals;
}

/** Plans in case order (arrival), so a duplicate's plan knows when its original is registered. */
function planAll(rng: Prng, seeds: readonly CaseSeed[], organisation: DemoOrganisation): PlannedStep[] {
  const registrations: Date[] = [];
  const context: PlanningContext = {
    sectorName: organisation.sectorName,
    registrationOf: (caseNo) => registrations[caseNo]!,
  };
  return seeds.flatMap((seed) => {
    const steps = planCase(rng.fork(`case-${seed.caseNo}`), seed, context);
    registrations[seed.caseNo] = steps[0]!.at;
    return steps;
  });
}

/** casesPerYear spread over the period's days. */
export function casesInPeriod({ from, to, casesPerYear }: Pick<GenerateOptions, 'from' | 'to' | 'casesPerYear'>): number {
  if (to < from) throw new Error(`The period ends (${to}) before it starts (${from})`);
  return Math.max(1, Math.round((casesPerYear * (calendarDaysBetween(from, to) + 1)) / 365));
}

function endOfPeriod(options: GenerateOptions): Date {
  const endOfLastDay = new Date(endOfRomeDay(options.to));
  return options.until && options.until < endOfLastDay ? options.until : endOfLastDay;
}

/** Runs steps in order, remembering what later steps need: case ids, citizen ids, revisions. */
class StepRunner {
  readonly totals: DemoTotals = emptyTotals();
  private readonly caseIds = new Map<number, string>();
  private readonly revisions = new Map<number, number>();
  private readonly dropped = new Set<number>();

  constructor(
    private readonly runtime: DemoRuntime,
    private readonly organisation: DemoOrganisation,
    private readonly seeds: readonly CaseSeed[],
    private readonly runKey: string,
  ) {}

  async run(step: PlannedStep): Promise<void> {
    if (this.dropped.has(step.caseNo)) return;
    if (step.action.type === 'merge' && !this.caseIds.has(step.action.intoCaseNo)) {
      // The original's own story was dropped: there is nothing to merge into.
      this.drop(step.caseNo, 'MERGE_ORIGINAL_MISSING');
      return;
    }
    this.runtime.clock.set(step.at);
    try {
      const situation = await this.situationOf(step);
      const answer = await this.runtime.commands.execute(commandFor(step, situation, this.organisation, this.runKey));
      this.record(step, answer);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      this.drop(step.caseNo, error.code);
    }
  }

  /** A refused step breaks the rest of the story: count it, and drop the case. */
  private drop(caseNo: number, reason: string): void {
    this.dropped.add(caseNo);
    this.totals.refused[reason] = (this.totals.refused[reason] ?? 0) + 1;
  }

  private async situationOf(step: PlannedStep): Promise<StepSituation> {
    const seed = this.seeds[step.caseNo]!;
    const { action } = step;
    return {
      caseId: this.caseIds.get(step.caseNo) ?? null,
      intoCaseId: action.type === 'merge' ? this.caseIds.get(action.intoCaseNo)! : null,
      newDueDate: action.type === 'extend' ? await this.extendedDueDate(step.caseNo, action.extraDays, step.at) : null,
      citizenId: seed.citizen ? await this.runtime.citizens.resolve(seed.citizen.details) : null,
    };
  }

  /** The due date as the case has it now (suspensions and all), moved on by the planned days. */
  private async extendedDueDate(caseNo: number, extraDays: number, at: Date): Promise<RomeDate> {
    const events = await this.runtime.eventStore.readStream(caseStream(this.caseIds.get(caseNo)!));
    const state: CaseState = stateFrom(caseDecider, events.map((e) => ({ type: e.type, data: e.data }) as CaseEvent));
    const current = state.status === 'none' ? romeDate(at) : state.clock.dueDate;
    return addCalendarDays(laterDate(current, romeDate(at)), Math.max(1, extraDays));
  }

  private record(step: PlannedStep, answer: { id: string; revision: number }): void {
    const before = this.revisions.get(step.caseNo) ?? -1;
    this.revisions.set(step.caseNo, answer.revision);
    if (step.action.type === 'register') {
      this.caseIds.set(step.caseNo, answer.id);
      const seed = this.seeds[step.caseNo]!;
      this.totals.cases++;
      countInto(this.totals.byKind, seed.kind);
      countInto(this.totals.byChannel, seed.channel);
    }
    if (answer.revision > before) countInto(this.totals.actions, step.action.type);
  }
}
