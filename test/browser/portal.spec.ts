/**
 * The citizens' portal in real Chromium: from the form to the reference number and access
 * code, to the user area, to the survey once the office has closed the case; once with the
 * keyboard only; and an axe-core scan of every page on a phone and a desktop.
 * Screenshots go to $PORTAL_SCREENSHOTS (default /tmp/portal-screens) for a person to look at.
 */
import { CaseAttachments } from '../../src/attachments/case-attachments';
import { jpeg, pdf, png } from '../attachments/files';
import { caseIdOf as caseIdOfCase } from '../cases/support/case-id-of';
import { mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { seedDemoFaq } from '../../src/faq/demo-faq';
import { act } from '../cases/support/case-steps';
import { startCaseSystem, type CaseSystem } from '../cases/support/case-system';
import { describeInBrowser, launchChromium, seriousAccessibilityViolations, VIEWPORTS } from './support/browser';

const SCREENSHOTS = process.env.PORTAL_SCREENSHOTS ?? '/tmp/portal-screens';

describeInBrowser("the citizens' portal", () => {
  let system: CaseSystem;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    system = await startCaseSystem({ at: '2026-03-02T09:00:00Z' });
    await system.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(system.app.getHttpServer().address() as AddressInfo).port}`;
    await seedDemoFaq(system.app, { id: system.userId('admin') });
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const shoot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

  const caseIdOf = (reference: string) => caseIdOfCase(system.app, reference);
  const registeredCases = async () =>
    Number((await system.app.get(DataSource).query("SELECT count(*)::int AS count FROM events WHERE event_type = 'CaseReceived'"))[0].count);

  /**
   * The CSP the application will send (helmet): only the portal's own scripts and styles.
   * axe-core is injected as an inline script, so pages it scans are loaded without it.
   */
  const cspViolations = new Map<Page, string[]>();
  const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; object-src 'none'";

  async function newPage(viewport: { width: number; height: number }, options: { strictCsp?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'it-IT', timezoneId: 'Europe/Rome' });
    if (options.strictCsp) {
      await context.route('**/portale**', async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': STRICT_CSP } });
      });
    }
    const page = await context.newPage();
    const blocked: string[] = [];
    cspViolations.set(page, blocked);
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) blocked.push(message.text());
    });
    page.on('pageerror', (error) => {
      throw error;
    });
    return page;
  }

  it('a citizen reports a problem, follows it with the code, and rates the answer once the case is closed', async () => {
    const page = await newPage(VIEWPORTS.desktop);
    await page.goto(`${base}/portale`);
    await shoot(page, 'desktop-01-home');
    await page.getByRole('link', { name: 'Segnalare un disservizio' }).first().click();
    await page.waitForURL('**/portale/segnalazione');

    // Step 1: the privacy notice must be acknowledged.
    await page.getByRole('button', { name: 'Avanti' }).click();
    await expectText(page, '#privacy-error', "dichiari di aver letto l'informativa");
    await shoot(page, 'desktop-02-privacy-error');
    await page.locator('label[for=privacy]').click(); // Bootstrap Italia draws the box on the label, as a citizen sees it
    await page.getByRole('button', { name: 'Avanti' }).click();

    // Step 2: the request.
    await page.getByRole('button', { name: 'Avanti' }).click();
    await expectText(page, '#title-error', 'Scriva un titolo breve');
    await page.locator('label[for=kind-report]').click();
    await page.getByLabel('Argomento').selectOption('illuminazione/lampioni');
    await page.getByLabel('Titolo').fill('Lampione spento in via Verdi');
    await page.getByLabel('Descrizione').fill('Il lampione davanti al civico 3 è spento da una settimana: la sera la strada è buia.');
    await shoot(page, 'desktop-03-request');
    await page.getByRole('button', { name: 'Avanti' }).click();

    // Step 3: the place; the map opens without its tiles (no network here) and a click sets the point.
    await page.getByLabel('Indirizzo o luogo (facoltativo)').fill('Via Verdi 3');
    await page.getByLabel('Latitudine').fill('48,85');
    await page.getByLabel('Longitudine').fill('2,35');
    await page.getByRole('button', { name: 'Avanti' }).click();
    await expectText(page, '#lat-error', 'fuori dal territorio servito');
    await page.getByRole('button', { name: 'Apri la mappa' }).click();
    await page.locator('#map.leaflet-container').waitFor({ state: 'visible' });
    await page.locator('#map').click(); // its centre: the middle of the service area
    const lat = Number((await page.getByLabel('Latitudine').inputValue()).replace(',', '.'));
    const lon = Number((await page.getByLabel('Longitudine').inputValue()).replace(',', '.'));
    expect(lat).toBeGreaterThan(35);
    expect(lat).toBeLessThan(47.2);
    expect(lon).toBeGreaterThan(6.5);
    expect(lon).toBeLessThan(18.6);
    await page.locator('.leaflet-marker-icon').waitFor({ state: 'visible' });
    await shoot(page, 'desktop-03b-place');
    expect(await seriousAccessibilityViolations(page)).toEqual([]); // the page as it is now, not only as loaded
    // The citizen prefers the exact point from their phone: the fields move the marker.
    await page.getByLabel('Latitudine').fill('43,6158');
    await page.getByLabel('Longitudine').fill('13,5189');
    await page.getByRole('button', { name: 'Avanti' }).click();

    // Step 4: attachments; a file that is not a photo is refused before sending.
    await page.getByLabel('Foto (facoltative)').setInputFiles({ name: 'documento.txt', mimeType: 'text/plain', buffer: Buffer.from('testo') });
    await page.getByRole('button', { name: 'Avanti' }).click();
    await expectText(page, '#photos-error', 'non è tra i tipi accettati');
    await page.getByLabel('Foto (facoltative)').setInputFiles([
      { name: 'lampione.png', mimeType: 'image/png', buffer: png(40, 30, [250, 200, 40]) },
      { name: 'strada.jpg', mimeType: 'image/jpeg', buffer: jpeg('strada') },
    ]);
    await page.getByLabel('Documenti PDF (facoltativi)').setInputFiles({ name: 'segnalazione-precedente.pdf', mimeType: 'application/pdf', buffer: pdf('Segnalazione precedente') });
    await expectText(page, '#attachment-list', 'segnalazione-precedente.pdf');
    await shoot(page, 'desktop-03c-attachments');
    expect(await seriousAccessibilityViolations(page)).toEqual([]); // the page as it is now, not only as loaded
    await page.getByRole('button', { name: 'Avanti' }).click();

    // Step 5: who they are; a phone-only citizen is told, in Italian, why the e-mail is needed.
    await page.getByLabel('Nome', { exact: true }).fill('Maria');
    await page.getByLabel('Cognome').fill('Rossi');
    await page.getByLabel('Telefono (facoltativo)').fill('071');
    await page.getByRole('button', { name: 'Avanti' }).click();
    await expectText(page, '#email-error', 'è lì che riceverà la conferma e la risposta');
    await expectText(page, '#phone-error', 'da 6 a 20 cifre');
    const errorText = await page.locator('#error-summary').innerText();
    expect(errorText).not.toMatch(/must be|email must/i);
    await shoot(page, 'desktop-04-personal-errors');
    expect(await seriousAccessibilityViolations(page)).toEqual([]); // the page as it is now, not only as loaded
    await page.getByLabel('E-mail').fill('maria.rossi@example.it');
    await page.getByLabel('Telefono (facoltativo)').fill('+39 071 222 2222');
    await page.getByRole('button', { name: 'Avanti' }).click();

    // Step 6: the summary, then send; a double click makes one case.
    await expectText(page, '#summary', 'Lampione spento in via Verdi');
    await expectText(page, '#summary', 'lampione.png, strada.jpg, segnalazione-precedente.pdf');
    await expectText(page, '#summary', '43,6158, 13,5189');
    await expectText(page, '#summary', 'maria.rossi@example.it');
    await shoot(page, 'desktop-05-summary');
    expect(await seriousAccessibilityViolations(page)).toEqual([]); // the page as it is now, not only as loaded
    const before = await registeredCases();
    await page.getByRole('button', { name: 'Invia la richiesta' }).dblclick();
    await page.locator('#sent').waitFor({ state: 'visible' });
    const reference = (await page.locator('#sent-reference').innerText()).trim();
    const accessCode = (await page.locator('#sent-code').innerText()).trim();
    expect(reference).toMatch(/^URP-2026-\d{6}$/);
    expect(accessCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{2}$/);
    await expectText(page, '#sent-due', 'entro il 1 aprile 2026');
    await shoot(page, 'desktop-06-sent');
    expect(await seriousAccessibilityViolations(page)).toEqual([]); // the page as it is now, not only as loaded
    // One case (counted by its receipts: followers append other events on their own time).
    expect((await registeredCases()) - before).toBe(1);

    // The user area, from the link: the code of this tab's session opens it.
    const caseId = await caseIdOf(reference);
    await page.getByRole('link', { name: 'Segui la pratica' }).click();
    await page.locator('#case').waitFor({ state: 'visible' });
    await expectText(page, '#case-state', 'Ricevuta');
    await expectText(page, '#case-expected', 'Riceverà la risposta entro il 01/04/2026.');
    await expectText(page, '#case-messages', 'Conferma di ricezione');
    await expectText(page, '#case-attachment-list', 'lampione.png');
    await expectText(page, '#case-request', '43,6158, 13,5189');
    // The title once, on its own row; the description as the citizen wrote it.
    expect((await page.locator('#case-request').innerText()).split('Lampione spento in via Verdi')).toHaveLength(2);
    await expectText(page, '#case-request dd', 'Lampione spento in via Verdi');
    expect(await page.locator('#case-request dd').filter({ hasText: 'Il lampione davanti al civico 3' }).innerText()).toBe(
      'Il lampione davanti al civico 3 è spento da una settimana: la sera la strada è buia.',
    );
    await shoot(page, 'desktop-07-case-area');
    // The citizen downloads a file they sent (with the access code, from the page).
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /segnalazione-precedente\.pdf/ }).click()]);
    expect(download.suggestedFilename()).toBe('segnalazione-precedente.pdf');
    const saved = await download.path();
    expect(readFileSync(saved!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The operator opens the same files.
    const files = await system.app.get(CaseAttachments).filesOf(caseId);
    expect(files!.refs).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'lampione.png', mediaType: 'image/png' })]));

    // The office asks for information; the citizen answers from the user area.
    await act(system, 'operator', caseId, 'suspensions', { question: 'Può indicare se il lampione è sul lato dei numeri pari?', channel: 'email' });
    await page.reload();
    await page.locator('#information-answer').waitFor({ state: 'visible' });
    await expectText(page, '#pending-question', 'lato dei numeri pari');
    await shoot(page, 'desktop-08-information-request');
    expect(await seriousAccessibilityViolations(page)).toEqual([]); // the page as it is now, not only as loaded
    await page.getByLabel('La sua risposta').fill('Sì, è sul lato dei numeri dispari, davanti al civico 3.');
    await page.getByRole('button', { name: 'Invia la risposta' }).click();
    await expectText(page, '#action-result', 'la sua risposta è arrivata');
    expect(await page.locator('#information-answer').isHidden()).toBe(true);

    // Staff answer and close the case through the API; the survey appears.
    await act(system, 'operator', caseId, 'final-reply', { text: 'Il lampione è stato riparato il 5 marzo. Grazie della segnalazione.', channel: 'email' });
    await page.reload();
    await page.locator('#survey').waitFor({ state: 'visible' });
    await expectText(page, '#case-state', 'Conclusa');
    await expectText(page, '#case-messages', 'Il lampione è stato riparato');
    await shoot(page, 'desktop-09-closed-survey');
    expect(await seriousAccessibilityViolations(page)).toEqual([]); // the page as it is now, not only as loaded
    await page.locator('label[for=score-4]').click();
    await page.getByLabel('Commento (facoltativo)').fill('Intervento rapido.');
    await page.getByRole('button', { name: 'Invia la valutazione' }).click();
    await expectText(page, '#action-result', 'Grazie per la sua valutazione');
    expect(await page.locator('#survey').isHidden()).toBe(true);
    await expectText(page, '#case-messages', 'La sua valutazione: 4 su 5');
    await shoot(page, 'desktop-10-rated');
    await page.context().close();
  }, 120_000);

  it('the same flow with the keyboard only, on a phone, under a strict CSP', async () => {
    const page = await newPage(VIEWPORTS.phone, { strictCsp: true });
    const loaded = await page.goto(`${base}/portale/assistenza`);
    expect(loaded?.headers()['content-security-policy']).toBe(STRICT_CSP);
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Vai al contenuto principale');
    await tabTo(page, "Ho letto e compreso l'informativa sul trattamento dei dati personali");
    await page.keyboard.press('Space');
    await tabTo(page, 'Avanti');
    await page.keyboard.press('Enter');
    // "Richiesta di informazioni" is preselected in this flow: Tab goes to the checked radio.
    await tabTo(page, 'Richiesta di informazioni');
    await tabTo(page, 'Argomento');
    await page.keyboard.type('Orari degli'); // a closed select jumps to the option typed
    await tabTo(page, 'Titolo');
    await page.keyboard.type('Orari dello sportello anagrafe');
    await tabTo(page, 'Descrizione');
    await page.keyboard.type("Vorrei sapere se l'anagrafe è aperta il sabato mattina.");
    // While a request for information is typed, the FAQ that may answer it.
    await expectText(page, '#faq-suggestions', 'Forse la risposta che cerca è già qui');
    await expectText(page, '#faq-suggestions', "Quali sono gli orari dell'Ufficio Relazioni con il Pubblico?");
    await shoot(page, 'phone-00-faq-suggestions');
    await tabTo(page, 'Avanti');
    await page.keyboard.press('Enter');
    // The place with the keyboard: the latitude and longitude fields, no map needed.
    await tabTo(page, 'Latitudine');
    await page.keyboard.type('43,6158');
    await page.keyboard.press('Tab');
    await page.keyboard.type('13,5189');
    await shoot(page, 'phone-00b-place');
    await tabTo(page, 'Avanti');
    await page.keyboard.press('Enter');
    // No attachments: on to the personal data.
    await tabTo(page, 'Foto (facoltative)');
    await shoot(page, 'phone-00c-attachments');
    await tabTo(page, 'Avanti');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Nome');
    await page.keyboard.type('Luca');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Bianchi');
    await page.keyboard.press('Tab');
    await page.keyboard.type('luca.bianchi@example.it');
    await tabTo(page, 'Avanti');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Invia la richiesta');
    await expectText(page, '#summary', 'Orari degli uffici');
    await shoot(page, 'phone-01-summary');
    await page.keyboard.press('Enter');
    await page.locator('#sent').waitFor({ state: 'visible' });
    const reference = (await page.locator('#sent-reference').innerText()).trim();
    const accessCode = (await page.locator('#sent-code').innerText()).trim();
    await shoot(page, 'phone-02-sent');
    await caseIdOf(reference);

    // Open the user area by typing the code, as someone coming back another day would.
    await page.goto(`${base}/portale/pratica`);
    await tabTo(page, 'Numero di pratica');
    await page.keyboard.type(reference);
    await page.keyboard.press('Tab');
    await page.keyboard.type(accessCode.toLowerCase().replace(/-/g, ' '));
    await page.keyboard.press('Enter');
    await page.locator('#case').waitFor({ state: 'visible' });
    await expectText(page, '#case-reference', reference);
    await shoot(page, 'phone-03-case-area');
    expect(cspViolations.get(page)).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('a wrong access code reads the same as an unknown reference, in Italian', async () => {
    const page = await newPage(VIEWPORTS.phone);
    await page.goto(`${base}/portale/pratica?riferimento=URP-2026-000001`);
    await page.getByLabel('Codice di accesso').fill('AAAA-BBBB-CC');
    await page.getByRole('button', { name: 'Apri la pratica' }).click();
    await expectText(page, '#open-error', 'Nessuna pratica corrisponde');
    await shoot(page, 'phone-04-wrong-code');
    await page.context().close();
  });

  it('the FAQ page lists the entries and searches them', async () => {
    const page = await newPage(VIEWPORTS.desktop);
    await page.goto(`${base}/portale/faq`);
    await expectText(page, '#faq-count', '7 domande.');
    await page.getByLabel('Cerca tra le domande').fill('raccolta rifiuti');
    await page.getByRole('button', { name: 'Cerca' }).click();
    await expectText(page, '#faq-count', 'trovat');
    const first = page.locator('#faq-list summary').first();
    expect(await first.innerText()).toBe('Quando passa la raccolta dei rifiuti porta a porta?');
    await first.click();
    await expectText(page, '#faq-list', 'Il calendario della raccolta differenziata');
    await shoot(page, 'desktop-11-faq-search');
    await page.context().close();
  });

  it.each(Object.entries(VIEWPORTS))('every portal page has no serious or critical accessibility violation (%s)', async (name, viewport) => {
    const page = await newPage(viewport);
    for (const path of ['/portale', '/portale/segnalazione', '/portale/assistenza', '/portale/pratica', '/portale/faq', '/portale/privacy']) {
      await page.goto(`${base}${path}`);
      await page.waitForLoadState('networkidle');
      const violations = await seriousAccessibilityViolations(page);
      expect({ path, violations }).toEqual({ path, violations: [] });
      await shoot(page, `${name}-page${path.replace(/\//g, '-')}`);
    }
    await page.context().close();
  }, 120_000);
});

async function expectText(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).filter({ hasText: text }).first().waitFor({ state: 'visible', timeout: 10_000 });
}

async function focusedText(page: Page): Promise<string> {
  // Evaluated in the page (the DOM is not in this project's type library): the focused element's label, or its text.
  return page.evaluate(`(() => {
    const active = document.activeElement;
    if (!active) return '';
    const id = active.getAttribute('id');
    const label = id ? document.querySelector('label[for="' + id + '"]') : null;
    return ((label ? label.textContent : active.innerText) || '').trim();
  })()`);
}

/** Presses Tab until the focused element is the one named (by its label or text); fails after 60 presses. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    if ((await focusedText(page)) === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${name}"`);
}
