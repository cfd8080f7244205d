import { html } from '../html';
import type { PortalSettings } from '../portal-settings';
import { icon, page, PORTAL_PATH } from './layout';

const SERVICES = [
  {
    href: `${PORTAL_PATH}/segnalazione`,
    icon: 'it-warning-circle',
    title: 'Segnalare un disservizio',
    text: 'Una buca, un lampione spento, un servizio che non ha funzionato: ci dica cosa è successo e dove. Può anche presentare un reclamo, un suggerimento o un apprezzamento.',
  },
  {
    href: `${PORTAL_PATH}/assistenza`,
    icon: 'it-help-circle',
    title: 'Richiedere assistenza',
    text: "Chieda informazioni su uffici, servizi e procedure del Comune, o presenti una richiesta di accesso civico.",
  },
  {
    href: `${PORTAL_PATH}/pratica`,
    icon: 'it-search',
    title: 'Segui la tua pratica',
    text: 'Con il numero di pratica e il codice di accesso veda a che punto è la sua richiesta e le risposte dei nostri uffici.',
  },
  {
    href: `${PORTAL_PATH}/faq`,
    icon: 'it-info-circle',
    title: 'Domande frequenti',
    text: 'Le risposte alle domande che i cittadini ci rivolgono più spesso.',
  },
];

export function homePage(settings: PortalSettings): string {
  return page(settings, {
    title: 'Ufficio Relazioni con il Pubblico',
    body: html`
  <h1>Ufficio Relazioni con il Pubblico</h1>
  <p class="lead">Segnalazioni, reclami, suggerimenti e richieste di informazioni al ${settings.entityName}, senza bisogno di registrarsi.</p>
  <div class="row g-4 mt-2">
    ${SERVICES.map(
      (service) => html`
    <div class="col-12 col-md-6">
      <div class="card card-bg shadow-sm h-100 portal-card">
        <div class="card-body">
          <h2 class="card-title h4">${icon(service.icon, 'icon-primary me-2')}<a class="stretched-link" href="${service.href}">${service.title}</a></h2>
          <p class="card-text">${service.text}</p>
        </div>
      </div>
    </div>`,
    )}
  </div>`,
  });
}
