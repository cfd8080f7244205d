// The erasure of a citizen's personal data (GDPR art. 17), in three steps: find the citizen
// (from the reference of one of their cases, or by e-mail, phone or fiscal code, which the
// case search matches through keyed blind indexes), give the legal reason, confirm. The key of the citizen's
// data is destroyed: counts, dates and times stay, names, contacts and texts cannot be read.
import { api } from '../../api.js';
import { h, replace } from '../../dom.js';
import { commandForm, localViolation } from '../../forms.js';
import { REFERENCE_PATTERN, formatInstant } from '../../labels.js';
import { loadUntil, statusLine } from './common.js';

const CONFIRM_WORD = 'CANCELLA';

export function erasurePage(root) {
  const status = statusLine();
  const found = h('div', { 'aria-live': 'polite' });
  const finder = commandForm({
    id: 'erasure-find',
    description: 'Passo 1 di 3 — trova il cittadino. Scrivi il protocollo di una sua pratica (la cancellazione vale per tutte le sue pratiche), oppure il suo indirizzo e-mail, telefono o codice fiscale.',
    fields: [{ name: 'who', label: 'Protocollo, e-mail, telefono o codice fiscale', required: true, help: 'Ad esempio URP-2026-000123 oppure mario.rossi@example.it.' }],
    submitLabel: 'Trova il cittadino',
    submit: async ({ who = '' }) => {
      replace(found);
      status.clear();
      const reference = REFERENCE_PATTERN.exec(who)?.[0].toUpperCase();
      return reference ? citizenOfCase(reference) : lookUpCitizen(who);
    },
    onDone: (citizen) => replace(found, citizen ? confirmStep(citizen, status) : h('p', { className: 'alert alert-info' }, 'La pratica è anonima: non ci sono dati personali da cancellare.')),
  });
  replace(root,
    h('p', {}, 'Conteggi, date e tempi delle pratiche restano per le relazioni; nome, recapiti e testi scritti dal cittadino non si potranno più leggere. L’operazione non si annulla.'),
    status.box, finder, found);
}

/** The citizen behind a case, from the case's first event (the pseudonymous citizen id). */
async function citizenOfCase(reference) {
  // A case registered a moment ago may not be in the search projection yet: give it a few seconds.
  const { result: search } = await loadUntil(() => api(`/case-search?q=${encodeURIComponent(reference)}`).then((r) => r.body), (body) => body.items.length === 1);
  if (search.items.length !== 1) throw localViolation('who', `Nessuna pratica con il protocollo ${reference}.`);
  const caseId = search.items[0].caseId;
  const [{ body: file }, { body: events }] = await Promise.all([api(`/cases/${caseId}`), api(`/cases/${caseId}/events`)]);
  const citizenId = events.find((e) => e.type === 'CaseReceived')?.data?.citizenId;
  if (!citizenId) return null;
  const c = file.personalData?.citizen ?? {};
  return { citizenId, fullName: c.fullName, contact: c.email ?? c.phone, erased: file.personalData?.erased === true, cases: [file.reference] };
}

/** By e-mail, phone or fiscal code: the case search matches them through keyed blind indexes, then the citizen of the newest case. */
async function lookUpCitizen(text) {
  const value = text.trim();
  if (value.length < 3) throw localViolation('who', 'Scrivi un protocollo (URP-2026-000123), un indirizzo e-mail, un telefono o un codice fiscale.');
  const { body } = await api(`/case-search?q=${encodeURIComponent(value)}`);
  if (body.items.length === 0) throw localViolation('who', 'Nessuna pratica di un cittadino con questo recapito o codice fiscale.');
  const citizen = await citizenOfCase(body.items[0].reference);
  return citizen && { ...citizen, cases: body.items.map((hit) => hit.reference) };
}

function confirmStep(citizen, status) {
  const box = h('section', { className: 'card card-bg border-danger', 'aria-labelledby': 'erasure-citizen' });
  if (citizen.erased) {
    return replace(box, h('div', { className: 'card-body' }, h('h3', { className: 'h5', id: 'erasure-citizen' }, 'Dati già cancellati'),
      h('p', { className: 'mb-0' }, 'I dati personali di questo cittadino sono già stati cancellati: non c’è altro da fare.')));
  }
  return replace(box, h('div', { className: 'card-body' },
    h('h3', { className: 'h5', id: 'erasure-citizen' }, 'Passo 2 di 3 — il cittadino'),
    h('dl', { className: 'row facts', id: 'erasure-who' },
      h('dt', { className: 'col-sm-4' }, 'Nome e cognome'), h('dd', { className: 'col-sm-8' }, citizen.fullName ?? '—'),
      h('dt', { className: 'col-sm-4' }, 'Recapito'), h('dd', { className: 'col-sm-8' }, citizen.contact ?? '—'),
      citizen.cases.length ? [h('dt', { className: 'col-sm-4' }, citizen.cases.length === 1 ? 'Pratica trovata' : 'Pratiche trovate'), h('dd', { className: 'col-sm-8' }, citizen.cases.join(', '))] : null),
    h('h3', { className: 'h5' }, 'Passo 3 di 3 — motivo e conferma'),
    commandForm({
      id: 'erasure-confirm',
      fields: [
        { name: 'legalReason', label: 'Motivo giuridico', type: 'textarea', required: true, help: 'Resta nel registro delle cancellazioni. Ad esempio: richiesta dell’interessato ex art. 17 GDPR, prot. n. 12345/2026.' },
        { name: 'confirm', label: `Per confermare scrivi ${CONFIRM_WORD}`, required: true, help: `In maiuscolo. Dopo la conferma i dati di ${citizen.fullName ?? 'questo cittadino'} non si potranno più leggere.` },
      ],
      danger: true,
      submitLabel: 'Cancella definitivamente i dati personali',
      submit: (values, key) => {
        if (values.confirm !== CONFIRM_WORD) {
          const missingReason = values.legalReason ? [] : [['legalReason', 'Campo obbligatorio: il motivo resta nel registro.']];
          return Promise.reject(localViolation('confirm', `Scrivi ${CONFIRM_WORD} in maiuscolo per confermare.`, ...missingReason));
        }
        return api(`/citizens/${citizen.citizenId}/erasure`, { method: 'POST', body: { legalReason: values.legalReason }, idempotencyKey: key });
      },
      onDone: (result) => {
        replace(box, h('div', { className: 'card-body' }, h('h3', { className: 'h5', id: 'erasure-citizen' }, 'Cancellazione eseguita'),
          h('p', { className: 'mb-0' }, `Cancellazione registrata il ${formatInstant(result.body.erasedAt)} con il motivo: “${result.body.legalReason}”.`)));
        status.done('Dati personali cancellati: la cancellazione è registrata con il suo motivo.');
      },
    })));
}

