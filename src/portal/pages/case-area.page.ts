/** The user area: the citizen opens their case with the reference number and the access code. */
import { html } from '../html';

import type { PortalSettings } from '../portal-settings';
import { page } from './layout';

const SCORES: [number, string][] = [
  [1, 'Per niente soddisfatto'],
  [2, 'Poco soddisfatto'],
  [3, 'Abbastanza soddisfatto'],
  [4, 'Soddisfatto'],
  [5, 'Molto soddisfatto'],
];

/** `categoryLabels`: catalogue code -> label, to name the case's category. */
export function caseAreaPage(settings: PortalSettings, reference: string | undefined, categoryLabels: Record<string, string>): string {
  return page(settings, {
    title: 'Segui la tua pratica',
    breadcrumb: [['Segui la tua pratica']],
    scripts: ['case-area.js'],
    body: html`
  <h1>Segui la tua pratica</h1>
  <p class="lead">Inserisca il numero di pratica e il codice di accesso che ha ricevuto quando ha inviato la richiesta.</p>
  <form id="open-form" class="portal-form" novalidate>
    <div class="row">
      <div class="form-group col-md-6 mb-4">
        <label for="reference" class="active">Numero di pratica</label>
        <input id="reference" name="reference" type="text" class="form-control text-uppercase" autocomplete="off" value="${reference ?? ''}" aria-describedby="reference-hint reference-error">
        <small id="reference-hint" class="form-text">Ad esempio: URP-2026-000123</small>
        <div class="field-error" id="reference-error"></div>
      </div>
      <div class="form-group col-md-6 mb-4">
        <label for="accessCode" class="active">Codice di accesso</label>
        <input id="accessCode" name="accessCode" type="text" class="form-control text-uppercase" autocomplete="off" aria-describedby="accessCode-hint accessCode-error">
        <small id="accessCode-hint" class="form-text">Dieci caratteri, ad esempio: K7M4-QX9T-2H</small>
        <div class="field-error" id="accessCode-error"></div>
      </div>
    </div>
    <button type="submit" class="btn btn-primary">Apri la pratica</button>
    <div id="open-error" class="alert alert-danger mt-3" role="alert" hidden></div>
  </form>

  <section id="case" class="mt-5" hidden aria-labelledby="case-title" tabindex="-1" data-categories="${JSON.stringify(categoryLabels)}">
    <h2 id="case-title" class="h3">Pratica <span id="case-reference"></span></h2>
    <div class="portal-state mb-4">
      <p class="h5 mb-2" id="case-state"></p>
      <p class="mb-0" id="case-expected"></p>
    </div>
    <h3 class="h4">La sua richiesta</h3>
    <dl class="portal-summary" id="case-request"></dl>
    <section id="case-attachments" class="mb-4" hidden aria-labelledby="attachments-title">
      <h3 class="h4" id="attachments-title">Allegati</h3>
      <ul class="portal-attachments" id="case-attachment-list"></ul>
    </section>

    <section id="information-answer" class="mb-4" hidden aria-labelledby="information-title">
      <h3 class="h4" id="information-title">Ci serve una sua risposta</h3>
      <blockquote class="portal-question" id="pending-question"></blockquote>
      <form id="information-form" novalidate>
        <div class="form-group">
          <label for="information" class="active">La sua risposta</label>
          <textarea id="information" name="information" rows="5" class="form-control" maxlength="9000" aria-describedby="information-error"></textarea>
          <div class="field-error" id="information-error"></div>
        </div>
        <button type="submit" class="btn btn-primary">Invia la risposta</button>
      </form>
    </section>

    <section id="survey" class="mb-4" hidden aria-labelledby="survey-title">
      <h3 class="h4" id="survey-title">Com'è andata? Questionario di soddisfazione</h3>
      <p>La sua opinione ci aiuta a migliorare il servizio. Bastano pochi secondi.</p>
      <form id="survey-form" novalidate>
        <fieldset aria-describedby="score-error">
          <legend class="h6">Quanto è soddisfatto della risposta ricevuta?</legend>
          ${SCORES.map(
            ([score, label]) => html`
          <div class="form-check">
            <input name="score" type="radio" id="score-${score}" value="${score}">
            <label for="score-${score}">${score} – ${label}</label>
          </div>`,
          )}
          <div class="field-error" id="score-error"></div>
        </fieldset>
        <div class="form-group mt-3">
          <label for="comment" class="active">Commento (facoltativo)</label>
          <textarea id="comment" name="comment" rows="3" class="form-control" maxlength="2000"></textarea>
        </div>
        <button type="submit" class="btn btn-primary">Invia la valutazione</button>
      </form>
    </section>
    <div id="action-result" class="alert alert-success" role="status" tabindex="-1" hidden></div>
    <div id="action-error" class="alert alert-danger" role="alert" hidden></div>

    <h3 class="h4">Comunicazioni</h3>
    <ol class="portal-messages" id="case-messages"></ol>
  </section>`,
  });
}


