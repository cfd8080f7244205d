/**
 * Ranks FAQ entries for what a citizen typed: a question, or the first lines of a request.
 * Few entries (tens, not thousands): ranked in memory, words compared without accents and
 * by their first letters, so "orari" finds "orario" and "perché" finds "perche".
 */
export interface SearchableFaq {
  faqId: string;
  question: string;
  answer: string;
}

/** Words that say nothing about the topic of an Italian question. */
const STOPWORDS = new Set(
  (
    'che chi cui non gli tra fra nei coi dell dello nell nello all dall dallo sull sullo come dove quando quale quali quanto perche per con una uno del della delle dei degli dal dalla ' +
    'alla alle agli allo nel nella nelle negli sul sulla sono sei siamo era essere ho hai abbiamo avere vorrei volevo ' +
    'sapere chiedo chiedere posso puo possono fare faccio buongiorno salve gentile grazie cortesemente mio mia miei ' +
    'mie suo sua questo questa quello quella anche ancora gia piu molto poco tutto tutti ogni altro altra comune'
  ).split(' '),
);

export function searchWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 3 && !STOPWORDS.has(word));
}

/** Same word, or the same first letters (five, or the whole of a shorter word): Italian endings vary. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const stem = Math.min(5, a.length, b.length);
  return stem >= 4 && a.slice(0, stem) === b.slice(0, stem);
}

export function rankFaq<Entry extends SearchableFaq>(entries: readonly Entry[], query: string): Entry[] {
  const words = [...new Set(searchWords(query))];
  if (words.length === 0) return [...entries].sort((a, b) => a.question.localeCompare(b.question, 'it'));
  const scored = entries.map((entry) => {
    const inQuestion = searchWords(entry.question);
    const inAnswer = searchWords(entry.answer);
    // A word of the question weighs more than one of the answer.
    const score = words.reduce(
      (total, word) => total + (inQuestion.some((w) => sameWord(w, word)) ? 3 : inAnswer.some((w) => sameWord(w, word)) ? 1 : 0),
      0,
    );
    return { entry, score };
  });
  return scored
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.entry.question.localeCompare(b.entry.question, 'it'))
    .map(({ entry }) => entry);
}
