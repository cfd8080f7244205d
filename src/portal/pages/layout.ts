/** The frame of every portal page: the comune's header, the breadcrumb, the main content, the footer. */
import { html, type SafeHtml } from '../html';
import type { PortalSettings } from '../portal-settings';

export const PORTAL_PATH = '/portale';
export const PORTAL_STATIC = `${PORTAL_PATH}/static`;
const BI = '/assets/bootstrap-italia';

export interface PageOptions {
  title: string;
  /** Trail after "Home": [label, href?]; the last one is the page itself. */
  breadcrumb?: [string, string?][];
  scripts?: string[];
  /** Files of an npm package served under /assets (e.g. 'leaflet/leaflet.js'), loaded before the page's scripts. */
  vendor?: { styles?: string[]; scripts?: string[] };
  body: SafeHtml;
}

export function icon(name: string, extraClass = ''): SafeHtml {
  return html`<svg class="icon ${extraClass}" aria-hidden="true" focusable="false"><use href="${BI}/svg/sprites.svg#${name}"></use></svg>`;
}

export function page(settings: PortalSettings, options: PageOptions): string {
  const crumbs = options.breadcrumb ?? [];
  // Every page script builds on the shared helpers, loaded first (deferred scripts run in order).
  const scripts = options.scripts?.length ? ['portal-common.js', ...options.scripts] : [];
  return html`<!doctype html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} – ${settings.entityName}</title>
<link rel="stylesheet" href="${BI}/css/bootstrap-italia.min.css">
${(options.vendor?.styles ?? []).map((href) => html`<link rel="stylesheet" href="/assets/${href}">
`)}<link rel="stylesheet" href="${PORTAL_STATIC}/portal.css">
</head>
<body>
<a class="visually-hidden-focusable skip-link" href="#contenuto">Vai al contenuto principale</a>
<header class="it-header-wrapper">
  <div class="it-header-slim-wrapper">
    <div class="container"><div class="row"><div class="col-12">
      <div class="it-header-slim-wrapper-content">
        <span class="d-lg-block navbar-brand">${settings.entityName}</span>
        <a class="text-white" href="${PORTAL_PATH}/pratica">Segui la tua pratica</a>
      </div>
    </div></div></div>
  </div>
  <div class="it-nav-wrapper">
    <div class="it-header-center-wrapper">
      <div class="container"><div class="row"><div class="col-12">
        <div class="it-header-center-content-wrapper">
          <div class="it-brand-wrapper">
            <a href="${PORTAL_PATH}">
              ${icon('it-pa')}
              <div class="it-brand-text">
                <div class="it-brand-title">${settings.entityName}</div>
                <div class="it-brand-tagline d-none d-md-block">Ufficio Relazioni con il Pubblico</div>
              </div>
            </a>
          </div>
        </div>
      </div></div></div>
    </div>
    <div class="portal-navbar">
      <div class="container"><div class="row"><div class="col-12">
        <nav class="portal-nav" aria-label="Menu principale">
          <ul class="portal-nav-list">
            <li><a href="${PORTAL_PATH}/segnalazione">Segnalare un disservizio</a></li>
            <li><a href="${PORTAL_PATH}/assistenza">Richiedere assistenza</a></li>
            <li><a href="${PORTAL_PATH}/pratica">Segui la tua pratica</a></li>
            <li><a href="${PORTAL_PATH}/faq">Domande frequenti</a></li>
          </ul>
        </nav>
      </div></div></div>
    </div>
  </div>
</header>
<main id="contenuto" class="container my-4">
  <nav aria-label="Percorso di navigazione" class="breadcrumb-container">
    <ol class="breadcrumb p-0">
      ${
        crumbs.length === 0
          ? html`<li class="breadcrumb-item active" aria-current="page">Home</li>`
          : html`<li class="breadcrumb-item"><a href="${PORTAL_PATH}">Home</a><span class="separator">/</span></li>
      ${crumbs.map(([label, href], i) =>
        i === crumbs.length - 1 || !href
          ? html`<li class="breadcrumb-item active" aria-current="page">${label}</li>`
          : html`<li class="breadcrumb-item"><a href="${href}">${label}</a><span class="separator">/</span></li>`,
      )}`
      }
    </ol>
  </nav>
  ${options.body}
</main>
<footer class="it-footer">
  <div class="it-footer-main">
    <div class="container py-4">
      <h2 class="h5 text-white">${settings.entityName} – Ufficio Relazioni con il Pubblico</h2>
      <p class="text-white mb-1">Può rivolgersi all'URP anche allo sportello, per telefono o per posta elettronica.</p>
      <ul class="list-inline mb-0">
        <li class="list-inline-item"><a class="text-white" href="${PORTAL_PATH}/privacy">Informativa sul trattamento dei dati personali</a></li>
        <li class="list-inline-item"><a class="text-white" href="${PORTAL_PATH}/faq">Domande frequenti</a></li>
      </ul>
    </div>
  </div>
</footer>
${(options.vendor?.scripts ?? []).map((src) => html`<script src="/assets/${src}" defer></script>`)}
${scripts.map((src) => html`<script src="${PORTAL_STATIC}/${src}" defer></script>`)}
</body>
</html>`.value;
}
