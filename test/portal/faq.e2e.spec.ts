/** FAQ over HTTP: staff publish, revise, retire (events through the shared write path); the public list searches them. */
import { DEMO_FAQ, seedDemoFaq } from '../../src/faq/demo-faq';
import { startCaseSystem, type CaseSystem } from '../cases/support/case-system';

describe('FAQ', () => {
  let system: CaseSystem;

  beforeAll(async () => {
    system = await startCaseSystem({ at: '2026-03-02T09:00:00Z' });
  });
  afterAll(() => system?.stop());

  const tokenOf = async (username: string) =>
    (await system.http().post('/api/v1/auth/token').send({ username, password: 'demo' })).body.accessToken as string;

  const publicFaq = (query = '') => system.http().get(`/api/v1/public/faq${query ? `?q=${encodeURIComponent(query)}` : ''}`);

  /** The public list reads the projection: wait until it shows what the test expects. */
  const eventually = async (query: string, check: (questions: string[]) => boolean) => {
    let questions: string[] = [];
    for (let attempt = 0; attempt < 100; attempt++) {
      const response = await publicFaq(query);
      expect(response.status).toBe(200);
      questions = response.body.items.map((item: { question: string }) => item.question);
      if (check(questions)) return questions;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`The FAQ list never matched: ${JSON.stringify(questions)}`);
  };

  it('an operator publishes an entry; anyone reads it without a token; a retry with the same key publishes once', async () => {
    const body = { question: 'Dove si ritirano i sacchetti per la raccolta differenziata?', answer: "All'ecosportello di via Roma 3, il sabato mattina." };
    const first = await system.as('operator').post('/faq', body, { 'Idempotency-Key': 'faq-sacchetti-01' });
    expect(first.status).toBe(201);
    expect(first.headers.etag).toBe('"0"');
    expect(first.body).toMatchObject({ status: 'published', ...body });
    const again = await system.as('operator').post('/faq', body, { 'Idempotency-Key': 'faq-sacchetti-01' });
    expect(again.body).toEqual(first.body);
    const questions = await eventually('sacchetti', (found) => found.length > 0);
    expect(questions).toEqual([body.question]);
  });

  it('revised and retired: the portal shows the current text, then no longer the entry', async () => {
    const created = await system.as('operator').post('/faq', { question: "A che ora apre la biblioteca?", answer: 'Alle 9.00.' });
    const id = created.body.faqId;
    const revised = await system.as('operator').post(`/faq/${id}/revision`, { question: 'A che ora apre la biblioteca comunale?', answer: 'Alle 8.30, dal lunedì al sabato.' });
    expect(revised.status).toBe(200);
    expect(revised.body).toMatchObject({ revision: 1, answer: 'Alle 8.30, dal lunedì al sabato.' });
    await eventually('biblioteca', (found) => found.includes('A che ora apre la biblioteca comunale?'));
    const retired = await system.as('operator').post(`/faq/${id}/retirement`);
    expect(retired.status).toBe(200);
    expect(retired.body.status).toBe('retired');
    await eventually('biblioteca', (found) => found.length === 0);
    const staffList = await system.http().get('/api/v1/faq').set('Authorization', `Bearer ${await tokenOf('operator')}`);
    expect(staffList.status).toBe(200);
    expect(staffList.body.items.find((item: { faqId: string }) => item.faqId === id)).toMatchObject({ status: 'retired', revision: 2 });
    expect((await system.http().get('/api/v1/faq')).status).toBe(401);
    const afterRetirement = await system.as('operator').post(`/faq/${id}/revision`, { question: 'x', answer: 'y' });
    expect(afterRetirement.status).toBe(422);
    expect(afterRetirement.body.code).toBe('FAQ_RETIRED');
  });

  it('refuses a bad entry naming the field, and staff other than the URP', async () => {
    const empty = await system.as('operator').post('/faq', { question: '', answer: 'Risposta' });
    expect(empty.status).toBe(400);
    expect(empty.body.violations.map((v: { field: string }) => v.field)).toEqual(['question']);
    expect((await system.as('manager').post('/faq', { question: 'Domanda?', answer: 'Risposta.' })).status).toBe(403);
    expect((await system.http().post('/api/v1/faq').send({ question: 'Domanda?', answer: 'Risposta.' })).status).toBe(401);
    expect((await system.as('operator').post('/faq/00000000-0000-4000-8000-000000000000/retirement')).status).toBe(404);
  });

  it('the demo entries, searched the way a citizen types a request', async () => {
    await seedDemoFaq(system.app, { id: system.userId('admin') });
    await seedDemoFaq(system.app, { id: system.userId('admin') }); // seeded again: nothing new
    const all = await eventually('', (found) => found.length >= DEMO_FAQ.length + 1);
    expect(all.filter((question) => DEMO_FAQ.some((entry) => entry.question === question))).toHaveLength(DEMO_FAQ.length);
    const found = await eventually("Buongiorno, vorrei sapere come rinnovare la carta d'identità scaduta", (questions) => questions.length > 0);
    expect(found[0]).toBe("Come si rinnova la carta d'identità elettronica?");
    expect((await publicFaq('parcheggio stazione ferroviaria')).body.items).toEqual([]);
    expect((await system.http().get('/api/v1/public/faq?limit=0')).status).toBe(400);
  });
});
