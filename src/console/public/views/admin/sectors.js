// Sectors and their referents: establish, rename, dissolve a sector; add and remove referents.
// Each change sends the sector's revision as If-Match, so two administrators never overwrite
// each other unseen; the list is read again until it shows the revision the command answered.
import { api } from '../../api.js';
import { h, replace } from '../../dom.js';
import { commandForm, localViolation } from '../../forms.js';
import { loadingError } from '../shared.js';
import { loadUntil, reloadWhenStale, rowAction, statusLine } from './common.js';

export function sectorsPage(root) {
  const status = statusLine();
  const list = h('div', {});
  const create = h('section', { className: 'card card-bg mt-4', 'aria-labelledby': 'new-sector-title' });
  replace(root, h('p', {}, 'I settori che ricevono le pratiche e i loro referenti, a cui arrivano assegnazioni e solleciti. Un settore soppresso non riceve più pratiche; la sua storia resta.'), status.box, list, create);

  // After a command: the sector as the command answered it is what the list must show.
  const changed = (message) => (result) => {
    status.done(message);
    load((sectors) => sectors.some((s) => s.id === result.body.id && s.revision >= result.body.revision));
  };

  async function load(waitFor) {
    try {
      const [{ result: sectors }, { body: users }] = await Promise.all([
        loadUntil(() => api('/sectors').then((r) => r.body), waitFor ?? (() => true)),
        api('/users'),
      ]);
      // A 412 on one card: read until that sector shows the revision the server named.
      const staleFor = (sector) => reloadWhenStale(status, (revision) => load((all) => all.some((x) => x.id === sector.id && x.revision >= revision)));
      replace(list, h('div', { className: 'row sector-list' }, sectors.map((s) => h('div', { className: 'col-lg-6 mb-3' }, sectorCard(s, users, changed, staleFor(s))))));
    } catch (error) {
      replace(list, loadingError(error));
    }
  }

  replace(create, h('div', { className: 'card-body' }, h('h3', { id: 'new-sector-title', className: 'h4 card-title' }, 'Istituisci un nuovo settore'),
    commandForm({
      id: 'new-sector',
      fields: sectorFields(),
      submitLabel: 'Istituisci il settore',
      submit: (values, key) => api('/sectors', { method: 'POST', body: values, idempotencyKey: key }),
      onDone: (result, values) => {
        create.querySelector('form').reset();
        changed(`Settore ${values.name} istituito. Ora aggiungi i suoi referenti.`)(result);
      },
    })));
  load();
}

function sectorFields(sector) {
  return [
    { name: 'name', label: 'Nome del settore', required: true, value: sector?.name, help: 'Come lo leggono i cittadini, ad esempio Lavori Pubblici.' },
    { name: 'slug', label: 'Sigla negli indirizzi', required: true, value: sector?.slug, help: 'Parole minuscole unite da trattini, ad esempio lavori-pubblici.' },
  ];
}

function sectorCard(sector, users, changed, stale) {
  const call = (path, method = 'POST') => (values, key) => api(`/sectors/${sector.id}${path}`, { method, body: method === 'DELETE' ? undefined : values, idempotencyKey: key, ifMatch: sector.revision });
  const appointed = new Set(sector.referents.map((r) => r.userId));
  const candidates = users.filter((u) => u.role === 'referent' && u.active && !appointed.has(u.id))
    .sort((a, b) => Number(b.sectorId === sector.id) - Number(a.sectorId === sector.id) || a.displayName.localeCompare(b.displayName, 'it'));
  const titleId = `sector-${sector.id}`;
  const actions = sector.dissolved ? [] : [
    rowAction('Aggiungi un referente', candidates.length ? appointForm(sector, candidates, call, changed, stale) : h('p', {}, 'Nessun utente con ruolo di referente da aggiungere: crealo prima in "Utenti e ruoli".')),
    rowAction('Rinomina', commandForm({ fields: sectorFields(sector), submitLabel: 'Rinomina il settore', submit: call('/rename'), onRefused: stale, onDone: (result) => changed(`Settore rinominato in ${result.body.name}.`)(result) })),
    rowAction('Sopprimi il settore', commandForm({
      description: `${sector.name} non riceverà più pratiche. Quelle già assegnate restano al settore finché non le riassegni. Non si annulla da qui.`,
      fields: [],
      submitLabel: `Sopprimi ${sector.name}`,
      danger: true,
      submit: call('/dissolve'),
      onRefused: stale,
      onDone: changed(`Settore ${sector.name} soppresso.`),
    }), { danger: true }),
  ];
  return h('section', { className: `card h-100 sector-card${sector.dissolved ? ' dissolved' : ''}`, 'aria-labelledby': titleId, dataset: { slug: sector.slug } }, h('div', { className: 'card-body' },
    h('h3', { className: 'h5 card-title', id: titleId }, sector.name, ' ', h('span', { className: `sector-state ${sector.dissolved ? 'sector-state-dissolved' : 'sector-state-active'}` }, sector.dissolved ? 'soppresso' : 'attivo')),
    h('p', { className: 'small mb-2' }, `Sigla: ${sector.slug} · revisione ${sector.revision}`),
    h('h4', { className: 'h6' }, 'Referenti'),
    sector.referents.length
      ? h('ul', { className: 'referents' }, sector.referents.map((r) => h('li', {}, h('span', { className: 'fw-semibold' }, r.displayName),
        sector.dissolved ? null : rowAction(['Rimuovi', h('span', { className: 'visually-hidden' }, ` ${r.displayName}`)], commandForm({
          description: `${r.displayName} non riceverà più le assegnazioni di ${sector.name}. L’utente resta attivo.`,
          fields: [],
          submitLabel: `Rimuovi ${r.displayName} dai referenti`,
          danger: true,
          submit: call(`/referents/${encodeURIComponent(r.userId)}`, 'DELETE'),
          onRefused: stale,
          onDone: changed(`${r.displayName} non è più referente di ${sector.name}.`),
        }), { danger: true }))))
      : h('p', { className: 'alert alert-warning py-1' }, sector.dissolved ? 'Nessun referente.' : 'Nessun referente: le pratiche assegnate a questo settore non arrivano a nessuno.'),
    actions.length ? h('div', { className: 'sector-actions' }, actions) : null));
}

function appointForm(sector, candidates, call, changed, stale) {
  const byId = new Map(candidates.map((u) => [u.id, u]));
  return commandForm({
    fields: [
      { name: 'userId', label: 'Utente', type: 'select', placeholder: 'Scegli l’utente', required: true,
        options: candidates.map((u) => [u.id, `${u.displayName} (${u.username})${u.sectorId === sector.id ? ' — di questo settore' : ''}`]) },
      { name: 'email', label: 'E-mail di lavoro', type: 'email', help: 'Facoltativa: vi arrivano assegnazioni e solleciti.' },
    ],
    submitLabel: 'Aggiungi ai referenti',
    onRefused: stale,
    submit: (values, key) => {
      // The name the sector shows comes from the chosen user: without one there is nothing to send.
      if (!values.userId) return Promise.reject(localViolation('userId', 'Scegli l’utente da aggiungere.'));
      return call('/referents')({ ...values, displayName: byId.get(values.userId).displayName }, key);
    },
    onDone: (result, values) => changed(`${byId.get(values.userId)?.displayName} è ora referente di ${sector.name}.`)(result),
  });
}
