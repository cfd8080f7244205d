// Administration: users and roles, sectors and their referents, the charter standards in
// force (retire one), and the erasure of a citizen's personal data. Every change goes
// through the same command endpoints as the API, with Idempotency-Key and If-Match.
import { api, ApiError } from '../api.js';
import { h, replace } from '../dom.js';
import { commandForm } from '../forms.js';
import { ROLES, formatDate } from '../labels.js';
import { loadingError } from './shared.js';

export function adminView(root) {
  document.title = 'Amministrazione — Console URP';
  const users = h('div', {});
  const sectors = h('div', {});
  const standards = h('div', {});
  const erasure = h('div', {});
  replace(root,
    h('h1', { className: 'h2' }, 'Amministrazione'),
    card('Utenti e ruoli', users), card('Settori e referenti', sectors), card('Standard della Carta della qualità', standards), card('Cancellazione dei dati personali di un cittadino', erasure));
  const reload = () => Promise.all([loadUsers(users, reload), loadSectors(sectors, reload), loadStandards(standards, reload)]);
  reload();
  erasureForm(erasure);
}

const card = (title, body) => h('section', { className: 'card card-bg mb-4' }, h('div', { className: 'card-body' }, h('h2', { className: 'h4 card-title' }, title), body));

async function loadUsers(box, reload) {
  try {
    const [{ body: list }, { body: sectorList }] = await Promise.all([api('/users?limit=200'), api('/sectors')]);
    const sectorName = new Map(sectorList.map((s) => [s.id, s.name]));
    replace(box,
      h('div', { className: 'table-responsive scroll-box', tabindex: '0', role: 'region', 'aria-label': 'Utenti' }, h('table', { className: 'table table-sm', id: 'users' },
        h('thead', {}, h('tr', {}, ['Nome utente', 'Nome', 'Ruolo', 'Settore', 'Attivo'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, list.map((u) => h('tr', {}, h('th', { scope: 'row' }, u.username), h('td', {}, u.displayName), h('td', {}, ROLES[u.role] ?? u.role), h('td', {}, u.sectorId ? sectorName.get(u.sectorId) ?? '—' : '—'), h('td', {}, u.active ? 'sì' : 'no')))))),
      h('h3', { className: 'h5 mt-3' }, 'Nuovo utente'),
      commandForm({
        fields: [
          { name: 'username', label: 'Nome utente', required: true, help: 'Lettere minuscole, cifre, ".", "_" o "-"; inizia con una lettera.' },
          { name: 'displayName', label: 'Nome e cognome', required: true },
          { name: 'password', label: 'Password iniziale', type: 'password', required: true, autocomplete: 'new-password' },
          { name: 'role', label: 'Ruolo', type: 'select', options: Object.entries(ROLES), required: true },
          { name: 'sectorId', label: 'Settore (solo per i referenti)', type: 'select', placeholder: 'Nessuno', options: sectorList.filter((s) => !s.dissolved).map((s) => [s.id, s.name]) },
        ],
        submitLabel: 'Crea l’utente',
        submit: (values, key) => api('/users', { method: 'POST', body: values, idempotencyKey: key }),
        onDone: () => reload(),
      }));
  } catch (error) {
    replace(box, loadingError(error));
  }
}

async function loadSectors(box, reload) {
  try {
    const { body: list } = await api('/sectors');
    replace(box, h('div', { className: 'table-responsive' }, h('table', { className: 'table table-sm', id: 'sectors' },
      h('thead', {}, h('tr', {}, ['Settore', 'Referenti', 'Stato'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, list.map((s) => h('tr', {}, h('th', { scope: 'row' }, s.name), h('td', {}, s.referents.map((r) => r.displayName).join(', ') || 'nessuno'), h('td', {}, s.dissolved ? 'soppresso' : 'attivo')))))),
    h('details', {}, h('summary', { className: 'fw-semibold' }, 'Nuovo settore'), commandForm({
      fields: [{ name: 'name', label: 'Nome del settore', required: true }, { name: 'slug', label: 'Sigla per gli indirizzi (es. lavori-pubblici)', required: true }],
      submitLabel: 'Istituisci il settore',
      submit: (values, key) => api('/sectors', { method: 'POST', body: values, idempotencyKey: key }),
      onDone: () => reload(),
    })));
  } catch (error) {
    replace(box, loadingError(error));
  }
}

async function loadStandards(box, reload) {
  try {
    const { body: list } = await api('/charter/standards');
    replace(box, h('div', { className: 'table-responsive' }, h('table', { className: 'table table-sm', id: 'standards' },
      h('thead', {}, h('tr', {}, ['Codice', 'Indicatore in vigore', 'Dal', 'Ritirato dal', 'Azione'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, list.map((s) => h('tr', {},
        h('th', { scope: 'row' }, s.code), h('td', {}, s.inForce?.indicator ?? s.versions.at(-1)?.indicator ?? '—'), h('td', {}, formatDate(s.inForce?.effectiveFrom)), h('td', {}, formatDate(s.retiredFrom)),
        h('td', {}, s.retiredFrom ? '—' : h('details', {}, h('summary', {}, `Ritira ${s.code}`), commandForm({
          fields: [{ name: 'effectiveFrom', label: 'Ritirato a partire dal', type: 'date', required: true }],
          submitLabel: 'Ritira lo standard',
          danger: true,
          submit: (values, key) => api(`/charter/standards/${s.id}/retirement`, { method: 'POST', body: values, idempotencyKey: key, ifMatch: s.revision }),
          onDone: () => reload(),
        })))))))));
  } catch (error) {
    replace(box, loadingError(error));
  }
}

function erasureForm(box) {
  const result = h('div', { 'aria-live': 'polite' });
  const found = h('div', {});
  const finder = commandForm({
    description: 'Cerca il cittadino da una sua pratica: la cancellazione vale per tutte le sue pratiche. Conteggi, date e tempi restano; nome, recapiti e testi diventano "dati personali cancellati".',
    fields: [{ name: 'reference', label: 'Protocollo di una pratica del cittadino', required: true }],
    submitLabel: 'Trova il cittadino',
    submit: async (values) => {
      const { body: search } = await api(`/case-search?q=${encodeURIComponent(values.reference)}`);
      if (search.items.length !== 1) throw new ApiError(404, { message: 'Nessuna pratica con questo protocollo.' });
      const caseId = search.items[0].caseId;
      const [{ body: file }, { body: events }] = await Promise.all([api(`/cases/${caseId}`), api(`/cases/${caseId}/events`)]);
      return { file, citizenId: events.find((e) => e.type === 'CaseReceived')?.data?.citizenId };
    },
    onDone: ({ file, citizenId }) => {
      const citizen = file.personalData.citizen;
      if (!citizenId || !citizen) return replace(found, h('p', { className: 'alert alert-info' }, 'La pratica è anonima: non ci sono dati personali da cancellare.'));
      replace(found, h('p', {}, h('strong', {}, 'Cittadino: '), `${citizen.fullName ?? '—'} · ${citizen.email ?? citizen.phone ?? ''}`, file.personalData.erased ? ' (dati già cancellati)' : ''),
        commandForm({
          fields: [
            { name: 'legalReason', label: 'Motivo giuridico (es. richiesta ex art. 17 GDPR, prot. n. …)', type: 'textarea', required: true },
            { name: 'confirm', label: `Per confermare scrivi CANCELLA`, required: true },
          ],
          danger: true,
          submitLabel: 'Cancella definitivamente i dati personali',
          submit: (values, key) => {
            if (values.confirm !== 'CANCELLA') return Promise.reject(new ApiError(400, { code: 'VALIDATION_FAILED', violations: [{ field: 'confirm', rule: 'confirm', message: 'Scrivi CANCELLA in maiuscolo per confermare.' }] }));
            return api(`/citizens/${citizenId}/erasure`, { method: 'POST', body: { legalReason: values.legalReason }, idempotencyKey: key });
          },
          onDone: () => replace(result, h('div', { className: 'alert alert-success', role: 'status' }, 'Dati personali cancellati: la cancellazione è registrata con il suo motivo.')),
        }));
    },
  });
  replace(box, finder, found, result);
}
