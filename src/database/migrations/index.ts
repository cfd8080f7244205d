/**
 * Every schema change, in order. Each feature adds its migration classes here (the event
 * store's, then the read models'); `synchronize` is never used.
 */
import type { MigrationInterface } from 'typeorm';
import { EventStore1764000000000 } from './1764000000000-event-store';
import { PersonalDataKeys1764000001000 } from './1764000001000-personal-data-keys';
import { CommandAnswers1764000002000 } from './1764000002000-command-answers';
import { ProjectionRunner1764000003000 } from './1764000003000-projection-runner';
import { EventHashChain1764000004000 } from './1764000004000-event-hash-chain';
import { CaseTimers1764000005000 } from './1764000005000-case-timers';
import { CommandAnswerClaims1796222432634 } from './1796222432634-command-answer-claims';
import { FollowerQuarantine1796223412768 } from './1796223412768-follower-quarantine';
import { TrigramExtension1796223921487 } from './1796223921487-trigram-extension';
import { RateLimits1796230000000 } from './1796230000000-rate-limits';
import { WrappedDataKeys1796250200000 } from './1796250200000-wrapped-data-keys';
import { CitizenDirectory1796250200001 } from './1796250200001-citizen-directory';
import { EventIndexesQueriesNeed1796250100000 } from './1796250100000-event-indexes-queries-need';
import { StreamNamesInByteOrder1796250100001 } from './1796250100001-stream-names-in-byte-order';
import { CaseAttachments1796250500000 } from './1796250500000-case-attachments';
import { OneCheckpointTable1796250700000 } from './1796250700000-one-checkpoint-table';

type MigrationClass = new () => MigrationInterface;

export const MIGRATIONS: MigrationClass[] = [
  EventStore1764000000000,
  PersonalDataKeys1764000001000,
  CommandAnswers1764000002000,
  ProjectionRunner1764000003000,
  EventHashChain1764000004000,
  CaseTimers1764000005000,
  CommandAnswerClaims1796222432634,
  FollowerQuarantine1796223412768,
  TrigramExtension1796223921487,
  RateLimits1796230000000,
  EventIndexesQueriesNeed1796250100000,
  StreamNamesInByteOrder1796250100001,
  WrappedDataKeys1796250200000,
  CitizenDirectory1796250200001,
  CaseAttachments1796250500000,
  OneCheckpointTable1796250700000,
];
