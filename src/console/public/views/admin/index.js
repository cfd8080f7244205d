// Administration, one page per subject with a tab bar: users and roles, sectors and their
// referents, the charter standards, the FAQ, the erasure of a citizen's personal data, the
// category catalogue and the channel policy. Every change goes
// through the API's command endpoints with Idempotency-Key and, where the resource has a
// revision, If-Match. (The catalogue and the channel policy come with issue 11's API.)
import { h, replace } from '../../dom.js';
import { usersPage } from './users.js';
import { sectorsPage } from './sectors.js';
import { standardsPage } from './standards.js';
import { faqPage } from './faq.js';
import { erasurePage } from './erasure.js';
import { categoriesPage } from './categories.js';
import { channelsPage } from './channels.js';

const PAGES = [
  ['users', 'Utenti e ruoli', usersPage],
  ['sectors', 'Settori e referenti', sectorsPage],
  ['standards', 'Carta della qualità', standardsPage],
  ['categories', 'Catalogo delle categorie', categoriesPage],
  ['channels', 'Canali e tipi di pratica', channelsPage],
  ['faq', 'Domande frequenti', faqPage],
  ['erasure', 'Cancellazione dati personali', erasurePage],
];

export function adminView(root, which) {
  const [id, title, page] = PAGES.find(([key]) => key === which) ?? PAGES[0];
  document.title = `${title} — Amministrazione — Console URP`;
  const body = h('div', {});
  replace(root,
    h('h1', { className: 'h2' }, 'Amministrazione'),
    h('nav', { className: 'admin-tabs mb-3', 'aria-label': 'Sezioni dell’amministrazione' },
      h('ul', {}, PAGES.map(([key, text]) => h('li', {}, h('a', { href: `#/admin/${key}`, className: `btn btn-sm ${key === id ? 'btn-primary' : 'btn-outline-primary'}`, 'aria-current': key === id ? 'page' : null }, text))))),
    h('h2', { className: 'h3', id: 'admin-page-title' }, title),
    body);
  return page(body);
}
