import type { FaqEntryPublished, FaqEntryRetired, FaqEntryRevised } from '../../../contracts';
import type { Actor } from '../../shared/actor';
import { spec } from '../../testing/decider-spec';
import type { PublishFaq, RetireFaq, ReviseFaq } from '../faq-commands';
import { faqDecider } from '../faq-decider';

const given = spec(faqDecider).given;

const FAQ_ID = 'faq-0001';
const operator: Actor = { id: 'usr-op', role: 'operator' };
const AT = '2026-03-02T09:00:00.000Z';
const LATER = '2026-03-09T09:00:00.000Z';
const QUESTION = "Quali sono gli orari dell'anagrafe?";
const ANSWER = 'Dal lunedì al venerdì dalle 8.30 alle 12.30; il giovedì anche dalle 15 alle 17.';

const publish = (over: Partial<PublishFaq> = {}): PublishFaq => ({ type: 'PublishFaq', faqId: FAQ_ID, actor: operator, at: AT, question: QUESTION, answer: ANSWER, ...over });
const revise = (over: Partial<ReviseFaq> = {}): ReviseFaq => ({ type: 'ReviseFaq', faqId: FAQ_ID, actor: operator, at: LATER, question: QUESTION, answer: 'Dal lunedì al sabato dalle 8.30 alle 12.30.', ...over });
const retire = (over: Partial<RetireFaq> = {}): RetireFaq => ({ type: 'RetireFaq', faqId: FAQ_ID, actor: operator, at: LATER, ...over });

const published: FaqEntryPublished = { type: 'FaqEntryPublished', data: { faqId: FAQ_ID, question: QUESTION, answer: ANSWER, publishedAt: AT } };
const revised: FaqEntryRevised = {
  type: 'FaqEntryRevised',
  data: { faqId: FAQ_ID, question: QUESTION, answer: 'Dal lunedì al sabato dalle 8.30 alle 12.30.', revisedAt: LATER },
};
const retired: FaqEntryRetired = { type: 'FaqEntryRetired', data: { faqId: FAQ_ID, retiredAt: LATER } };

describe('A FAQ entry', () => {
  it('is published with its question and answer', () => {
    given([]).when(publish()).then([published]);
  });

  it('trims the texts and needs both', () => {
    given([]).when(publish({ question: `  ${QUESTION} ` })).then([published]);
    given([]).when(publish({ question: ' ' })).thenThrows('TEXT_REQUIRED');
    given([]).when(publish({ answer: '' })).thenThrows('TEXT_REQUIRED');
  });

  it('is published once', () => {
    given([published]).when(publish()).thenThrows('FAQ_ALREADY_PUBLISHED');
  });

  it('is revised', () => {
    given([published]).when(revise()).then([revised]);
  });

  it('saving the same texts again records nothing', () => {
    given([published]).when(revise({ answer: ANSWER })).thenNothing();
  });

  it('is retired, and then accepts nothing more', () => {
    given([published]).when(retire()).then([retired]);
    given([published, retired]).when(revise()).thenThrows('FAQ_RETIRED');
    given([published, retired]).when(retire()).thenThrows('FAQ_RETIRED');
  });

  it('an entry never published cannot be revised or retired', () => {
    given([]).when(revise()).thenThrows('FAQ_NOT_FOUND');
    given([]).when(retire()).thenThrows('FAQ_NOT_FOUND');
  });

  it.each([
    ['referent', { id: 'usr-ref', role: 'referent', sectorId: 'sec-1' }],
    ['manager', { id: 'usr-man', role: 'manager' }],
    ['auditor', { id: 'usr-aud', role: 'auditor' }],
    ['citizen', { id: 'cit-1', role: 'citizen' }],
  ] as [string, Actor][])('a %s may not publish one', (_, actor) => {
    given([]).when(publish({ actor })).thenThrows('ROLE_NOT_ALLOWED');
  });

  it('an admin may', () => {
    given([]).when(publish({ actor: { id: 'usr-adm', role: 'admin' } })).then([published]);
  });
});
