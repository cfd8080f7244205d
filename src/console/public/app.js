// The console's shell: login, the role's navigation, a hash router, the search box.
import { currentSession, login, logout, onSessionChange } from './api.js';
import { h, replace } from './dom.js';
import { ROLES, REFERENCE_PATTERN } from './labels.js';
import { queueView } from './views/queue.js';
import { caseView } from './views/case.js';
import { newContactView } from './views/new-contact.js';
import { searchView } from './views/search.js';
import { dashboardView } from './views/dashboard.js';
import { auditView } from './views/audit.js';
import { adminView } from './views/admin/index.js';

const NAV = {
  operator: [['#/queue', 'Coda delle pratiche'], ['#/new', 'Nuovo contatto'], ['#/search', 'Cerca']],
  referent: [['#/inbox', 'Pratiche del settore'], ['#/search', 'Cerca']],
  manager: [['#/dashboard', 'Cruscotto'], ['#/queue', 'Coda delle pratiche'], ['#/search', 'Cerca']],
  auditor: [['#/audit', 'Verifiche'], ['#/dashboard', 'Cruscotto'], ['#/search', 'Cerca']],
  admin: [['#/admin', 'Amministrazione'], ['#/dashboard', 'Cruscotto'], ['#/queue', 'Coda delle pratiche'], ['#/search', 'Cerca']],
};

const app = document.getElementById('app');
const nav = document.getElementById('main-nav');
const userBox = document.getElementById('user-box');
let cleanup = null;

function parseHash() {
  const [path, query = ''] = location.hash.replace(/^#/, '').split('?');
  return { parts: path.split('/').filter(Boolean), params: new URLSearchParams(query) };
}

function render() {
  cleanup?.();
  cleanup = null;
  const session = currentSession();
  renderChrome(session);
  if (!session) {
    document.title = 'Accesso — Console URP';
    replace(app, loginForm());
    return;
  }
  const { parts, params } = parseHash();
  const role = session.user.role;
  const view = parts[0] ?? '';
  let result;
  if (view === 'case' && parts[1]) result = caseView(app, parts[1], params);
  else if (view === 'queue') result = queueView(app, { mode: 'queue', params });
  else if (view === 'inbox') result = queueView(app, { mode: 'inbox', params });
  else if (view === 'new') result = newContactView(app);
  else if (view === 'search') result = searchView(app, params.get('q') ?? '');
  else if (view === 'dashboard') result = dashboardView(app);
  else if (view === 'audit') result = auditView(app, params);
  else if (view === 'admin') result = adminView(app, parts[1]);
  else {
    location.replace(NAV[role]?.[0]?.[0] ?? '#/search');
    return;
  }
  cleanup = typeof result === 'function' ? result : null;
  for (const link of nav.querySelectorAll('a')) {
    if (link.getAttribute('href') === `#/${view}`) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  document.getElementById('main').focus({ preventScroll: true });
}

function renderChrome(session) {
  if (!session) {
    replace(nav);
    replace(userBox);
    return;
  }
  const role = session.user.role;
  replace(nav, h('ul', {}, (NAV[role] ?? []).map(([href, text]) => h('li', {}, h('a', { href }, text)))));
  const input = h('input', { type: 'search', id: 'quick-search', className: 'form-control form-control-sm', placeholder: 'Protocollo, categoria, e-mail…', 'aria-label': 'Cerca una pratica per protocollo, categoria o dati del cittadino' });
  const searchForm = h('form', { className: 'quick-search mt-2', role: 'search' }, input, h('button', { type: 'submit', className: 'btn btn-sm btn-light' }, 'Cerca'));
  searchForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = input.value.trim();
    if (q) location.hash = `#/search?q=${encodeURIComponent(REFERENCE_PATTERN.exec(q)?.[0].toUpperCase() ?? q)}`;
  });
  replace(userBox,
    h('div', {}, h('span', { className: 'fw-semibold' }, session.user.displayName), ` — ${ROLES[role] ?? role}`,
      h('button', { type: 'button', className: 'btn btn-sm btn-outline-light', onClick: () => { logout(); location.hash = '#/'; } }, 'Esci')),
    searchForm);
}

function loginForm() {
  const error = h('div', { role: 'alert', className: 'form-alert' });
  const username = h('input', { id: 'login-username', name: 'username', className: 'form-control', autocomplete: 'username', required: true });
  const password = h('input', { id: 'login-password', name: 'password', type: 'password', className: 'form-control', autocomplete: 'current-password', required: true });
  const button = h('button', { type: 'submit', className: 'btn btn-primary' }, 'Accedi');
  const form = h('form', { className: 'col-md-6 col-lg-4' },
    h('h1', { className: 'h3' }, 'Accesso alla console'),
    h('p', {}, 'Inserisci le credenziali che ti ha assegnato l’amministratore.'),
    error,
    h('div', { className: 'mb-3' }, h('label', { for: 'login-username', className: 'form-label' }, 'Nome utente'), username),
    h('div', { className: 'mb-3' }, h('label', { for: 'login-password', className: 'form-label' }, 'Password'), password),
    button,
    h('p', { className: 'small mt-3' }, 'Per sicurezza la sessione resta solo in questa scheda: ricaricando la pagina o chiudendola dovrai accedere di nuovo.'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    replace(error);
    error.className = 'form-alert';
    button.disabled = true;
    try {
      const result = await login(username.value.trim(), password.value);
      if (!result.ok) {
        error.className = 'form-alert alert alert-danger';
        error.append(result.status === 401 ? 'Nome utente o password non corretti, oppure utente disattivato.' : `Accesso non riuscito (${result.status}).`);
        password.focus();
      }
    } catch (e) {
      error.className = 'form-alert alert alert-danger';
      error.append(`Il server non risponde: ${e.message}`);
    } finally {
      button.disabled = false;
    }
  });
  queueMicrotask(() => username.focus());
  return form;
}

onSessionChange(() => render());
window.addEventListener('hashchange', render);
render();
