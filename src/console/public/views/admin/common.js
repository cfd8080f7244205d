// What the administration pages share: a status line after a change, a row's actions folded
// in <details>, and reading a list again until it shows the revision a command answered.
import { h, replace } from '../../dom.js';

/** A polite status line for "done" messages, and an alert for a failed load. */
export function statusLine() {
  const box = h('div', { className: 'admin-status', role: 'status', 'aria-live': 'polite' });
  return {
    box,
    done: (text) => replace(box, h('div', { className: 'alert alert-success' }, text)),
    warn: (text) => replace(box, h('div', { className: 'alert alert-warning' }, text)),
    clear: () => replace(box),
  };
}

/** A row's action, closed until asked for. */
export function rowAction(summary, content, { danger = false } = {}) {
  return h('details', { className: `row-action${danger ? ' row-action-danger' : ''}` }, h('summary', {}, summary), h('div', { className: 'row-action-body' }, content));
}

/**
 * Loads until `isFresh(result)` holds (a list read from a projection may trail the command
 * by a moment), at most about three seconds; answers the last result either way, with
 * `fresh` saying whether the list caught up.
 */
export async function loadUntil(load, isFresh) {
  let result = await load();
  for (let attempt = 0; attempt < 15 && !isFresh(result); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    result = await load();
  }
  return { result, fresh: isFresh(result) };
}

export const yesNo = (value) => (value ? 'sì' : 'no');

/** Shows the rows of `names` only while `applies(value of controlName)` holds (hidden rows are not sent). */
export function showWhen(form, controlName, names, applies) {
  const control = form.querySelector(`[name="${controlName}"]`);
  const rows = names.map((name) => form.querySelector(`[data-field="${name}"]`));
  const update = () => { for (const row of rows) row.hidden = !applies(control.value); };
  control.addEventListener('change', update);
  update();
  return update;
}

/**
 * What a form does when the server says the resource changed since the page showed it (412):
 * show the state as of the revision the server named and say so, so the administrator decides
 * again on what is true now. `reload(currentRevision)` reads the list until it shows it.
 */
export function reloadWhenStale(status, reload) {
  return (error) => {
    if (error.status !== 412) return;
    status.warn('Nel frattempo qualcuno ha modificato questo elemento: la pagina mostra ora lo stato aggiornato. Controlla e ripeti l’operazione se serve ancora.');
    reload(error.body.currentRevision ?? -1);
  };
}
