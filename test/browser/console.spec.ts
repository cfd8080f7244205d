/**
 * The staff console in real Chromium, one journey per role over one running system with
 * the demo comune: the operator registers a phone contact and routes it, the referent takes
 * charge and drafts, the operator sends the final reply and finds the closed case again,
 * the manager sees the dashboard count move without reloading, the auditor drills from a
 * figure to an event. Every page is scanned with axe-core; screenshots go to /tmp.
 */
import request from 'supertest';
import { describeInBrowser } from './support/browser';
import { ConsoleWorld, SCREENSHOTS, startConsoleWorld } from './support/console-world';

describeInBrowser('the staff console', () => {
  let world: ConsoleWorld;
  let page: ConsoleWorld['page'];
  let baseUrl: string;
  let system: ConsoleWorld['system'];
  const journey = { caseId: '', reference: '' };
  const logIn = (username: string) => world.logIn(username);
  const scan = (name: string) => world.scan(name);
  const apiToken = (username: string) => world.apiToken(username);

  beforeAll(async () => {
    world = await startConsoleWorld();
    ({ page, baseUrl, system } = world);
  }, 180_000);

  afterEach(async () => {
    await page?.screenshot({ path: `${SCREENSHOTS}/console-last-${expect.getState().currentTestName?.slice(18, 40).replace(/\W+/g, '-')}.png`, fullPage: true });
  });

  afterAll(async () => {
    await world?.stop();
  });

  it('the operator registers a phone contact, sees a refused field next to it, and routes it to the suggested sector', async () => {
    await page.goto(`${baseUrl}/console/`);
    await scan('login');
    await page.getByLabel('Nome utente').fill('operator');
    await page.getByLabel('Password').fill('wrong');
    await page.getByRole('button', { name: 'Accedi' }).click();
    await page.getByText('Nome utente o password non corretti').waitFor();
    await logIn('operator');
    await page.locator('table.queue-table tbody tr').first().waitFor();
    await scan('operator-queue');

    await page.getByRole('link', { name: 'Nuovo contatto' }).first().click();
    await page.getByLabel('Canale').selectOption('phone');
    await page.getByLabel('Tipo').selectOption('report');
    await page.getByLabel('Categoria', { exact: true }).selectOption('strade/buche');
    // The category says which kinds it takes and which sector it proposes, before anything is sent.
    await page.getByText('Accetta: Segnalazione').filter({ hasText: 'settore proposto: Lavori Pubblici' }).waitFor();
    await page.getByLabel('Cosa chiede o segnala il cittadino').fill('Buca profonda davanti al civico 8 di via Garibaldi.');
    await page.getByLabel('Nome e cognome').fill('Giulia Bianchi');
    await page.getByLabel('E-mail').fill('non-una-email');
    await page.getByRole('button', { name: 'Registra il contatto' }).click();
    const emailError = page.locator('#' + (await page.getByLabel('E-mail').getAttribute('id')) + '-error');
    await page.locator('input[name="citizen.email"].is-invalid').waitFor();
    expect(await emailError.textContent()).toBe('Indirizzo e-mail non valido.');
    await scan('operator-new-contact-refused');

    await page.getByLabel('E-mail').fill('giulia.bianchi@example.it');
    await page.getByLabel('Telefono').fill('+39 071 555 1234');
    await page.getByRole('button', { name: 'Registra il contatto' }).click();
    await page.getByText(/Contatto registrato con il protocollo URP-2026-\d{6}/).waitFor();
    journey.reference = /URP-2026-\d{6}/.exec((await page.locator('h1').textContent()) ?? '')![0];
    journey.caseId = page.url().split('#/case/')[1].split('?')[0];
    const sector = page.getByLabel('Settore');
    await page.getByText('Settore suggerito: Lavori Pubblici').waitFor();
    expect(await sector.locator('option:checked').textContent()).toBe('Lavori Pubblici (suggerito)');
    await scan('operator-case-new');
    await page.getByRole('button', { name: 'Assegna', exact: true }).click();
    await page.getByText('Assegnazione: fatto').waitFor();
    expect(await page.locator('#case-status').textContent()).toBe('Assegnata, da prendere in carico');
    expect(await page.locator('#case-sector').textContent()).toBe('Lavori Pubblici');
    await page.getByRole('button', { name: 'Esci' }).click();
  }, 120_000);

  it('the referent sees it among the cases to take charge of, takes charge and drafts the reply', async () => {
    await logIn('referent-lavori-pubblici');
    const row = page.locator(`tr[data-reference="${journey.reference}"]`);
    await row.waitFor();
    await scan('referent-inbox');
    await row.getByRole('link').click();
    await page.getByRole('button', { name: 'Prendi in carico' }).click();
    await page.getByText('Presa in carico: fatto').waitFor();
    expect(await page.locator('#case-status').textContent()).toBe('In carico al settore');
    await page.locator('details', { hasText: 'Prepara la bozza di risposta' }).getByLabel(/^Testo della risposta/).fill('Gentile signora, la buca sarà chiusa entro venerdì. Cordiali saluti.');
    await page.getByRole('button', { name: 'Salva la bozza' }).click();
    await page.getByText('Bozza di risposta: fatto').waitFor();
    await page.locator('.timeline li[data-type="FinalReplyDrafted"]').waitFor();
    await scan('referent-case');
    await page.getByRole('button', { name: 'Esci' }).click();
  }, 120_000);

  it('the operator finds the case by reference, sends the final reply from the draft, and finds it again once closed', async () => {
    await logIn('operator');
    await page.getByLabel('Cerca una pratica per protocollo, categoria o dati del cittadino').fill(`il cittadino cita la pratica ${journey.reference.toLowerCase()}`);
    await page.getByRole('button', { name: 'Cerca', exact: true }).click();
    await page.waitForURL(`**/#/case/${journey.caseId}`);
    // With a draft ready, the final-reply action is the one the page opens for the operator.
    expect(await page.locator('details', { hasText: 'Invia la risposta finale' }).getAttribute('open')).toBe('');
    const text = page.getByLabel('Testo della risposta finale');
    expect(await text.inputValue()).toContain('la buca sarà chiusa entro venerdì');
    await page.locator('details', { hasText: 'Invia la risposta finale' }).getByRole('button', { name: 'Invia la risposta finale' }).click();
    await page.getByText('Risposta finale: fatto').waitFor();
    expect(await page.locator('#case-status').textContent()).toBe('Chiusa — Risposta inviata');
    await scan('operator-case-closed');

    await page.goto(`${baseUrl}/console/#/search?q=${journey.reference}`);
    await page.waitForURL(`**/#/case/${journey.caseId}`);
    await page.goto(`${baseUrl}/console/#/search?q=strade%2Fbuche`);
    await page.getByRole('link', { name: journey.reference }).waitFor();
    // By the citizen's e-mail, matched through the blind index: the closed case is there too.
    await page.goto(`${baseUrl}/console/#/search?q=giulia.bianchi%40example.it`);
    await page.getByRole('link', { name: journey.reference }).waitFor();
    await scan('operator-search');
    await page.getByRole('button', { name: 'Esci' }).click();
  }, 120_000);

  it('the manager sees the open count move on the dashboard without reloading', async () => {
    await logIn('manager');
    const open = page.locator('#stat-open .value');
    await open.waitFor();
    const before = Number(await open.textContent());
    await page.evaluate(() => { (globalThis as unknown as { sameDocument?: boolean }).sameDocument = true; });
    await page.locator('#sector-load').waitFor();
    await scan('manager-dashboard');
    const token = await apiToken('operator');
    await request(system.app.getHttpServer())
      .post('/api/v1/cases')
      .set('authorization', `Bearer ${token}`)
      .set('Idempotency-Key', 'console-spec-live-0001')
      .send({ channel: 'counter', kind: 'information_request', category: 'anagrafe/orari', description: 'Orari dello sportello anagrafe.' })
      .expect(201);
    await page.locator('#stat-open .value', { hasText: new RegExp(`^${before + 1}$`) }).waitFor({ timeout: 20_000 });
    // The same document all along: a reload would have dropped the marker (and the in-memory session).
    expect(await page.evaluate(() => (globalThis as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

    // A corrective action recorded beside an anomaly of the year's report, refused first without its text.
    const anomaly = page.locator('li.anomaly').first();
    await anomaly.waitFor();
    await anomaly.locator('summary').click();
    await anomaly.getByRole('button', { name: 'Registra l’azione correttiva' }).click();
    await anomaly.locator('[data-field="action"] .invalid-feedback', { hasText: 'Campo obbligatorio.' }).waitFor();
    await anomaly.getByLabel(/^Azione correttiva/).fill('Incontro mensile con i referenti e modello di risposta condiviso.');
    await anomaly.getByRole('button', { name: 'Registra l’azione correttiva' }).click();
    await page.locator('li.anomaly').first().locator('.recorded-actions', { hasText: 'Incontro mensile con i referenti' }).waitFor();
    await scan('manager-corrective-action');
    await page.getByRole('button', { name: 'Esci' }).click();
  }, 120_000);

  it('the auditor drills from a figure of the yearly report to a case and to one of its events, and runs both verifications', async () => {
    await logIn('auditor');
    await page.getByLabel('Cifra della relazione annuale').selectOption('received');
    await page.getByRole('button', { name: 'Mostra le pratiche' }).click();
    await page.locator('#figure-cases tbody tr').first().waitFor();
    const first = page.locator('#figure-cases tbody tr').first();
    const reference = (await first.locator('th').textContent())!;
    await first.getByRole('button').click();
    await page.getByRole('heading', { name: `Eventi della pratica ${reference}` }).waitFor();
    await page.locator('#case-events').getByRole('button', { name: 'CaseReceived' }).click();
    const data = page.locator('#case-events pre');
    expect(await data.textContent()).toContain(`"reference": "${reference}"`);
    expect(await data.textContent()).toContain('"$sealed"');
    await page.getByRole('button', { name: 'Verifica la catena di hash' }).click();
    await page.getByText(/Catena integra: \d+ eventi verificati/).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Verifica per rigiocata completa' }).click();
    await page.getByText(/Nessuna differenza: \d+ cifre/).waitFor({ timeout: 60_000 });
    expect(await page.locator('form input:not([type=number]):not([type=date]), textarea').count()).toBe(1);
    await scan('auditor-workbench');
  }, 120_000);
});
