// The operator queue and the referent's inbox: open cases, most urgent first, filters,
// keyset pages (the API's cursor), refreshed every few seconds without losing the page.
import { api, currentSession } from '../api.js';
import { h, replace } from '../dom.js';
import { CHANNELS, KINDS, STATUSES, formatDate, formatInstant, label } from '../labels.js';
import { liveStamp, loadCategories, loadSectors, loadingError, markUpdated, slaBadge } from './shared.js';

const REFRESH_MS = 5000;

const INBOX_TABS = [
  ['routed', 'Da prendere in carico', { status: 'routed' }],
  ['overdue', 'Scadute', { slaState: 'overdue' }],
  ['reminders', 'Con solleciti ricevuti', { status: 'routed' }],
  ['in_charge', 'In carico', { status: 'in_charge' }],
  ['all', 'Tutte', {}],
];

export function queueView(root, { mode, params }) {
  const session = currentSession();
  const inbox = mode === 'inbox';
  const tab = inbox ? INBOX_TABS.find(([id]) => id === (params.get('tab') ?? 'routed')) ?? INBOX_TABS[0] : null;
  document.title = `${inbox ? 'Pratiche del settore' : 'Coda delle pratiche'} — Console URP`;
  const filters = inbox ? { ...tab[2] } : Object.fromEntries([...params].filter(([k]) => k !== 'cursor'));
  const cursors = [null];
  let page = 0;
  const stamp = liveStamp();
  const tableBox = h('div', {});
  const pager = h('nav', { 'aria-label': 'Pagine della coda', className: 'd-flex gap-2' });

  const heading = inbox
    ? h('div', {}, h('h1', { className: 'h2' }, 'Pratiche del settore'),
      h('p', {}, 'Vedi solo le pratiche assegnate al tuo settore. Prendi in carico quelle nuove entro il termine, poi prepara la risposta.'),
      h('div', { className: 'tabs-inbox', role: 'group', 'aria-label': 'Viste' },
        INBOX_TABS.map(([id, text]) => h('a', { href: `#/inbox?tab=${id}`, className: `btn btn-sm ${id === tab[0] ? 'btn-primary' : 'btn-outline-primary'}`, 'aria-current': id === tab[0] ? 'page' : null }, text))))
    : h('div', { className: 'd-flex justify-content-between align-items-start flex-wrap' },
      h('div', {}, h('h1', { className: 'h2' }, 'Coda delle pratiche'), h('p', {}, 'Le pratiche aperte, le più urgenti in cima. Il colore e la scritta dicono a che punto è il termine della risposta finale.')),
      session.user.role === 'operator' ? h('a', { href: '#/new', className: 'btn btn-primary' }, 'Nuovo contatto') : null);

  replace(root, heading, inbox ? null : filterForm(filters), stamp, tableBox, pager);

  let timer = null;
  let stopped = false;
  // Category labels for the codes the queue carries; a failed load leaves the codes.
  const categoriesReady = loadCategories().then((list) => new Map(list.map((c) => [c.code, c.label]))).catch(() => new Map());
  async function load() {
    try {
      const query = new URLSearchParams({ limit: '20', ...filters });
      if (cursors[page]) query.set('cursor', cursors[page]);
      const [{ body }, categoryLabels] = await Promise.all([api(`/queue?${query}`), categoriesReady]);
      if (stopped) return;
      let items = body.items;
      if (inbox && tab[0] === 'reminders') items = items.filter((i) => i.remindersSent > 0);
      cursors[page + 1] = body.nextCursor;
      replace(tableBox, items.length ? queueTable(items, inbox, categoryLabels) : h('p', { className: 'alert alert-info' }, 'Nessuna pratica con questi criteri.'));
      replace(pager,
        h('button', { type: 'button', className: 'btn btn-outline-primary btn-sm', disabled: page === 0, onClick: () => { page -= 1; load(); } }, '‹ Pagina precedente'),
        h('span', { className: 'align-self-center' }, `Pagina ${page + 1}`),
        h('button', { type: 'button', className: 'btn btn-outline-primary btn-sm', disabled: !body.nextCursor, onClick: () => { page += 1; load(); } }, 'Pagina successiva ›'));
      markUpdated(stamp);
    } catch (error) {
      if (!stopped) replace(tableBox, loadingError(error));
    }
  }
  load();
  timer = setInterval(load, REFRESH_MS);
  return () => { stopped = true; clearInterval(timer); };
}

function queueTable(items, inbox, categoryLabels) {
  return h('div', { className: 'table-responsive' }, h('table', { className: 'table table-hover queue-table' },
    h('caption', { className: 'visually-hidden' }, 'Pratiche aperte'),
    h('thead', {}, h('tr', {}, ['Protocollo', 'Categoria', 'Tipo', 'Canale', inbox ? 'Presa in carico entro' : 'Settore', 'Stato', 'Risposta finale entro'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, items.map((item) => h('tr', { dataset: { reference: item.reference } },
      h('td', {}, h('a', { href: `#/case/${item.caseId}`, className: 'fw-semibold' }, item.reference),
        // Words, not only a colour: the citizen or the sector did not get a message and must be reached another way.
        item.deliveryFailed ? h('div', {}, h('span', { className: 'delivery-failed' }, '✉ invio non riuscito')) : null),
      h('td', {}, categoryLabels.get(item.subject) ?? item.subject ?? '—'),
      h('td', {}, label(KINDS, item.kind)),
      h('td', {}, label(CHANNELS, item.channel)),
      h('td', {}, inbox
        ? (item.takeChargeDueDate ? [formatDate(item.takeChargeDueDate), item.takeChargeDaysLeft < 0 ? h('span', { className: 'sla sla-overdue ms-1' }, 'in ritardo') : null] : '—')
        : item.sectorName ?? ['URP (da assegnare)', item.suggestedSectorName ? h('div', { className: 'small' }, `proposto: ${item.suggestedSectorName}`) : null]),
      h('td', {}, label(STATUSES, item.status), item.remindersSent ? h('div', { className: 'small' }, `${item.remindersSent} ${item.remindersSent === 1 ? 'sollecito' : 'solleciti'}`) : null),
      h('td', {}, h('div', {}, formatDate(item.finalReplyDueDate)), slaBadge(item.slaState, item.daysLeft)),
    )))));
}

function filterForm(filters) {
  const select = (name, text, options, placeholder = 'Tutti') => {
    const id = `filter-${name}`;
    return h('div', { className: 'col-md-4 col-lg-2' }, h('label', { for: id, className: 'form-label' }, text),
      h('select', { id, name, className: 'form-select form-select-sm' }, h('option', { value: '' }, placeholder),
        options.map(([value, t]) => h('option', { value, selected: filters[name] === value }, t))));
  };
  const sectorSelect = select('sectorId', 'Settore', [], 'Tutti');
  loadSectors().then((sectors) => {
    const control = sectorSelect.querySelector('select');
    for (const s of sectors.filter((s) => !s.dissolved)) control.append(h('option', { value: s.id, selected: filters.sectorId === s.id }, s.name));
  }).catch(() => {});
  const form = h('form', { className: 'filters', role: 'search', 'aria-label': 'Filtri della coda' },
    h('div', { className: 'row' },
      select('slaState', 'Termine', [['overdue', 'Scadute'], ['due_soon', 'In scadenza'], ['on_time', 'Nei termini'], ['suspended', 'Sospese']]),
      select('status', 'Stato', Object.entries(STATUSES).slice(0, 3)),
      sectorSelect,
      select('kind', 'Tipo', Object.entries(KINDS).filter(([k]) => k !== 'unclassified')),
      select('channel', 'Canale', Object.entries(CHANNELS)),
      select('deliveryFailed', 'Messaggi', [['true', 'Con un invio non riuscito'], ['false', 'Senza invii non riusciti']], 'Tutte'),
      select('sort', 'Ordine', [['urgency', 'Più urgenti prima'], ['receivedAt', 'Più vecchie prima'], ['-receivedAt', 'Più recenti prima']], 'Più urgenti prima'),
      h('div', { className: 'col-md-4 col-lg-3' }, h('label', { for: 'filter-q', className: 'form-label' }, 'Testo nel protocollo o nel codice della categoria'),
        h('input', { id: 'filter-q', name: 'q', className: 'form-control form-control-sm', value: filters.q ?? '', minlength: 3 })),
      h('div', { className: 'col-md-4 col-lg-2' }, h('label', { for: 'filter-from', className: 'form-label' }, 'Ricevute dal'),
        h('input', { id: 'filter-from', name: 'receivedFrom', type: 'date', className: 'form-control form-control-sm', value: filters.receivedFrom ?? '' })),
      h('div', { className: 'col-md-4 col-lg-2' }, h('label', { for: 'filter-to', className: 'form-label' }, 'Ricevute al'),
        h('input', { id: 'filter-to', name: 'receivedTo', type: 'date', className: 'form-control form-control-sm', value: filters.receivedTo ?? '' })),
      h('div', { className: 'col-md-4 col-lg-3 d-flex align-items-end gap-2' },
        h('button', { type: 'submit', className: 'btn btn-primary btn-sm' }, 'Applica i filtri'),
        h('a', { href: '#/queue', className: 'btn btn-outline-secondary btn-sm' }, 'Azzera'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = [...new FormData(form)].filter(([, v]) => String(v).trim() !== '');
    const query = new URLSearchParams(values.map(([k, v]) => [k, String(v).trim()]));
    const target = `#/queue?${query}`;
    if (location.hash === target) window.dispatchEvent(new HashChangeEvent('hashchange'));
    else location.hash = target;
  });
  return form;
}
