import { html } from '../html';
import type { PortalSettings } from '../portal-settings';
import { page } from './layout';

export function faqPage(settings: PortalSettings, query: string | undefined): string {
  return page(settings, {
    title: 'Domande frequenti',
    breadcrumb: [['Domande frequenti']],
    scripts: ['faq.js'],
    body: html`
  <h1>Domande frequenti</h1>
  <p class="lead">Le risposte alle domande che i cittadini rivolgono più spesso all'Ufficio Relazioni con il Pubblico.</p>
  <form id="faq-search" role="search" class="mb-4" novalidate>
    <div class="form-group">
      <label for="faq-q" class="active">Cerca tra le domande</label>
      <input id="faq-q" name="q" type="search" class="form-control" value="${query ?? ''}" autocomplete="off">
    </div>
    <button type="submit" class="btn btn-primary">Cerca</button>
  </form>
  <p id="faq-count" aria-live="polite"></p>
  <div id="faq-list" class="portal-faq"></div>
  <p class="mt-4">Non ha trovato la risposta? <a href="/portale/assistenza">Ci scriva una richiesta di informazioni</a>.</p>`,
  });
}
