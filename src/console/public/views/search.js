// Finds any case, closed ones too: by reference typed anywhere, or by subject.
import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { CHANNELS, KINDS, OUTCOMES, STATUSES, formatInstant, label } from '../labels.js';
import { loadingError } from './shared.js';

export function searchView(root, q) {
  document.title = 'Cerca una pratica — Console URP';
  const input = h('input', { id: 'search-q', name: 'q', type: 'search', className: 'form-control', value: q, minlength: 3, required: true });
  const results = h('div', { 'aria-live': 'polite' });
  const form = h('form', { role: 'search', className: 'mb-3' },
    h('label', { for: 'search-q', className: 'form-label' }, 'Protocollo, oppure testo dell’oggetto (almeno 3 caratteri)'),
    h('div', { className: 'd-flex gap-2' }, input, h('button', { type: 'submit', className: 'btn btn-primary' }, 'Cerca')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/search?q=${encodeURIComponent(input.value.trim())}`;
  });
  replace(root, h('h1', { className: 'h2' }, 'Cerca una pratica'), h('p', {}, 'Trova anche le pratiche chiuse o unite ad altre. Puoi incollare un testo che contiene il protocollo: viene riconosciuto da solo.'), form, results);
  if (q.trim().length >= 3) {
    replace(results, h('p', {}, 'Ricerca in corso…'));
    api(`/case-search?q=${encodeURIComponent(q.trim())}`).then(({ body }) => {
      if (body.reference && body.items.length === 1) {
        location.replace(`#/case/${body.items[0].caseId}`);
        return;
      }
      replace(results, body.items.length === 0
        ? h('p', { className: 'alert alert-warning' }, body.reference ? `Nessuna pratica con il protocollo ${body.reference} (o non del tuo settore).` : 'Nessuna pratica trovata.')
        : h('div', { className: 'table-responsive' }, h('table', { className: 'table' },
          h('caption', {}, `${body.items.length} pratiche trovate${body.items.length === 50 ? ' (le 50 più recenti)' : ''}`),
          h('thead', {}, h('tr', {}, ['Protocollo', 'Oggetto', 'Tipo', 'Canale', 'Settore', 'Stato', 'Ricevuta'].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, body.items.map((hit) => h('tr', {},
            h('td', {}, h('a', { href: `#/case/${hit.caseId}` }, hit.reference)),
            h('td', {}, hit.subject ?? '—'), h('td', {}, label(KINDS, hit.kind)), h('td', {}, label(CHANNELS, hit.channel)),
            h('td', {}, hit.sectorName ?? 'URP'), h('td', {}, label(STATUSES, hit.status), hit.outcome ? ` — ${label(OUTCOMES, hit.outcome)}` : ''),
            h('td', {}, formatInstant(hit.receivedAt))))))));
    }).catch((error) => replace(results, error.status === 400 ? h('p', { className: 'alert alert-warning' }, 'Scrivi almeno 3 caratteri.') : loadingError(error)));
  }
  input.focus();
}
