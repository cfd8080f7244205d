// Finds any case, closed ones too: by reference typed anywhere, by category (its code or
// words of its label), and by the citizen's e-mail, phone, fiscal code or name, which the
// server matches through keyed blind indexes (no personal data in clear in an index).
import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { CHANNELS, KINDS, OUTCOMES, STATUSES, formatInstant, label } from '../labels.js';
import { loadCategories, loadingError } from './shared.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s./-]{6,}$/;
const FISCAL_CODE = /^[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]$/i;

/** What kind of personal datum the text is, if it is one. */
function citizenKey(text) {
  if (EMAIL.test(text)) return ['email', 'indirizzo e-mail'];
  if (FISCAL_CODE.test(text)) return ['fiscalCode', 'codice fiscale'];
  if (PHONE.test(text) && !/^URP/i.test(text)) return ['phone', 'numero di telefono'];
  return null;
}

export function searchView(root, q) {
  document.title = 'Cerca una pratica — Console URP';
  const input = h('input', { id: 'search-q', name: 'q', type: 'search', className: 'form-control', value: q, minlength: 3, required: true, 'aria-describedby': 'search-hint' });
  const results = h('div', { 'aria-live': 'polite' });
  const form = h('form', { role: 'search', className: 'mb-3' },
    h('label', { for: 'search-q', className: 'form-label' }, 'Protocollo, categoria, oppure e-mail, telefono o codice fiscale del cittadino'),
    h('div', { className: 'd-flex gap-2' }, input, h('button', { type: 'submit', className: 'btn btn-primary' }, 'Cerca')),
    h('ul', { className: 'form-text search-hints', id: 'search-hint' },
      h('li', {}, 'Il protocollo si riconosce anche dentro una frase: «il cittadino cita la URP-2026-000177».'),
      h('li', {}, 'Una categoria si trova per codice (strade/buche) o per parole della voce (buche).'),
      h('li', {}, 'E-mail, telefono e codice fiscale si cercano solo se scritti per intero, senza errori.')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/search?q=${encodeURIComponent(input.value.trim())}`;
  });
  replace(root, h('h1', { className: 'h2' }, 'Cerca una pratica'), h('p', {}, 'Trova anche le pratiche chiuse o unite ad altre.'), form, results);
  const text = q.trim();
  if (text.length >= 3) {
    replace(results, h('p', {}, 'Ricerca in corso…'));
    const key = citizenKey(text);
    (key ? byCitizen(text, key) : byText(text)).then((answer) => {
      if (answer.redirect) return location.replace(answer.redirect);
      replace(results, answer.content);
    }).catch((error) => replace(results, error.status === 400 ? h('p', { className: 'alert alert-warning' }, 'Scrivi almeno 3 caratteri.') : loadingError(error)));
  }
  input.focus();
}

async function byText(text) {
  const [{ body }, categories] = await Promise.all([api(`/case-search?q=${encodeURIComponent(text)}`), loadCategories().catch(() => [])]);
  if (body.reference && body.items.length === 1) return { redirect: `#/case/${body.items[0].caseId}` };
  const words = text.toLowerCase();
  const matching = body.reference ? [] : categories.filter((c) => c.label.toLowerCase().includes(words) && c.code.toLowerCase() !== words).slice(0, 6);
  return {
    content: [
      matching.length ? h('p', { className: 'category-hints' }, 'Categorie con queste parole: ', matching.map((c, i) => [i ? ', ' : '', h('a', { href: `#/search?q=${encodeURIComponent(c.code)}` }, c.label)])) : null,
      body.items.length === 0
        ? h('p', { className: 'alert alert-warning' }, body.reference ? `Nessuna pratica con il protocollo ${body.reference} (o non del tuo settore).` : 'Nessuna pratica trovata con questo protocollo o codice di categoria.')
        : hitsTable(body.items, categories),
    ],
  };
}

/** By a datum of the citizen: the case search matches it through the citizen directory's blind indexes. */
async function byCitizen(text, [, words]) {
  const [{ body }, categories] = await Promise.all([api(`/case-search?q=${encodeURIComponent(text)}`), loadCategories().catch(() => [])]);
  if (body.items.length === 0) return { content: h('p', { className: 'alert alert-warning' }, `Nessuna pratica di un cittadino con questo ${words}, tra quelle che il tuo ruolo può vedere.`) };
  return { content: hitsTable(body.items, categories) };
}

function hitsTable(items, categories) {
  const labelOf = new Map(categories.map((c) => [c.code, c.label]));
  return h('div', { className: 'table-responsive' }, h('table', { className: 'table' },
    h('caption', {}, `${items.length} pratiche trovate${items.length === 50 ? ' (le 50 più recenti)' : ''}`),
    h('thead', {}, h('tr', {}, ['Protocollo', 'Categoria', 'Tipo', 'Canale', 'Settore', 'Stato', 'Ricevuta'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, items.map((hit) => h('tr', {},
      h('td', {}, h('a', { href: `#/case/${hit.caseId}` }, hit.reference)),
      h('td', {}, labelOf.get(hit.subject) ?? hit.subject ?? '—'), h('td', {}, label(KINDS, hit.kind)), h('td', {}, label(CHANNELS, hit.channel)),
      h('td', {}, hit.sectorName ?? 'URP'), h('td', {}, label(STATUSES, hit.status), hit.outcome ? ` — ${label(OUTCOMES, hit.outcome)}` : ''),
      h('td', {}, formatInstant(hit.receivedAt)))))));
}
