/**
 * The what-if from the command line (and for the `urp` CLI to wrap): the proposal checked as
 * the API checks it, the log replayed through the event store, the comparison written as
 * JSON, CSV, HTML and PDF. Needs the event store only: no projection, no table.
 */
import { readFile } from 'node:fs/promises';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import type { EventStore, Clock } from '../../../src/read-side';
import { writeReportFiles } from '../quality/quality-report-files';
import type { ReportSettings } from '../report-settings';
import { ProposalError, ProposedStandard } from './proposed-charter';
import { whatIfDocument, whatIfFileName } from './what-if-document';
import { whatIfByReplay, WhatIfReport } from './what-if-report';
import { proposalFromQuery, toProposal, WhatIfDto, WhatIfQuery } from './what-if.dto';

export interface WhatIfRequest {
  year: number;
  /** `CODE=value` targets, as the GET query takes them. */
  targets?: readonly string[];
  /** The POST body: { standards: [...] }. */
  body?: unknown;
}

/** The proposal, or a ProposalError naming the field and the rule, as the API's 400 does. */
export function proposalOf(request: WhatIfRequest): ProposedStandard[] {
  if (request.body !== undefined) return toProposal(validated(WhatIfDto, request.body));
  return proposalFromQuery(validated(WhatIfQuery, { target: request.targets ?? [] }));
}

function validated<T extends object>(type: new () => T, plain: unknown): T {
  const instance = plainToInstance(type, plain);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw new ProposalError(messages(errors).join('; '));
  return instance;
}

function messages(errors: readonly ValidationError[], prefix = ''): string[] {
  return errors.flatMap((e) => [
    ...Object.values(e.constraints ?? {}).map((m) => `${prefix}${m}`),
    ...messages(e.children ?? [], `${prefix}${e.property}.`),
  ]);
}

/** The what-if computed as of the clock's now; nothing is appended. */
export function runWhatIf(store: EventStore, request: WhatIfRequest, clock: Clock, settings: ReportSettings): Promise<WhatIfReport> {
  const { minSample, timeStandardMinShare, sectorMinWithinShare, sectorMaxReminderShare } = settings;
  const thresholds = { minSample, timeStandardMinShare, sectorMinWithinShare, sectorMaxReminderShare };
  return whatIfByReplay(store, request.year, proposalOf(request), clock.now().toISOString(), thresholds);
}

export async function readProposalFile(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new ProposalError(`${path} is not a readable JSON file: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Writes the comparison into `dir` (created if missing); returns the paths. */
export function writeWhatIfFiles(whatIf: WhatIfReport, entityName: string, dir: string): Promise<string[]> {
  return writeReportFiles(whatIf, whatIfDocument(whatIf, entityName), whatIfFileName(whatIf.year), entityName, dir);
}
