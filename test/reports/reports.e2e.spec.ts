/**
 * The report endpoints over HTTP, on the whole application: the formats and their content
 * types, roles, validation, and a corrective action recorded through the API showing up in
 * the yearly report. The data are the cases of two-sectors-scenario.ts.
 */
import type { Response } from 'superagent';
import { correctiveActionsStream } from '../../src/contracts/corrective-action-events';
import { ManualClock } from '../../src/shared/clock';
import { describeInBrowser, launchChromium } from '../browser/support/browser';
import { csvBlock, parseCsvBlocks } from './support/csv';
import { startReportSystem, ReportSystem } from './support/report-system';
import { appendTwoSectorYear, LP, on, STANDARD_IDS, TR } from './support/two-sectors-scenario';

const SECTORS = [
  { id: LP.id, slug: 'lavori-pubblici' },
  { id: TR.id, slug: 'tributi' },
];
const ENTITY = 'Comune di Casale Monferrato';
const TITLE_2026 = "Relazione sui risultati conseguiti nell'applicazione della Carta di qualità dei servizi — Anno 2026";

/** Collects a binary body (supertest buffers text only). */
function binary(res: Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('report endpoints', () => {
  let system: ReportSystem;
  let manager: { Authorization: string };

  beforeAll(async () => {
    system = await startReportSystem({ clock: new ManualClock(on('2027-01-31')), sectors: SECTORS, settings: { entityName: ENTITY } });
    await system.caughtUp(await appendTwoSectorYear(system.store));
    manager = await system.bearer('manager');
  });

  afterAll(() => system?.stop());

  describe('GET /reports/quality/{year}', () => {
    it('answers JSON by default: each standard version with its measure and result', async () => {
      const res = await system.http().get('/api/v1/reports/quality/2026').set(manager).expect(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.body.year).toBe(2026);
      // 13 cases: only the standards measured on at least 10 (the default minimum sample) get a verdict.
      expect(res.body.summary).toMatchObject({ received: 13, versionsMeasured: 6, met: 1, notMet: 1, notMeasurable: 4, insufficientSample: 4 });
      expect(res.body.standards.map((s: { code: string; from: string; result: string }) => `${s.code} ${s.from} ${s.result}`)).toEqual([
        'URP-01 2026-01-01 not_measurable',
        'URP-02 2026-01-01 not_measurable',
        'URP-02 2026-03-01 not_measurable',
        'URP-03 2026-01-01 not_met',
        'URP-05 2026-01-01 met',
        'URP-06 2026-01-01 not_measurable',
      ]);
    });

    it('answers CSV for ?format=csv: Italian headers, one block per section', async () => {
      const res = await system.http().get('/api/v1/reports/quality/2026?format=csv').set(manager).expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe('inline; filename="relazione-carta-qualita-2026.csv"');
      const blocks = parseCsvBlocks(res.text);
      expect(blocks[0][0]).toEqual([TITLE_2026]);
      expect(blocks[0]).toContainEqual(['Ente', ENTITY]);
      expect(csvBlock(blocks, 'Pratiche pervenute per canale')).toEqual([
        ['Pratiche pervenute per canale'],
        ['Canale', 'Pratiche', 'Quota'],
        ['E-mail', '8', '61,5%'],
        ['Portale web', '2', '15,4%'],
        ['Sportello', '1', '7,7%'], // ties keep the order of the channel list
        ['Telefono', '1', '7,7%'],
        ['PEC', '1', '7,7%'],
        ['Totale', '13', '100,0%'],
      ]);
      const standards = csvBlock(blocks, 'Standard di qualità: obiettivi e risultati');
      expect(standards[1]).toEqual(['Codice', 'Servizio', 'Indicatore', 'In vigore', 'Obiettivo', 'Valore misurato', 'Pratiche', 'Esito']);
      expect(standards[3].slice(3)).toEqual([
        'dal 01/01/2026 al 28/02/2026',
        'entro 30 giorni per almeno il 90% delle pratiche',
        '55,6% entro i termini (mediana 22 giorni) (campione insufficiente)',
        '9',
        'Campione insufficiente',
      ]);
      expect(csvBlock(blocks, 'Indagine di gradimento')).toContainEqual(['Tasso di risposta', '72,7%']);
    });

    it('answers HTML for Accept: text/html: the document a comune publishes, in Italian', async () => {
      const res = await system.http().get('/api/v1/reports/quality/2026').set(manager).set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8').expect(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      const html = res.text;
      expect(html).toContain('<html lang="it">');
      expect(html).toContain(`<h1>${TITLE_2026.replace("'", '&#39;')}</h1>`);
      expect(html).toContain(`<dd>${ENTITY}</dd>`);
      for (const heading of ['Sintesi', 'Standard di qualità: obiettivi e risultati', 'Pratiche pervenute per canale', 'Indagine di gradimento', 'Anomalie riscontrate e azioni correttive', 'Nota metodologica']) {
        expect(html).toContain(`<h2>${heading}</h2>`);
      }
      expect(html.match(/<table[ >]/g)?.length).toBe(6); // the seventh section, corrective actions, has none yet
      expect(html).toContain("<p class=\"vuoto\">Nessuna azione correttiva registrata per l&#39;anno.</p>");
      expect(html.match(/<svg /g)?.length).toBe(2); // channels, and replies within terms per sector
      expect(html).toContain('campione insufficiente');
    });

    it('answers PDF for ?format=pdf: a document of several pages', async () => {
      const res = await system.http().get('/api/v1/reports/quality/2026?format=pdf').set(manager).buffer(true).parse(binary).expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const pdf = res.body as Buffer;
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
      expect(pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length).toBeGreaterThanOrEqual(2);
    });

    it('refuses a format it does not have (406), a year not begun (422), roles other than manager, auditor, admin (403)', async () => {
      await system.http().get('/api/v1/reports/quality/2026').set(manager).set('Accept', 'application/xml').expect(406);
      const notBegun = await system.http().get('/api/v1/reports/quality/2028').set(manager).expect(422);
      expect(notBegun.body.code).toBe('REPORT_YEAR_NOT_STARTED');
      await system.http().get('/api/v1/reports/quality/2026?format=xlsx').set(manager).expect(400);
      await system.http().get('/api/v1/reports/quality/2026').set(await system.bearer('auditor')).expect(200);
      await system.http().get('/api/v1/reports/quality/2026').set(await system.bearer('operator')).expect(403);
      await system.http().get('/api/v1/reports/quality/2026').set(await system.bearer('referent-tributi')).expect(403);
      await system.http().get('/api/v1/reports/quality/2026').expect(401);
    });
  });

  describe('GET /sectors/{id}/performance', () => {
    it('gives a sector’s figures for a named period', async () => {
      const res = await system.http().get(`/api/v1/sectors/${LP.id}/performance?period=2026-Q1`).set(manager).expect(200);
      expect(res.body.sector).toEqual({ sectorId: LP.id, name: 'Lavori Pubblici', dissolvedAt: null });
      expect(res.body.period).toEqual({ from: '2026-01-01', to: '2026-03-31' });
      expect(res.body.received.total).toBe(7);
      expect(res.body.routing.timeToTakeChargeDays.median).toEqual({ value: 2, sampleSize: 8, lowSample: true });
      expect(res.body.finalReplies.timeToFinalReplyDays.median).toEqual({ value: 20.5, sampleSize: 6, lowSample: true });
    });

    it('takes a period as from/to as well', async () => {
      const res = await system.http().get(`/api/v1/sectors/${LP.id}/performance?from=2026-02-01&to=2026-02-28`).set(manager).expect(200);
      expect(res.body.received.total).toBe(2);
    });

    it('in HTML, says "campione insufficiente" beside figures from too few cases', async () => {
      const res = await system.http().get(`/api/v1/sectors/${LP.id}/performance?period=2026-Q1&format=html`).set(manager).expect(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.text).toContain('<h1>Andamento del settore Lavori Pubblici</h1>');
      expect(res.text).toMatch(/<td class="numero">20,5<span class="campione">campione insufficiente<\/span><\/td>/);
    });

    it('answers PDF for ?format=pdf, the same document as the yearly report renders', async () => {
      const res = await system.http().get(`/api/v1/sectors/${LP.id}/performance?period=2026&format=pdf`).set(manager).buffer(true).parse(binary).expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toContain('andamento-settore-2026-01-01-2026-12-31.pdf');
      const pdf = res.body as Buffer;
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.toString('latin1')).toContain('/Lang (it-IT)');
      if (process.env.REPORT_SCREENSHOTS) require('fs').writeFileSync(`${process.env.REPORT_SCREENSHOTS}/settore.pdf`, pdf);
      // The side-by-side table of every sector stays HTML/CSV: 14 columns do not fit an A4 page.
      await system.http().get('/api/v1/reports/sectors?period=2026&format=pdf').set(manager).expect(406);
    });

    it('lets a referent see their own sector only', async () => {
      await system.http().get(`/api/v1/sectors/${LP.id}/performance?period=2026`).set(await system.bearer('referent-lavori-pubblici')).expect(200);
      const other = await system.http().get(`/api/v1/sectors/${LP.id}/performance?period=2026`).set(await system.bearer('referent-tributi')).expect(403);
      expect(other.body.code).toBe('OTHER_SECTOR');
      await system.http().get(`/api/v1/sectors/${LP.id}/performance?period=2026`).set(await system.bearer('operator')).expect(403);
    });

    it('names the field and the rule of a bad period; 404 for an unknown sector', async () => {
      const violations = async (query: string) =>
        (await system.http().get(`/api/v1/sectors/${LP.id}/performance?${query}`).set(manager).expect(400)).body.violations.map(
          (v: { field: string; rule: string }) => `${v.field}:${v.rule}`,
        );
      expect(await violations('period=2026-Q5')).toEqual(['period:matches']);
      expect(await violations('from=2026-03-01')).toEqual(['to:isDefined', 'to:isRomeDate']);
      expect(await violations('period=2026&from=2026-01-01')).toEqual(['period:notWithDates']);
      expect(await violations('from=2026-03-01&to=2026-02-01')).toEqual(['to:isNotBefore']);
      expect(await violations('from=2026-02-30&to=2026-03-31')).toEqual(['from:isRomeDate']);
      expect(await violations('period=2026&format=xlsx')).toEqual(['format:isIn']);
      const unknown = await system.http().get('/api/v1/sectors/6f1f7c1e-0000-4000-8000-00000000ffff/performance?period=2026').set(manager).expect(404);
      expect(unknown.body.code).toBe('SECTOR_NOT_FOUND');
    });
  });

  describe('GET /reports/sectors', () => {
    it('puts the sectors side by side, in JSON and in CSV', async () => {
      const json = await system.http().get('/api/v1/reports/sectors?period=2026-Q1').set(manager).expect(200);
      expect(json.body.sectors.map((s: { sector: { name: string }; received: { total: number } }) => [s.sector.name, s.received.total])).toEqual([
        ['Lavori Pubblici', 7],
        ['Tributi', 4],
      ]);
      expect(json.body.overall.received.total).toBe(12);
      const csv = await system.http().get('/api/v1/reports/sectors?period=2026-Q1').set(manager).set('Accept', 'text/csv').expect(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      const table = csvBlock(parseCsvBlocks(csv.text), 'Indicatori per settore');
      expect(table[1].slice(0, 3)).toEqual(['Settore', 'Pervenute', 'Inoltri']);
      expect(table.slice(2).map((row) => row.slice(0, 3))).toEqual([
        ['Lavori Pubblici', '7', '8'],
        ['Tributi', '4', '5'],
        ['Totale ente', '12', '13'],
      ]);
    });

    it('is for managers, auditors and admins', async () => {
      await system.http().get('/api/v1/reports/sectors?period=2026').set(await system.bearer('referent-lavori-pubblici')).expect(403);
    });
  });

  describe('POST /reports/quality/{year}/corrective-actions', () => {
    const body = {
      standardId: STANDARD_IDS.urp02,
      anomaly: 'Risposte definitive oltre i 25 giorni dopo la revisione dello standard.',
      action: 'Modello di risposta condiviso e incontro mensile con i referenti.',
      owner: 'Responsabile URP',
      dueDate: '2027-06-30',
    };

    it('records the action as an event, and the report lists it (no anomaly beside it: URP-02 is measured on too few cases)', async () => {
      const res = await system
        .http()
        .post('/api/v1/reports/quality/2026/corrective-actions')
        .set(manager)
        .set('X-Correlation-Id', 'relazione-2026')
        .send(body)
        .expect(201);
      expect(res.body).toMatchObject({ ...body, year: 2026, sectorId: null, recordedAt: on('2027-01-31'), revision: 0 });
      expect(res.headers.etag).toBe('"0"');
      const [event] = await system.store.readStream(correctiveActionsStream(2026));
      expect(event.type).toBe('CorrectiveActionRecorded');
      expect(event.metadata).toMatchObject({ correlationId: 'relazione-2026', actor: { role: 'manager' }, recordedAt: on('2027-01-31'), schemaVersion: 1 });
      expect(event.metadata.causationId).toEqual(expect.any(String));

      await system.caughtUp(event.position);
      const report = await system.http().get('/api/v1/reports/quality/2026').set(manager).expect(200);
      expect(report.body.correctiveActions).toEqual([expect.objectContaining({ actionId: res.body.actionId, action: body.action, eventId: event.id })]);
      const urp02 = report.body.anomalies.filter((a: { code: string }) => a.code === 'URP-02');
      expect(urp02).toEqual([]);
    });

    it('answers a retry with the same Idempotency-Key with the first answer, recording nothing more', async () => {
      const retry = () =>
        system
          .http()
          .post('/api/v1/reports/quality/2026/corrective-actions')
          .set(manager)
          .set('Idempotency-Key', 'azione-tributi-2026')
          .send({ ...body, standardId: null, sectorId: TR.id });
      const first = await retry().expect(201);
      const second = await retry().expect(201);
      expect(second.body).toEqual(first.body);
      const events = await system.store.readStream(correctiveActionsStream(2026));
      expect(events.filter((e) => (e.data as { actionId: string }).actionId === first.body.actionId)).toHaveLength(1);
    });

    it('validates the fields (400), the standard and sector named (422) and the year (422)', async () => {
      const post = (year: number, payload: object) => system.http().post(`/api/v1/reports/quality/${year}/corrective-actions`).set(manager).send(payload);
      const invalid = await post(2026, { ...body, anomaly: ' ', dueDate: '2027-02-30', extra: 1 }).expect(400);
      expect(invalid.body.violations.map((v: { field: string; rule: string }) => `${v.field}:${v.rule}`).sort()).toEqual([
        'anomaly:isNotEmpty',
        'dueDate:isCalendarDate',
        'extra:whitelistValidation',
      ]);
      expect((await post(2026, { ...body, standardId: '7a000000-0000-4000-8000-0000000000ff' }).expect(422)).body.code).toBe('STANDARD_NOT_FOUND');
      expect((await post(2026, { ...body, standardId: null, sectorId: '6f1f7c1e-0000-4000-8000-00000000ffff' }).expect(422)).body.code).toBe('SECTOR_NOT_FOUND');
      expect((await post(2028, body).expect(422)).body.code).toBe('REPORT_YEAR_NOT_STARTED');
    });

    it('is for managers and admins', async () => {
      for (const user of ['auditor', 'operator', 'referent-tributi']) {
        await system.http().post('/api/v1/reports/quality/2026/corrective-actions').set(await system.bearer(user)).send(body).expect(403);
      }
    });
  });

  describeInBrowser('HTML reports on a 1280 px screen', () => {
    it.each([
      ['yearly report', '/api/v1/reports/quality/2026?format=html'],
      ['sectors side by side', '/api/v1/reports/sectors?period=2026&format=html'],
    ])('%s: every table fits the page width', async (name, path) => {
      const html = (await system.http().get(path).set(manager).expect(200)).text;
      const browser = await launchChromium();
      try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.setContent(html);
        const overflow = await page.evaluate(
          `[...document.querySelectorAll('table')].map((t) => ({ table: t.scrollWidth, page: document.body.clientWidth })).filter((w) => w.table > w.page)`,
        );
        expect(overflow).toEqual([]);
        expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1280);
        if (process.env.REPORT_SCREENSHOTS) await page.screenshot({ path: `${process.env.REPORT_SCREENSHOTS}/${name.replace(/ /g, '-')}.png`, fullPage: true });
      } finally {
        await browser.close();
      }
    });
  });
});
