/**
 * The decider of one FAQ entry (one stream per entry): published, revised any number of
 * times, retired for good. URP operators and admins maintain them; nobody else.
 */
import type { ActorRole, FaqEvent } from '../../contracts';
import { requireRole } from '../shared/actor';
import type { Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { requireInstant, requireText } from '../shared/validation';
import type { FaqCommand } from './faq-commands';

export const FAQ_EDITOR_ROLES: readonly ActorRole[] = ['operator', 'admin'];

export interface FaqEntry {
  status: 'published' | 'retired';
  faqId: string;
  question: string;
  answer: string;
}

export type FaqState = { status: 'none' } | FaqEntry;

export const initialFaqState = (): FaqState => ({ status: 'none' });

export function decideFaq(command: FaqCommand, state: FaqState): FaqEvent[] {
  requireRole(command.actor, FAQ_EDITOR_ROLES, command.type);
  const at = requireInstant(command.at, 'at');
  if (command.type === 'PublishFaq') {
    if (state.status !== 'none') {
      throw new DomainError('FAQ_ALREADY_PUBLISHED', `FAQ entry ${command.faqId} already exists`, { faqId: command.faqId });
    }
    return [
      {
        type: 'FaqEntryPublished',
        data: {
          faqId: requireText(command.faqId, 'faqId'),
          question: requireText(command.question, 'question'),
          answer: requireText(command.answer, 'answer'),
          publishedAt: at,
        },
      },
    ];
  }
  const entry = requirePublished(state, command.faqId);
  if (command.type === 'ReviseFaq') {
    const question = requireText(command.question, 'question');
    const answer = requireText(command.answer, 'answer');
    // Saving the same text again changes nothing: no event, so a repeated click is harmless.
    if (question === entry.question && answer === entry.answer) return [];
    return [{ type: 'FaqEntryRevised', data: { faqId: entry.faqId, question, answer, revisedAt: at } }];
  }
  return [{ type: 'FaqEntryRetired', data: { faqId: entry.faqId, retiredAt: at } }];
}

function requirePublished(state: FaqState, faqId: string): FaqEntry {
  if (state.status === 'none') throw new DomainError('FAQ_NOT_FOUND', `FAQ entry ${faqId} does not exist`, { faqId });
  if (state.status === 'retired') throw new DomainError('FAQ_RETIRED', `FAQ entry ${faqId} was retired`, { faqId });
  return state;
}

export function evolveFaq(state: FaqState, event: FaqEvent): FaqState {
  switch (event.type) {
    case 'FaqEntryPublished':
      return { status: 'published', faqId: event.data.faqId, question: event.data.question, answer: event.data.answer };
    case 'FaqEntryRevised':
      return state.status === 'none' ? state : { ...state, question: event.data.question, answer: event.data.answer };
    case 'FaqEntryRetired':
      return state.status === 'none' ? state : { ...state, status: 'retired' };
  }
}

export const faqDecider: Decider<FaqCommand, FaqEvent, FaqState> = {
  decide: decideFaq,
  evolve: evolveFaq,
  initialState: initialFaqState,
};
