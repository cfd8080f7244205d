// The category catalogue: what a case can be about, which kinds of case each category takes
// and the sector it suggests for routing. Adding, revising (from a date) and retiring go
// through the catalogue's command endpoints; the code is fixed once added.
import { api } from '../../api.js';
import { h, replace } from '../../dom.js';
import { commandForm } from '../../forms.js';
import { KINDS, formatDate } from '../../labels.js';
import { loadingError } from '../shared.js';
import { loadUntil, reloadWhenStale, rowAction, statusLine } from './common.js';

const KIND_OPTIONS = Object.entries(KINDS).filter(([k]) => k !== 'unclassified');

export function categoriesPage(root) {
  const status = statusLine();
  const list = h('div', {});
  const add = h('section', { className: 'card card-bg mb-4', 'aria-labelledby': 'add-category-title' });
  replace(root, h('p', {}, 'Le voci tra cui operatori e cittadini scelgono l’oggetto di una pratica, i tipi di pratica che ciascuna accetta e il settore proposto per l’assegnazione. Una revisione vale da una data; una voce ritirata non accetta nuove pratiche.'), status.box, add, list);

  let sectors = [];
  const changed = (message) => (result) => {
    status.done(message);
    load((items) => items.some((c) => c.code === result.body.code && c.revision >= result.body.revision));
  };

  async function load(waitFor) {
    try {
      const [{ result: items }, { body: sectorList }] = await Promise.all([
        loadUntil(() => api('/categories?includeRetired=true').then((r) => r.body.items), waitFor ?? (() => true)),
        api('/sectors'),
      ]);
      sectors = sectorList.filter((s) => !s.dissolved);
      const staleFor = (category) => reloadWhenStale(status, (revision) => load((all) => all.some((x) => x.code === category.code && x.revision >= revision)));
      replace(list, h('div', { className: 'table-responsive' }, h('table', { className: 'table table-sm align-middle', id: 'categories' },
        h('caption', { className: 'visually-hidden' }, 'Catalogo delle categorie'),
        h('thead', {}, h('tr', {}, ['Voce', 'Codice', 'Tipi di pratica', 'Settore proposto', 'Stato', 'Azioni'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, items.map((c) => categoryRow(c, sectors, changed, staleFor(c)))))));
      if (!add.firstChild) replace(add, h('div', { className: 'card-body' }, h('details', {}, h('summary', { className: 'h5 card-title', id: 'add-category-title' }, 'Aggiungi una voce al catalogo'), addForm())));
    } catch (error) {
      replace(list, loadingError(error));
    }
  }

  function addForm() {
    const form = commandForm({
      id: 'add-category',
      fields: [
        { name: 'code', label: 'Codice', required: true, help: 'Parole minuscole separate da "/", "-" o "_", ad esempio strade/marciapiedi. Non si cambia più.' },
        ...termFields(null, sectors),
      ],
      submitLabel: 'Aggiungi al catalogo',
      submit: (values, key) => api('/categories', { method: 'POST', body: withSector(values), idempotencyKey: key }),
      onDone: (result) => {
        form.reset();
        changed(`Voce «${result.body.label}» aggiunta al catalogo.`)(result);
      },
    });
    return form;
  }
  load();
}

function termFields(category, sectors) {
  return [
    { name: 'label', label: 'Voce, come la legge il cittadino', required: true, value: category?.label, help: 'Ad esempio Buche e manto stradale.' },
    { name: 'kinds', label: 'Tipi di pratica accettati (almeno uno)', type: 'checkboxes', options: KIND_OPTIONS, value: category?.kinds ?? [] },
    { name: 'defaultSectorId', label: 'Settore proposto per l’assegnazione', type: 'select', placeholder: 'Nessuno: risponde l’URP', options: sectors.map((s) => [s.id, s.name]), value: category?.defaultSectorId ?? '' },
    { name: 'effectiveFrom', label: 'Vale dal', type: 'date', help: 'Vuoto: da oggi.' },
  ];
}

/** No sector chosen means the URP answers: the API takes null for that. */
const withSector = (values) => ({ ...values, defaultSectorId: values.defaultSectorId ?? null });

function categoryRow(c, sectors, changed, stale) {
  const path = `/categories/${encodeURIComponent(c.code)}`;
  const call = (suffix) => (values, key) => api(`${path}${suffix}`, { method: 'POST', body: suffix === '/revision' ? withSector(values) : values, idempotencyKey: key, ifMatch: c.revision });
  const retired = c.status === 'retired';
  return h('tr', { dataset: { code: c.code }, className: retired ? 'inactive' : '' },
    h('th', { scope: 'row' }, c.label),
    h('td', {}, h('code', {}, c.code)),
    h('td', {}, c.kinds.map((k) => KINDS[k] ?? k).join(', ')),
    h('td', {}, c.defaultSectorName ?? 'URP'),
    h('td', {}, retired ? `ritirata${c.retiredFrom ? ` dal ${formatDate(c.retiredFrom)}` : ''}` : `in uso dal ${formatDate(c.effectiveFrom)}`),
    h('td', {}, c.retiredFrom ? '—' : h('div', { className: 'sector-actions' },
      rowAction(['Rivedi', h('span', { className: 'visually-hidden' }, ` ${c.label}`)], commandForm({
        fields: termFields(c, sectors),
        submitLabel: 'Salva la revisione',
        submit: call('/revision'),
        onRefused: stale,
        onDone: changed(`Voce «${c.label}» rivista.`),
      })),
      rowAction(['Ritira', h('span', { className: 'visually-hidden' }, ` ${c.label}`)], commandForm({
        description: 'Dalla data indicata la voce non accetta nuove pratiche; quelle già registrate la conservano.',
        fields: [{ name: 'effectiveFrom', label: 'Ritirata dal', type: 'date', help: 'Vuoto: da oggi.' }],
        submitLabel: `Ritira «${c.label}»`,
        danger: true,
        submit: call('/retirement'),
        onRefused: stale,
        onDone: changed(`Voce «${c.label}» ritirata.`),
      }), { danger: true }))));
}
