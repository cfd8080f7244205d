/**
 * The console's administration in real Chromium, over the demo comune: sectors (establish,
 * rename, add and remove a referent, dissolve), users (create a referent who is appointed to
 * their sector, deactivate), charter standards (adopt, revise, retire), FAQ (publish, revise,
 * retire), the category catalogue and the channel policy, and the erasure of a citizen's
 * personal data. Each refusal of the API is shown next
 * to its field; a change made behind the page's back (412) shows the current state. Every
 * page is scanned with axe-core; screenshots go to /tmp (CONSOLE_SCREENSHOTS).
 */
import type { Locator } from 'playwright-core';
import request from 'supertest';
import { describeInBrowser } from './support/browser';
import { ConsoleWorld, SCREENSHOTS, startConsoleWorld } from './support/console-world';

describeInBrowser('the console administration', () => {
  let world: ConsoleWorld;
  const page = () => world.page;
  const go = (hash: string) => page().evaluate((h) => { (globalThis as unknown as { location: { hash: string } }).location.hash = h; }, hash);
  const status = () => page().locator('.admin-status');
  const fieldError = (form: Locator, name: string) => form.locator(`[data-field="${name}"] .invalid-feedback`);

  beforeAll(async () => {
    world = await startConsoleWorld();
    await world.logIn('admin');
    // Starting the system with the demo comune takes minutes on a loaded shared machine.
  }, 300_000);

  afterEach(async () => {
    await page()?.screenshot({ path: `${SCREENSHOTS}/console-admin-last.png`, fullPage: true });
  });

  afterAll(async () => {
    await world?.stop();
  });

  it('establishes a sector (a bad slug is refused next to its field), renames it, and a stale revision shows the current state', async () => {
    await go('#/admin/sectors');
    const form = page().locator('#new-sector');
    await form.getByLabel(/^Nome del settore/).fill('Protezione Civile');
    await form.getByLabel(/^Sigla negli indirizzi/).fill('Protezione Civile');
    await form.getByRole('button', { name: 'Istituisci il settore' }).click();
    await fieldError(form, 'slug').filter({ hasText: 'Formato non valido.' }).waitFor();
    await form.getByLabel(/^Sigla negli indirizzi/).fill('protezione-civile');
    await form.getByRole('button', { name: 'Istituisci il settore' }).click();
    const card = page().locator('section[data-slug="protezione-civile"]');
    await card.waitFor();
    expect(await status().textContent()).toBe('Settore Protezione Civile istituito. Ora aggiungi i suoi referenti.');
    expect(await card.textContent()).toContain('Nessun referente');

    await card.locator('summary', { hasText: 'Rinomina' }).click();
    await card.getByLabel(/^Nome del settore/).fill('Protezione Civile e Sicurezza');
    await card.getByRole('button', { name: 'Rinomina il settore' }).click();
    await status().filter({ hasText: 'Settore rinominato in Protezione Civile e Sicurezza.' }).waitFor();
    await card.getByRole('heading', { name: /Protezione Civile e Sicurezza/ }).waitFor();

    // Another administrator renames it while this page shows the earlier revision.
    const sectorId = (await (await world.api('admin')).get('/sectors').expect(200)).body.find((s: { slug: string }) => s.slug === 'protezione-civile').id;
    const current = await (await world.api('admin')).get(`/sectors/${sectorId}`).expect(200);
    await (await world.api('admin')).post(`/sectors/${sectorId}/rename`).set('If-Match', `"${current.body.revision}"`).send({ name: 'Protezione Civile', slug: 'protezione-civile' }).expect(200);
    await card.locator('summary', { hasText: 'Rinomina' }).click();
    await card.getByLabel(/^Nome del settore/).fill('Protezione Civile Comunale');
    await card.getByRole('button', { name: 'Rinomina il settore' }).click();
    await status().filter({ hasText: 'Nel frattempo qualcuno ha modificato questo elemento' }).waitFor();
    await card.getByRole('heading', { name: /^Protezione Civile\s+attivo$/ }).waitFor();
    await world.scan('admin-sectors');
  }, 120_000);

  it('creates a referent who is appointed to the sector at once, and deactivates a user who then cannot sign in', async () => {
    await go('#/admin/users');
    const form = page().locator('#new-user');
    await form.waitFor();
    // The sector and e-mail fields are for referents only.
    expect(await form.locator('[data-field="sectorId"]').isHidden()).toBe(true);
    await form.getByLabel(/^Ruolo/).selectOption('referent');
    await form.getByLabel(/^Settore del referente/).selectOption({ label: 'Protezione Civile' });
    await form.getByLabel(/^Nome utente/).fill('lverdi');
    await form.getByLabel(/^Nome e cognome/).fill('Luca Verdi');
    await form.getByLabel(/^Password iniziale/).fill('corta');
    await form.getByLabel(/^E-mail di lavoro/).fill('l.verdi@comune.example.it');
    await form.getByRole('button', { name: 'Crea l’utente' }).click();
    await fieldError(form, 'password').filter({ hasText: 'Testo troppo corto.' }).waitFor();
    await form.getByLabel(/^Password iniziale/).fill('una-password-lunga-2026');
    await form.getByRole('button', { name: 'Crea l’utente' }).click();
    await page().locator('#users tr[data-username="lverdi"]').waitFor();
    expect(await status().textContent()).toBe('Utente lverdi creato e aggiunto ai referenti di Protezione Civile.');

    // The same username again: refused next to the field.
    await form.getByLabel(/^Ruolo/).selectOption('operator');
    await form.getByLabel(/^Nome utente/).fill('lverdi');
    await form.getByLabel(/^Nome e cognome/).fill('Luca Verdi bis');
    await form.getByLabel(/^Password iniziale/).fill('una-password-lunga-2026');
    await form.getByRole('button', { name: 'Crea l’utente' }).click();
    await fieldError(form, 'username').filter({ hasText: 'Questo nome utente è già in uso' }).waitFor();

    await form.getByLabel(/^Nome utente/).fill('mrossi');
    await form.getByLabel(/^Nome e cognome/).fill('Mario Rossi');
    await form.getByRole('button', { name: 'Crea l’utente' }).click();
    const row = page().locator('#users tr[data-username="mrossi"]');
    await row.waitFor();
    await row.locator('summary', { hasText: 'Disattiva' }).click();
    await row.getByLabel(/^Motivo/).fill('Trasferito ad altro ente');
    await row.getByRole('button', { name: 'Disattiva mrossi' }).click();
    await page().locator('#users tr[data-username="mrossi"]', { hasText: 'no, disattivato' }).waitFor();
    await world.scan('admin-users');
    await request(world.system.app.getHttpServer()).post('/api/v1/auth/token').send({ username: 'mrossi', password: 'una-password-lunga-2026' }).expect(401);
  }, 120_000);

  it('removes and adds a referent, then dissolves the sector', async () => {
    await go('#/admin/sectors');
    const card = page().locator('section[data-slug="protezione-civile"]');
    await card.locator('.referents', { hasText: 'Luca Verdi' }).waitFor();
    await card.locator('.referents summary', { hasText: 'Rimuovi' }).click();
    await card.getByRole('button', { name: 'Rimuovi Luca Verdi dai referenti' }).click();
    await status().filter({ hasText: 'Luca Verdi non è più referente di Protezione Civile.' }).waitFor();
    await card.getByText('Nessun referente').waitFor();

    await card.locator('summary', { hasText: 'Aggiungi un referente' }).click();
    await card.getByRole('button', { name: 'Aggiungi ai referenti' }).click();
    await fieldError(card, 'userId').filter({ hasText: 'Scegli l’utente da aggiungere.' }).waitFor();
    await card.getByLabel(/^Utente/).selectOption({ label: 'Luca Verdi (lverdi) — di questo settore' });
    await card.getByRole('button', { name: 'Aggiungi ai referenti' }).click();
    await status().filter({ hasText: 'Luca Verdi è ora referente di Protezione Civile.' }).waitFor();

    await card.locator('.referents', { hasText: 'Luca Verdi' }).waitFor();
    await card.locator('summary', { hasText: 'Sopprimi il settore' }).click();
    await card.getByRole('button', { name: 'Sopprimi Protezione Civile' }).click();
    await card.locator('.sector-state', { hasText: 'soppresso' }).waitFor();
    // A dissolved sector has nothing left to change.
    expect(await card.locator('.sector-actions').count()).toBe(0);
  }, 120_000);

  it('adopts, revises and retires a charter standard, with the refusals beside their fields', async () => {
    await go('#/admin/standards');
    const form = page().locator('#adopt-standard');
    await form.getByLabel(/^Codice nella Carta/).fill('URP-02');
    await form.getByLabel(/^Servizio/).fill('Sportello polifunzionale');
    await form.getByLabel(/^Indicatore/).fill('Risposta alle e-mail entro 5 giorni');
    await form.getByLabel(/^Che cosa si misura/).selectOption('final_reply_days');
    await form.getByLabel(/^Obiettivo/).selectOption('max_days');
    await form.locator('label', { hasText: 'Reclamo' }).click();
    await form.getByLabel(/^In vigore dal/).fill('2026-04-01');
    await form.getByRole('button', { name: 'Adotta lo standard' }).click();
    await fieldError(form, 'target.days').filter({ hasText: 'Campo obbligatorio.' }).waitFor();
    await form.getByLabel(/^Giorni di calendario/).fill('5');
    await form.getByRole('button', { name: 'Adotta lo standard' }).click();
    await fieldError(form, 'code').filter({ hasText: 'Questo codice è già usato da un altro standard.' }).waitFor();
    await form.getByLabel(/^Codice nella Carta/).fill('URP-07');
    await form.getByRole('button', { name: 'Adotta lo standard' }).click();
    const card = page().locator('section[data-code="URP-07"]');
    await card.waitFor();
    expect(await status().textContent()).toBe('Standard URP-07 adottato, in vigore dal 01/04/2026.');
    expect(await card.textContent()).toContain('si applica a: Reclamo');

    await card.locator('summary', { hasText: 'Rivedi URP-07' }).click();
    await card.getByLabel(/^Giorni di calendario/).fill('3');
    await card.getByLabel(/^In vigore dal/).fill('2026-03-15');
    await card.getByRole('button', { name: 'Rivedi URP-07' }).click();
    await fieldError(card, 'effectiveFrom').filter({ hasText: 'La data deve essere successiva a quella della versione in vigore.' }).waitFor();
    await card.getByLabel(/^In vigore dal/).fill('2026-07-01');
    await card.getByRole('button', { name: 'Rivedi URP-07' }).click();
    await status().filter({ hasText: 'Standard URP-07 rivisto: la nuova versione vale dal 01/07/2026.' }).waitFor();
    await card.locator('table.versions tbody tr', { hasText: 'entro 3 giorni' }).waitFor();

    await card.locator('summary', { hasText: 'Ritira URP-07' }).click();
    await card.getByLabel(/^Non più in vigore dal/).fill('2027-01-01');
    await card.getByRole('button', { name: 'Ritira URP-07' }).click();
    await card.locator('.sector-state', { hasText: 'ritirato dal 01/01/2027' }).waitFor();
    await world.scan('admin-standards');
  }, 120_000);

  it('publishes, revises and retires a FAQ entry, and the portal follows', async () => {
    await go('#/admin/faq');
    await page().locator('summary', { hasText: 'Pubblica una nuova domanda' }).click();
    const form = page().locator('#publish-faq');
    await form.getByLabel(/^Domanda/).fill('Dove si ritira la tessera elettorale?');
    await form.getByRole('button', { name: 'Pubblica sul portale' }).click();
    await fieldError(form, 'answer').filter({ hasText: 'Campo obbligatorio.' }).waitFor();
    await form.getByLabel(/^Risposta/).fill('All’ufficio elettorale, via Roma 1, dal lunedì al venerdì.');
    await form.getByRole('button', { name: 'Pubblica sul portale' }).click();
    const card = page().locator('.faq-card', { hasText: 'Dove si ritira la tessera elettorale?' });
    await card.waitFor();

    await card.locator('summary', { hasText: 'Riscrivi' }).click();
    await card.getByLabel(/^Risposta/).fill('All’ufficio elettorale, via Roma 1: dal lunedì al venerdì, 9-12.');
    await card.getByRole('button', { name: 'Salva la nuova versione' }).click();
    await page().locator('.faq-card', { hasText: 'dal lunedì al venerdì, 9-12.' }).filter({ hasText: 'revisione 1' }).waitFor();
    const portal = await request(world.system.app.getHttpServer()).get('/api/v1/public/faq?q=tessera%20elettorale').expect(200);
    expect(JSON.stringify(portal.body)).toContain('9-12');

    const revised = page().locator('.faq-card', { hasText: 'revisione 1' }).filter({ hasText: 'tessera elettorale' });
    await revised.locator('summary', { hasText: 'Ritira dal portale' }).click();
    await revised.getByRole('button', { name: 'Ritira la domanda' }).click();
    await status().filter({ hasText: 'Domanda ritirata dal portale.' }).waitFor();
    await page().getByRole('heading', { name: 'Ritirate (1)' }).waitFor();
    await world.scan('admin-faq');
  }, 120_000);

  it('erases a citizen found from one of their cases, after the legal reason and the confirmation', async () => {
    const operator = await world.api('operator');
    const created = await operator.post('/cases').set('Idempotency-Key', 'admin-spec-erasure-case').send({
      channel: 'phone', kind: 'report', subject: 'strade/buche', description: 'Buca in via Dante 3.',
      citizen: { fullName: 'Anna Neri', email: 'anna.neri@example.it' },
    }).expect(201);
    await go('#/admin/erasure');
    const finder = page().locator('#erasure-find');
    await finder.getByLabel(/^Protocollo, e-mail/).fill('URP-2026-999999');
    await finder.getByRole('button', { name: 'Trova il cittadino' }).click();
    await fieldError(finder, 'who').filter({ hasText: 'Nessuna pratica con il protocollo URP-2026-999999.' }).waitFor();
    await finder.getByLabel(/^Protocollo, e-mail/).fill(`la pratica ${created.body.reference.toLowerCase()} della signora`);
    await finder.getByRole('button', { name: 'Trova il cittadino' }).click();
    await page().locator('#erasure-who', { hasText: 'Anna Neri' }).waitFor();
    // The same citizen by her e-mail (the case search's blind index).
    await finder.getByLabel(/^Protocollo, e-mail/).fill('anna.neri@example.it');
    await finder.getByRole('button', { name: 'Trova il cittadino' }).click();
    await page().locator('#erasure-who', { hasText: created.body.reference }).filter({ hasText: 'Anna Neri' }).waitFor();
    const confirm = page().locator('#erasure-confirm');
    await confirm.getByLabel(/^Per confermare/).fill('cancella');
    await confirm.getByRole('button', { name: 'Cancella definitivamente i dati personali' }).click();
    await fieldError(confirm, 'confirm').filter({ hasText: 'Scrivi CANCELLA in maiuscolo per confermare.' }).waitFor();
    expect(await fieldError(confirm, 'legalReason').textContent()).toBe('Campo obbligatorio: il motivo resta nel registro.');
    await world.scan('admin-erasure-confirm');
    await confirm.getByLabel(/^Motivo giuridico/).fill('Richiesta dell’interessata ex art. 17 GDPR, prot. n. 4455/2026');
    await confirm.getByLabel(/^Per confermare/).fill('CANCELLA');
    await confirm.getByRole('button', { name: 'Cancella definitivamente i dati personali' }).click();
    await page().getByRole('heading', { name: 'Cancellazione eseguita' }).waitFor();

    await go(`#/case/${created.body.id}`);
    await page().getByText('I dati personali di questo cittadino sono stati cancellati.').waitFor();
    const file = await operator.get(`/cases/${created.body.id}`).expect(200);
    expect(JSON.stringify(file.body)).not.toContain('Anna Neri');
  }, 120_000);
  it('adds, revises and retires a category of the catalogue, and changes what a channel accepts', async () => {
    await go('#/admin/categories');
    await page().locator('summary', { hasText: 'Aggiungi una voce al catalogo' }).click();
    const form = page().locator('#add-category');
    await form.getByLabel(/^Codice/).fill('strade/dossi');
    await form.getByLabel(/^Voce, come la legge/).fill('Dossi artificiali');
    await form.getByLabel(/^Settore proposto/).selectOption({ label: 'Lavori Pubblici' });
    await form.getByRole('button', { name: 'Aggiungi al catalogo' }).click();
    await fieldError(form, 'kinds').filter({ hasText: 'Campo obbligatorio.' }).waitFor();
    await form.locator('label', { hasText: 'Segnalazione' }).click();
    await form.getByRole('button', { name: 'Aggiungi al catalogo' }).click();
    const row = page().locator('#categories tr[data-code="strade/dossi"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('Lavori Pubblici');

    await row.locator('summary', { hasText: 'Rivedi' }).click();
    await row.getByLabel(/^Voce, come la legge/).fill('Dossi e rallentatori');
    await row.getByRole('button', { name: 'Salva la revisione' }).click();
    await page().locator('#categories tr[data-code="strade/dossi"] th', { hasText: 'Dossi e rallentatori' }).waitFor();
    await world.scan('admin-categories');

    // The operator's form offers the new category, with the sector it proposes.
    const categories = await request(world.system.app.getHttpServer()).get('/api/v1/categories').expect(200);
    expect(categories.body.items.find((c: { code: string }) => c.code === 'strade/dossi')?.defaultSectorName).toBe('Lavori Pubblici');

    const revised = page().locator('#categories tr[data-code="strade/dossi"]');
    await revised.locator('summary', { hasText: 'Ritira' }).click();
    await revised.getByRole('button', { name: 'Ritira «Dossi e rallentatori»' }).click();
    await page().locator('#categories tr[data-code="strade/dossi"]', { hasText: 'ritirata' }).waitFor();

    await go('#/admin/channels');
    const facebook = page().locator('#channel-policy tr[data-channel="facebook"]');
    await facebook.waitFor();
    await facebook.locator('summary', { hasText: 'Cambia' }).click();
    for (const box of await facebook.locator('input[type="checkbox"]').all()) {
      if (await box.isChecked()) await facebook.locator(`label[for="${await box.getAttribute('id')}"]`).click();
    }
    await facebook.locator('label', { hasText: 'Richiesta di informazioni' }).click();
    await facebook.getByRole('button', { name: 'Salva la regola' }).click();
    await status().filter({ hasText: 'Regola di Facebook salvata.' }).waitFor();
    await page().locator('#channel-policy tr[data-channel="facebook"] td', { hasText: /^Richiesta di informazioni$/ }).waitFor();
    await world.scan('admin-channels');
    const policy = await request(world.system.app.getHttpServer()).get('/api/v1/channel-policy').expect(200);
    expect(policy.body.channels.find((c: { channel: string }) => c.channel === 'facebook').acceptedKinds).toEqual(['information_request']);
  }, 120_000);
});
