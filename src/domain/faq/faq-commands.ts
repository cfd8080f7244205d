import type { Instant } from '../../contracts';
import type { Actor } from '../shared/actor';

interface FaqCommandBase {
  faqId: string;
  actor: Actor;
  at: Instant;
}

export interface PublishFaq extends FaqCommandBase {
  type: 'PublishFaq';
  question: string;
  answer: string;
}

export interface ReviseFaq extends FaqCommandBase {
  type: 'ReviseFaq';
  question: string;
  answer: string;
}

export interface RetireFaq extends FaqCommandBase {
  type: 'RetireFaq';
}

export type FaqCommand = PublishFaq | ReviseFaq | RetireFaq;
export type FaqCommandType = FaqCommand['type'];
