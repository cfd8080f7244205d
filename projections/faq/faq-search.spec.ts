import { rankFaq, searchWords } from './faq-search';

const ENTRIES = [
  { faqId: '1', question: "Quali sono gli orari dell'anagrafe?", answer: 'Dal lunedì al venerdì dalle 8.30 alle 12.30.' },
  { faqId: '2', question: 'Come si rinnova la carta d’identità?', answer: "Su appuntamento all'anagrafe, con una fototessera." },
  { faqId: '3', question: 'Quando passa la raccolta dei rifiuti?', answer: 'Il calendario è sul sito; la carta si raccoglie il martedì.' },
];

describe('FAQ search', () => {
  it('finds words without accents and with other endings', () => {
    expect(searchWords('Perché gli ORARI?')).toEqual(['orari']);
    expect(rankFaq(ENTRIES, 'orario anagrafe').map((e) => e.faqId)).toEqual(['1', '2']);
  });

  it('weighs a word of the question more than one of the answer', () => {
    expect(rankFaq(ENTRIES, 'carta').map((e) => e.faqId)).toEqual(['2', '3']);
  });

  it('reads the first lines of a request and ignores words that say nothing', () => {
    expect(rankFaq(ENTRIES, 'Buongiorno, vorrei sapere quando passano a ritirare i rifiuti').map((e) => e.faqId)).toEqual(['3']);
  });

  it('with no words to search, lists every entry by question', () => {
    expect(rankFaq(ENTRIES, ' ').map((e) => e.faqId)).toEqual(['2', '1', '3']);
  });

  it("articles joined to prepositions say nothing either (dell'ufficio, dello sportello)", () => {
    expect(searchWords("Orari dello sportello dell'anagrafe")).toEqual(['orari', 'sportello', 'anagrafe']);
  });

  it('finds nothing for an unrelated question', () => {
    expect(rankFaq(ENTRIES, 'parcheggio stazione')).toEqual([]);
  });
});
