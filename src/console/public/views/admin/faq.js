// The FAQ the portal shows: publish a question and its answer, rewrite one, retire one. The
// list is a projection, so after a command the page waits for the entry's new revision and,
// if the projection is slow, shows the entry as the command answered it.
import { api } from '../../api.js';
import { h, replace } from '../../dom.js';
import { commandForm } from '../../forms.js';
import { formatInstant } from '../../labels.js';
import { loadingError } from '../shared.js';
import { loadUntil, reloadWhenStale, rowAction, statusLine } from './common.js';

export function faqPage(root) {
  const status = statusLine();
  const list = h('div', {});
  const publish = h('section', { className: 'card card-bg mb-4', 'aria-labelledby': 'publish-title' });
  replace(root, h('p', {}, 'Le domande frequenti pubblicate sul portale dei cittadini. Una domanda ritirata non si vede più sul portale, ma resta qui.'), status.box, publish, list);

  const changed = (message) => (result) => {
    status.done(message);
    load(result.body);
  };

  async function load(answered) {
    try {
      const isFresh = (items) => !answered || items.some((e) => e.faqId === answered.faqId && e.revision >= answered.revision);
      const { result: items, fresh } = await loadUntil(() => api('/faq').then((r) => r.body.items), isFresh);
      // The command's own answer stands in for a projection that has not caught up yet.
      const shown = fresh || !answered || answered.fromServer ? items : [{ ...answered, updatedAt: null }, ...items.filter((e) => e.faqId !== answered.faqId)];
      const staleFor = (entry) => reloadWhenStale(status, (revision) => load({ faqId: entry.faqId, revision, fromServer: true }));
      const published = shown.filter((e) => e.status === 'published');
      const retired = shown.filter((e) => e.status === 'retired');
      replace(list,
        h('h3', { className: 'h4' }, `Pubblicate (${published.length})`),
        published.length ? published.map((e) => faqCard(e, changed, staleFor(e))) : h('p', {}, 'Nessuna domanda pubblicata.'),
        retired.length ? [h('h3', { className: 'h4 mt-4' }, `Ritirate (${retired.length})`), retired.map((e) => faqCard(e, changed, staleFor(e)))] : null);
    } catch (error) {
      replace(list, loadingError(error));
    }
  }

  const form = commandForm({
    id: 'publish-faq',
    fields: faqFields(),
    submitLabel: 'Pubblica sul portale',
    submit: (values, key) => api('/faq', { method: 'POST', body: values, idempotencyKey: key }),
    onDone: (result) => {
      form.reset();
      changed('Domanda pubblicata sul portale.')(result);
    },
  });
  replace(publish, h('div', { className: 'card-body' }, h('details', {}, h('summary', { className: 'h5 card-title', id: 'publish-title' }, 'Pubblica una nuova domanda'), form)));
  load();
}

function faqFields(entry) {
  return [
    { name: 'question', label: 'Domanda, come la farebbe un cittadino', required: true, value: entry?.question, help: 'Al massimo 300 caratteri.' },
    { name: 'answer', label: 'Risposta', type: 'textarea', rows: 5, required: true, value: entry?.answer, help: 'Al massimo 5000 caratteri; testo semplice.' },
  ];
}

function faqCard(entry, changed, stale) {
  const call = (path) => (values, key) => api(`/faq/${entry.faqId}${path}`, { method: 'POST', body: values, idempotencyKey: key, ifMatch: entry.revision });
  const titleId = `faq-${entry.faqId}`;
  return h('section', { className: `card mb-2 faq-card${entry.status === 'retired' ? ' dissolved' : ''}`, 'aria-labelledby': titleId, dataset: { faqId: entry.faqId } }, h('div', { className: 'card-body py-2' },
    h('h4', { className: 'h6 card-title mb-1', id: titleId }, entry.question),
    h('p', { className: 'entry-text small mb-1' }, entry.answer),
    h('p', { className: 'small text-muted-strong mb-1' }, entry.updatedAt ? `Ultima modifica ${formatInstant(entry.updatedAt)} · revisione ${entry.revision}` : `Appena modificata · revisione ${entry.revision}`),
    entry.status === 'retired' ? null : h('div', { className: 'sector-actions' },
      rowAction('Riscrivi', commandForm({ fields: faqFields(entry), submitLabel: 'Salva la nuova versione', submit: call('/revision'), onRefused: stale, onDone: changed('Domanda aggiornata sul portale.') })),
      rowAction('Ritira dal portale', commandForm({
        description: 'La domanda non si vedrà più sul portale.',
        fields: [],
        submitLabel: 'Ritira la domanda',
        danger: true,
        submit: call('/retirement'),
        onRefused: stale,
        onDone: changed('Domanda ritirata dal portale.'),
      }), { danger: true }))));
}
