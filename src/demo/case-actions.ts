/** What the generator does to a case, step by step: one action becomes one case command. */
import type { CaseContact } from '../cases/register-case/register-case.command';
import type { CaseKind, Channel } from '../contracts';
import type { DemoSectorSlug } from './demo-organisation';

/** Who acts for the office: the URP (an operator) or a sector (its referent). */
export type OfficeActor = 'urp' | DemoSectorSlug;

export type CaseAction =
  | { type: 'register'; contact: CaseContact; byCitizen: boolean }
  | { type: 'classify'; kind: CaseKind; subject: string }
  | { type: 'route'; sector: DemoSectorSlug; note: string | null }
  | { type: 'hand-back'; sector: DemoSectorSlug; reason: string }
  | { type: 'take-charge'; sector: DemoSectorSlug }
  /** By the URP, or by the deadline process manager (which records nothing when none is due). */
  | { type: 'remind'; bySystem: boolean }
  | { type: 'request-information'; by: OfficeActor; question: string; channel: Channel }
  | { type: 'record-information'; by: OfficeActor; information: string }
  | { type: 'interim-reply'; by: OfficeActor; text: string; channel: Channel }
  /** The new due date is the current one plus `extraDays`, read from the case when it runs. */
  | { type: 'extend'; by: OfficeActor; extraDays: number; reason: string }
  | { type: 'draft'; sector: DemoSectorSlug; text: string }
  | { type: 'final-reply'; by: OfficeActor; text: string; channel: Channel }
  | { type: 'direct-elsewhere'; otherBody: string; message: string; channel: Channel }
  | { type: 'close'; outcome: 'withdrawn' | 'no_reply_needed' }
  | { type: 'reopen'; reason: string }
  | { type: 'feedback'; score: number; comment: string | null; byCitizen: boolean }
  | { type: 'merge'; intoCaseNo: number };

export type CaseActionType = CaseAction['type'];

export interface PlannedStep {
  caseNo: number;
  /** Position within the case's story: steps of one case run in this order. */
  order: number;
  at: Date;
  action: CaseAction;
}
