/** The GDPR art. 13 notice the citizen reads before sending: short on the form, in full on its own page. */
import { html, type SafeHtml } from '../html';
import type { PortalSettings } from '../portal-settings';
import { page } from './layout';

export function privacyNoticeSummary(settings: PortalSettings): SafeHtml {
  return html`
    <p>Il ${settings.entityName}, titolare del trattamento, usa i dati che lei inserisce in questo modulo solo per
    registrare la sua richiesta, inoltrarla all'ufficio competente e risponderle (art. 6, par. 1, lett. e, del
    Regolamento UE 2016/679: compito di interesse pubblico). I dati sono visti solo dal personale dell'URP e degli
    uffici che trattano la pratica, non sono diffusi e sono conservati per il tempo previsto dalle norme sugli archivi
    pubblici. Può chiedere in ogni momento l'accesso, la rettifica o la cancellazione dei suoi dati e presentare
    reclamo al Garante per la protezione dei dati personali.</p>
    <p><a href="/portale/privacy" target="_blank" rel="noopener">Legga l'informativa completa (si apre in una nuova scheda)</a></p>`;
}

export function privacyPage(settings: PortalSettings): string {
  return page(settings, {
    title: 'Informativa sul trattamento dei dati personali',
    breadcrumb: [['Informativa sul trattamento dei dati personali']],
    body: html`
  <h1>Informativa sul trattamento dei dati personali</h1>
  <p class="lead">Ai sensi dell'art. 13 del Regolamento (UE) 2016/679 (GDPR), per chi scrive all'Ufficio Relazioni con il Pubblico.</p>
  <h2 class="h4">Titolare del trattamento</h2>
  <p>Il titolare è il ${settings.entityName}. Il Responsabile della protezione dei dati può essere contattato tramite l'Ufficio Relazioni con il Pubblico.</p>
  <h2 class="h4">Quali dati e perché</h2>
  <p>Nome e cognome, recapiti, codice fiscale se lo indica, e quanto scrive nella richiesta (testo, luogo). Li usiamo
  per registrare la richiesta, assegnarle un numero, inoltrarla all'ufficio competente, risponderle e misurare la
  qualità del servizio (in forma anonima e aggregata).</p>
  <h2 class="h4">Base giuridica</h2>
  <p>L'esecuzione di un compito di interesse pubblico (art. 6, par. 1, lett. e, GDPR; legge 150/2000 sulle attività
  di comunicazione delle pubbliche amministrazioni). Senza nome e almeno un recapito non possiamo trattare reclami,
  segnalazioni e suggerimenti, che non possono essere anonimi.</p>
  <h2 class="h4">Chi vede i dati</h2>
  <p>Il personale dell'URP e gli incaricati degli uffici comunali a cui la pratica è assegnata. I dati non sono diffusi
  né trasferiti fuori dall'Unione europea. I dati personali sono cifrati con una chiave propria di ciascun cittadino.</p>
  <h2 class="h4">Per quanto tempo</h2>
  <p>Per il tempo previsto dalle norme sulla conservazione degli archivi pubblici; su richiesta, e quando la legge lo
  consente, la chiave che protegge i suoi dati viene distrutta e i dati diventano illeggibili ovunque.</p>
  <h2 class="h4">I suoi diritti</h2>
  <p>Può chiedere l'accesso ai dati, la rettifica, la cancellazione, la limitazione del trattamento e opporsi al
  trattamento (articoli 15-21 GDPR), rivolgendosi all'URP. Può presentare reclamo al Garante per la protezione dei dati
  personali (www.garanteprivacy.it).</p>`,
  });
}
