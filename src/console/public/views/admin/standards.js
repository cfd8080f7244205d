// The charter standards (Carta della qualità): adopt a new one, revise one from a date (the
// earlier version keeps applying until the day before), retire one. The yearly report
// measures each year against the versions in force that year.
import { api } from '../../api.js';
import { h, replace } from '../../dom.js';
import { commandForm } from '../../forms.js';
import { KINDS, formatDate } from '../../labels.js';
import { loadingError } from '../shared.js';
import { loadUntil, reloadWhenStale, rowAction, showWhen, statusLine } from './common.js';

export const MEASURES = {
  final_reply_days: 'Giorni per la risposta finale',
  take_charge_days: 'Giorni per la presa in carico del settore',
  survey_answer_rate: 'Quota di cittadini che rispondono al questionario',
  survey_positive_share: 'Quota di giudizi positivi nel questionario',
};
const TARGETS = { max_days: 'Entro un numero di giorni', immediate: 'Immediata', at_counter: 'A vista allo sportello', min_share: 'Almeno una percentuale' };

export function targetWords(target) {
  if (!target) return '—';
  if (target.kind === 'max_days') return target.days === 0 ? 'in giornata' : `entro ${target.days} ${target.days === 1 ? 'giorno' : 'giorni'}`;
  if (target.kind === 'min_share') return `almeno il ${target.percent.toLocaleString('it-IT')}%`;
  return TARGETS[target.kind]?.toLowerCase() ?? target.kind;
}

export function standardsPage(root) {
  const status = statusLine();
  const list = h('div', {});
  const adopt = h('section', { className: 'card card-bg mt-4', 'aria-labelledby': 'adopt-title' });
  replace(root, h('p', {}, 'Gli impegni pubblicati nella Carta della qualità dei servizi. Una revisione vale da una data: la versione precedente resta in vigore fino al giorno prima, e la relazione di ogni anno misura con gli standard di quell’anno.'), status.box, list, adopt);

  const changed = (message) => (result) => {
    status.done(message);
    load((standards) => standards.some((s) => s.id === result.body.id && s.revision >= result.body.revision));
  };

  async function load(waitFor) {
    try {
      const { result } = await loadUntil(() => api('/charter/standards').then((r) => r.body), waitFor ?? (() => true));
      const staleFor = (standard) => reloadWhenStale(status, (revision) => load((all) => all.some((x) => x.id === standard.id && x.revision >= revision)));
      replace(list, h('div', {}, result.map((s) => standardCard(s, changed, staleFor(s)))));
    } catch (error) {
      replace(list, loadingError(error));
    }
  }

  const form = commandForm({
    id: 'adopt-standard',
    fields: [
      { name: 'code', label: 'Codice nella Carta', required: true, help: 'Ad esempio URP-07.' },
      { name: 'service', label: 'Servizio', required: true, help: 'Ad esempio Gestione segnalazioni, reclami e suggerimenti.' },
      { name: 'indicator', label: 'Indicatore, come lo si pubblica', type: 'textarea', required: true },
      { name: 'measure', label: 'Che cosa si misura', type: 'select', options: Object.entries(MEASURES), required: true },
      ...targetFields(),
      { name: 'appliesTo', label: 'Tipi di pratica a cui si applica (nessuno scelto: tutti)', type: 'checkboxes', options: Object.entries(KINDS).filter(([k]) => k !== 'unclassified') },
      { name: 'effectiveFrom', label: 'In vigore dal', type: 'date', required: true },
    ],
    submitLabel: 'Adotta lo standard',
    submit: (values, key) => api('/charter/standards', { method: 'POST', body: standardBody(values), idempotencyKey: key }),
    onDone: (result) => {
      form.reset();
      updateTarget();
      changed(`Standard ${result.body.code} adottato, in vigore dal ${formatDate(result.body.versions[0].effectiveFrom)}.`)(result);
    },
  });
  const updateTarget = targetToggle(form);
  replace(adopt, h('div', { className: 'card-body' }, h('h3', { id: 'adopt-title', className: 'h4 card-title' }, 'Adotta un nuovo standard'), form));
  load();
}

function targetFields(current) {
  return [
    { name: 'target.kind', label: 'Obiettivo', type: 'select', options: Object.entries(TARGETS), value: current?.kind ?? 'max_days', required: true,
      help: 'Per i tempi: giorni, immediata o a vista; per il questionario: una percentuale.' },
    { name: 'target.days', label: 'Giorni di calendario', type: 'number', min: 1, max: 3650, value: current?.days, help: 'Almeno 1; per una risposta in giornata scegli «Immediata».' },
    { name: 'target.percent', label: 'Percentuale (0-100)', type: 'number', min: 0, max: 100, value: current?.percent },
  ];
}

const targetToggle = (form) => {
  const days = showWhen(form, 'target.kind', ['target.days'], (kind) => kind === 'max_days');
  const percent = showWhen(form, 'target.kind', ['target.percent'], (kind) => kind === 'min_share');
  return () => { days(); percent(); };
};

/** The form's flat values as the API's body: the target nested, the kinds a list. */
function standardBody(values) {
  const body = {};
  const target = {};
  for (const [name, value] of Object.entries(values)) {
    if (name.startsWith('target.')) target[name.slice(7)] = value;
    else body[name] = value;
  }
  return Object.keys(target).length ? { ...body, target } : body;
}

function standardCard(s, changed, stale) {
  const current = s.inForce ?? s.versions.at(-1);
  const call = (path) => (values, key) => api(`/charter/standards/${s.id}${path}`, { method: 'POST', body: standardBody(values), idempotencyKey: key, ifMatch: s.revision });
  const titleId = `standard-${s.id}`;
  let reviseForm = null;
  if (!s.retiredFrom) {
    reviseForm = commandForm({
      description: 'La nuova versione vale dalla data indicata; quella di adesso resta in vigore fino al giorno prima.',
      fields: [
        { name: 'indicator', label: 'Nuovo testo dell’indicatore', type: 'textarea', required: true, value: current?.indicator },
        ...targetFields(current?.target),
        { name: 'effectiveFrom', label: 'In vigore dal', type: 'date', required: true },
      ],
      submitLabel: `Rivedi ${s.code}`,
      submit: call('/revisions'),
      onRefused: stale,
      onDone: (result) => changed(`Standard ${s.code} rivisto: la nuova versione vale dal ${formatDate(result.body.versions.at(-1).effectiveFrom)}.`)(result),
    });
    targetToggle(reviseForm);
  }
  return h('section', { className: 'card mb-3 standard-card', 'aria-labelledby': titleId, dataset: { code: s.code } }, h('div', { className: 'card-body' },
    h('h3', { className: 'h5 card-title', id: titleId }, `${s.code} — ${s.service}`, s.retiredFrom ? h('span', { className: 'sector-state sector-state-dissolved ms-2' }, `ritirato dal ${formatDate(s.retiredFrom)}`) : null),
    h('p', { className: 'mb-1' }, s.inForce
      ? [h('strong', {}, 'In vigore oggi: '), `${current.indicator} (${targetWords(current.target)})`]
      : [h('strong', {}, 'Oggi non in vigore. '), current ? `Ultima versione, dal ${formatDate(current.effectiveFrom)}: ${current.indicator} (${targetWords(current.target)})` : '']),
    h('p', { className: 'small mb-2' }, `Misura: ${MEASURES[s.measure] ?? s.measure} · si applica a: ${s.appliesTo ? s.appliesTo.map((k) => KINDS[k] ?? k).join(', ') : 'tutte le pratiche'}`),
    h('div', { className: 'table-responsive' }, h('table', { className: 'table table-sm versions' },
      h('caption', { className: 'visually-hidden' }, `Versioni di ${s.code}`),
      h('thead', {}, h('tr', {}, ['Dal', 'Al', 'Indicatore', 'Obiettivo'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, s.versions.map((v) => h('tr', {}, h('td', {}, formatDate(v.effectiveFrom)), h('td', {}, v.until ? formatDate(v.until) : 'in corso'), h('td', {}, v.indicator), h('td', {}, targetWords(v.target))))))),
    s.retiredFrom ? null : h('div', { className: 'sector-actions' },
      rowAction(`Rivedi ${s.code}`, reviseForm),
      rowAction(`Ritira ${s.code}`, commandForm({
        description: 'Dalla data indicata lo standard non si applica più; gli anni precedenti restano misurati con esso.',
        fields: [{ name: 'effectiveFrom', label: 'Non più in vigore dal', type: 'date', required: true }],
        submitLabel: `Ritira ${s.code}`,
        danger: true,
        submit: call('/retirement'),
        onRefused: stale,
        onDone: (result) => changed(`Standard ${s.code} ritirato dal ${formatDate(result.body.retiredFrom)}.`)(result),
      }), { danger: true }))));
}
