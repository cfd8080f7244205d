import { api } from '../api.js';
import { h } from '../dom.js';
import { KINDS, SLA, slaWords } from '../labels.js';

let sectorsPromise = null;
/** The sectors (id → name), loaded once per session page. */
export function loadSectors() {
  sectorsPromise ??= api('/sectors').then((r) => (Array.isArray(r.body) ? r.body : r.body.items ?? [])).catch((e) => { sectorsPromise = null; throw e; });
  return sectorsPromise;
}

export function slaBadge(slaState, daysLeft) {
  if (!slaState) return h('span', { className: 'sla sla-none' }, 'Termine non più in corso');
  const sla = SLA[slaState];
  const words = slaWords(slaState, daysLeft);
  return h('span', { className: `sla ${sla.css}` }, sla.label, words ? ` · ${words}` : '');
}

export function liveStamp() {
  return h('p', { className: 'live', 'aria-live': 'polite' });
}

export function markUpdated(stamp, what = 'Aggiornato') {
  stamp.textContent = `${what} alle ${new Date().toLocaleTimeString('it-IT', { timeZone: 'Europe/Rome' })} · si aggiorna da solo`;
}

export function loadingError(error) {
  return h('div', { className: 'alert alert-danger', role: 'alert' }, `Impossibile caricare i dati: ${error.message}`);
}

/** The categories of the catalogue that take cases today (read each time: an admin may have just changed them). */
export function loadCategories() {
  return api('/categories').then((r) => r.body.items);
}

/** Under a form's category select: the kinds the chosen category takes and the sector it proposes. */
export function categoryHint(form, categories) {
  const select = form.querySelector('select[name="category"]');
  const help = select && form.querySelector(`#${select.id}-help`);
  if (!help) return;
  const initial = help.textContent;
  const update = () => {
    const chosen = categories.find((c) => c.code === select.value);
    help.textContent = chosen
      ? `Accetta: ${chosen.kinds.map((k) => KINDS[k] ?? k).join(', ')} · settore proposto: ${chosen.defaultSectorName ?? 'nessuno, risponde l’URP'}.`
      : initial;
  };
  select.addEventListener('change', update);
  update();
}
