/**
 * The two service flows of the Modello Comuni: "Segnalare un disservizio" and "Richiedere
 * assistenza". One form in six steps (privacy, the request, the place, attachments, who you
 * are, summary); the browser script moves between them, checks each field and sends it to
 * POST /public/cases (multipart when files are attached).
 */
import type { CaseKind } from '../../contracts';
import { ANONYMOUS_CITIZEN_MESSAGE } from '../../domain';
import { html } from '../html';
import type { PortalCategoryGroup } from '../portal-categories';
import type { PortalSettings } from '../portal-settings';
import { ATTACHMENT_FIELDS } from '../../attachments/attachment-rules';
import { icon, page, PORTAL_PATH } from './layout';
import { privacyNoticeSummary } from './privacy-notice';

export type RequestFlow = 'disservizio' | 'assistenza';

const KIND_CHOICES: { kind: CaseKind; label: string; hint: string }[] = [
  { kind: 'report', label: 'Segnalazione', hint: 'Un problema da risolvere: una buca, un guasto, un rifiuto abbandonato.' },
  { kind: 'complaint', label: 'Reclamo', hint: 'Un servizio che non ha funzionato come doveva.' },
  { kind: 'suggestion', label: 'Suggerimento', hint: 'Una proposta per migliorare un servizio.' },
  { kind: 'information_request', label: 'Richiesta di informazioni', hint: 'Orari, uffici, procedure, documenti.' },
  { kind: 'appreciation', label: 'Apprezzamento', hint: 'Un servizio o una persona che vuole ringraziare.' },
  { kind: 'civic_access', label: 'Accesso civico', hint: 'Documenti, dati o informazioni che il Comune deve pubblicare o rendere disponibili.' },
];

const FLOWS: Record<RequestFlow, { title: string; lead: string; defaultKind: CaseKind; first: CaseKind[] }> = {
  disservizio: {
    title: 'Segnalare un disservizio',
    lead: "Ci dica cosa non ha funzionato e dove: la segnalazione arriva all'URP, che la inoltra all'ufficio competente.",
    defaultKind: 'report',
    first: ['report', 'complaint', 'suggestion', 'appreciation', 'information_request', 'civic_access'],
  },
  assistenza: {
    title: 'Richiedere assistenza',
    lead: "Chieda un'informazione o presenti una richiesta di accesso civico: le risponde l'URP o l'ufficio competente.",
    defaultKind: 'information_request',
    first: ['information_request', 'civic_access', 'report', 'complaint', 'suggestion', 'appreciation'],
  },
};

export const FORM_STEPS = ['Informativa e consenso', 'La richiesta', 'Il luogo', 'Allegati', 'I suoi dati', 'Riepilogo'] as const;

export function requestFormPage(settings: PortalSettings, flow: RequestFlow, categories: readonly PortalCategoryGroup[]): string {
  const { title, lead, defaultKind, first } = FLOWS[flow];
  const kinds = first.map((kind) => KIND_CHOICES.find((choice) => choice.kind === kind)!);
  const area = settings.serviceArea;
  const maxBytes = settings.attachmentMaxBytes;
  const maxMegabytes = (maxBytes / (1024 * 1024)).toLocaleString('it-IT', { maximumFractionDigits: 1 });
  return page(settings, {
    title,
    breadcrumb: [[title]],
    scripts: ['request-form.js', 'place-map.js'],
    vendor: { styles: ['leaflet/leaflet.css'], scripts: ['leaflet/leaflet.js'] },
    body: html`
  <h1>${title}</h1>
  <p class="lead">${lead}</p>
  <noscript><div class="alert alert-warning">Per inviare il modulo serve JavaScript. Può anche rivolgersi allo sportello URP, per telefono o per posta elettronica.</div></noscript>
  <form id="request-form" class="portal-form" novalidate data-flow="${flow}" data-area="${[area.south, area.west, area.north, area.east].join(',')}" data-max-bytes="${String(maxBytes)}" data-max-photos="${String(ATTACHMENT_FIELDS.photos.maxCount)}" data-max-documents="${String(ATTACHMENT_FIELDS.documents.maxCount)}">
    <div class="steppers">
      <div class="steppers-header">
        <ol class="steppers-header-list">
          ${FORM_STEPS.map(
            (step, i) => html`<li class="steppers-step" data-step-label="${i}"><span class="steppers-number">${i + 1}</span> ${step}</li>`,
          )}
        </ol>
        <p class="steppers-index mb-0" id="step-counter" aria-live="polite">Passo 1 di ${FORM_STEPS.length}</p>
      </div>
    </div>

    <div id="error-summary" class="alert alert-danger mt-3" role="alert" tabindex="-1" hidden>
      <h2 class="h5">Controlli questi campi</h2>
      <ul id="error-list"></ul>
    </div>

    <section class="form-step" data-step="0" aria-labelledby="step-0-title">
      <h2 id="step-0-title" class="h3 mt-4">Informativa sul trattamento dei dati personali</h2>
      <div class="callout note"><div class="callout-inner">${privacyNoticeSummary(settings)}</div></div>
      <div class="form-check mt-3">
        <input id="privacy" name="privacy" type="checkbox" aria-describedby="privacy-error">
        <label for="privacy">Ho letto e compreso l'informativa sul trattamento dei dati personali</label>
        <div class="field-error" id="privacy-error"></div>
      </div>
    </section>

    <section class="form-step" data-step="1" aria-labelledby="step-1-title" hidden>
      <h2 id="step-1-title" class="h3 mt-4">La richiesta</h2>
      <fieldset class="mb-4" aria-describedby="kind-error">
        <legend class="h5">Di che cosa si tratta?</legend>
        ${kinds.map(
          (choice) => html`
        <div class="form-check">
          <input name="kind" type="radio" id="kind-${choice.kind}" value="${choice.kind}" aria-describedby="kind-${choice.kind}-hint"${choice.kind === defaultKind ? html` checked` : ''}>
          <label for="kind-${choice.kind}">${choice.label}</label>
          <small id="kind-${choice.kind}-hint" class="form-text d-block ms-4">${choice.hint}</small>
        </div>`,
        )}
        <div class="field-error" id="kind-error"></div>
      </fieldset>

      <div class="select-wrapper mb-4">
        <label for="subject">Argomento</label>
        <select id="subject" name="subject" aria-describedby="subject-error">
          <option value="">Scelga un argomento</option>
          ${categories.map(
            (group) => html`<optgroup label="${group.label}">${group.categories.map(
              (category) => html`<option value="${category.code}" data-kinds="${category.kinds.join(' ')}">${category.label}</option>`,
            )}</optgroup>`,
          )}
        </select>
        <div class="field-error" id="subject-error"></div>
      </div>

      <div class="form-group mb-4">
        <label for="title" class="active">Titolo</label>
        <input id="title" name="title" type="text" class="form-control" maxlength="150" autocomplete="off" aria-describedby="title-hint title-error">
        <small id="title-hint" class="form-text">In poche parole, ad esempio: «Lampione spento in via Roma».</small>
        <div class="field-error" id="title-error"></div>
      </div>

      <div class="form-group mb-2">
        <label for="description" class="active">Descrizione</label>
        <textarea id="description" name="description" rows="6" class="form-control" maxlength="9000" aria-describedby="description-hint description-error"></textarea>
        <small id="description-hint" class="form-text">Descriva che cosa è successo, da quando, e che cosa chiede al Comune.</small>
        <div class="field-error" id="description-error"></div>
      </div>
      <div id="faq-suggestions" class="faq-suggestions mb-4" aria-live="polite" hidden></div>
    </section>

    <section class="form-step" data-step="2" aria-labelledby="step-2-title" hidden>
      <h2 id="step-2-title" class="h3 mt-4">Il luogo</h2>
      <p>Se la richiesta riguarda un luogo preciso, lo indichi qui. Entrambe le indicazioni sono facoltative.</p>
      <div class="form-group mb-4">
        <label for="location" class="active">Indirizzo o luogo (facoltativo)</label>
        <input id="location" name="location" type="text" class="form-control" maxlength="500" autocomplete="street-address" aria-describedby="location-hint location-error">
        <small id="location-hint" class="form-text">Via e numero civico, o un punto di riferimento vicino.</small>
        <div class="field-error" id="location-error"></div>
      </div>
      <fieldset class="mb-4" aria-describedby="point-hint">
        <legend class="h5">Punto sulla mappa (facoltativo)</legend>
        <p id="point-hint" class="form-text">Può scrivere latitudine e longitudine (ad esempio dal suo telefono), oppure aprire la mappa e fare clic sul punto.</p>
        <div class="row">
          <div class="form-group col-md-6 mb-3">
            <label for="lat" class="active">Latitudine</label>
            <input id="lat" name="lat" type="text" inputmode="decimal" class="form-control" autocomplete="off" maxlength="12" aria-describedby="lat-error">
            <div class="field-error" id="lat-error"></div>
          </div>
          <div class="form-group col-md-6 mb-3">
            <label for="lon" class="active">Longitudine</label>
            <input id="lon" name="lon" type="text" inputmode="decimal" class="form-control" autocomplete="off" maxlength="12" aria-describedby="lon-error">
            <div class="field-error" id="lon-error"></div>
          </div>
        </div>
        <button type="button" id="map-toggle" class="btn btn-outline-primary btn-sm" aria-expanded="false" aria-controls="map-panel">Apri la mappa</button>
        <button type="button" id="point-clear" class="btn btn-link btn-sm" hidden>Togli il punto</button>
        <div id="map-panel" class="mt-3" hidden>
          <div id="map" class="portal-map" role="region" aria-label="Mappa per indicare il punto"></div>
          <p class="form-text mt-1">Mappa © <a href="https://www.openstreetmap.org/copyright">i contributori di OpenStreetMap</a>. Se la mappa non si carica, usi i campi qui sopra.</p>
        </div>
      </fieldset>
    </section>

    <section class="form-step" data-step="3" aria-labelledby="step-3-title" hidden>
      <h2 id="step-3-title" class="h3 mt-4">Allegati</h2>
      <p>Può allegare fino a ${String(ATTACHMENT_FIELDS.photos.maxCount)} foto (JPEG o PNG) e ${String(ATTACHMENT_FIELDS.documents.maxCount)} documenti PDF, di al massimo ${maxMegabytes} MB ciascuno. Sono facoltativi.</p>
      <div class="form-group mb-4">
        <label for="photos" class="active">Foto (facoltative)</label>
        <input id="photos" name="photos" type="file" class="form-control" accept="image/jpeg,image/png" multiple aria-describedby="photos-hint photos-error">
        <small id="photos-hint" class="form-text">Ad esempio la foto della buca o del guasto.</small>
        <div class="field-error" id="photos-error"></div>
      </div>
      <div class="form-group mb-4">
        <label for="documents" class="active">Documenti PDF (facoltativi)</label>
        <input id="documents" name="documents" type="file" class="form-control" accept="application/pdf" multiple aria-describedby="documents-error">
        <div class="field-error" id="documents-error"></div>
      </div>
      <ul id="attachment-list" class="portal-attachments" aria-live="polite"></ul>
    </section>

    <section class="form-step" data-step="4" aria-labelledby="step-4-title" hidden>
      <h2 id="step-4-title" class="h3 mt-4">I suoi dati</h2>
      <div class="callout"><div class="callout-inner"><p class="mb-0" id="anonymous-note">${ANONYMOUS_CITIZEN_MESSAGE} Online ci serve l'indirizzo e-mail: è lì che riceverà la conferma e la risposta.</p></div></div>
      <div class="row">
        <div class="form-group col-md-6 mb-4">
          <label for="firstName" class="active">Nome</label>
          <input id="firstName" name="firstName" type="text" class="form-control" autocomplete="given-name" maxlength="100" aria-describedby="firstName-error">
          <div class="field-error" id="firstName-error"></div>
        </div>
        <div class="form-group col-md-6 mb-4">
          <label for="lastName" class="active">Cognome</label>
          <input id="lastName" name="lastName" type="text" class="form-control" autocomplete="family-name" maxlength="99" aria-describedby="lastName-error">
          <div class="field-error" id="lastName-error"></div>
        </div>
        <div class="form-group col-md-6 mb-4">
          <label for="email" class="active">E-mail</label>
          <input id="email" name="email" type="email" class="form-control" autocomplete="email" maxlength="254" aria-describedby="email-error">
          <div class="field-error" id="email-error"></div>
        </div>
        <div class="form-group col-md-6 mb-4">
          <label for="phone" class="active">Telefono (facoltativo)</label>
          <input id="phone" name="phone" type="tel" class="form-control" autocomplete="tel" maxlength="20" aria-describedby="phone-error">
          <div class="field-error" id="phone-error"></div>
        </div>
        <div class="form-group col-md-6 mb-4">
          <label for="fiscalCode" class="active">Codice fiscale (facoltativo)</label>
          <input id="fiscalCode" name="fiscalCode" type="text" class="form-control text-uppercase" autocomplete="off" maxlength="16" aria-describedby="fiscalCode-hint fiscalCode-error">
          <small id="fiscalCode-hint" class="form-text">Ci aiuta a riconoscere le sue richieste precedenti.</small>
          <div class="field-error" id="fiscalCode-error"></div>
        </div>
      </div>
    </section>

    <section class="form-step" data-step="5" aria-labelledby="step-5-title" hidden>
      <h2 id="step-5-title" class="h3 mt-4">Riepilogo</h2>
      <p>Controlli i dati prima di inviare. Per correggere un dato, usi «Modifica».</p>
      <dl id="summary" class="portal-summary"></dl>
      <div id="send-error" class="alert alert-danger" role="alert" hidden></div>
    </section>

    <div class="portal-step-buttons mt-4">
      <button type="button" id="back" class="btn btn-outline-primary" hidden>${icon('it-arrow-left', 'icon-primary icon-sm me-1')}Indietro</button>
      <button type="button" id="next" class="btn btn-primary">Avanti${icon('it-arrow-right', 'icon-white icon-sm ms-1')}</button>
      <button type="submit" id="send" class="btn btn-primary" hidden>Invia la richiesta</button>
    </div>
  </form>

  <section id="sent" class="mt-4" hidden aria-labelledby="sent-title" tabindex="-1">
    <div class="alert alert-success">
      <h2 id="sent-title" class="h3">Richiesta inviata</h2>
      <p>Abbiamo registrato la sua richiesta. Riceverà anche una conferma per e-mail, all'indirizzo che ha indicato.</p>
    </div>
    <div class="portal-state">
      <div>
        <p class="mb-1">Numero di pratica</p>
        <p class="h2 portal-code" id="sent-reference"></p>
        <p class="mb-1 mt-3">Codice di accesso</p>
        <p class="h2 portal-code" id="sent-code"></p>
        <p class="mt-3"><strong>Conservi questi due dati.</strong> Il codice di accesso viene mostrato solo ora: con il numero di pratica le permette di seguire la richiesta e leggere le nostre risposte.</p>
        <p id="sent-due"></p>
        <a id="sent-link" class="btn btn-primary" href="${PORTAL_PATH}/pratica">Segui la pratica</a>
      </div>
    </div>
  </section>`,
  });
}
