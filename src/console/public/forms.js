// Forms that send one command and show the API's refusals where they belong: a 400's
// violations next to each field they name, a 409/412/422 above the form with its code.
import { ApiError, idempotencyKeys } from './api.js';
import { h, replace, uniqueId } from './dom.js';

const CODE_MESSAGES = {
  PRECONDITION_FAILED: 'La pratica è cambiata nel frattempo (un’altra persona o il sistema vi ha agito): la pagina è stata aggiornata, controlla e riprova.',
  REVISION_MISMATCH: 'La pratica è cambiata nel frattempo: la pagina è stata aggiornata, controlla e riprova.',
  CONCURRENT_MODIFICATION: 'La pratica stava cambiando proprio ora: riprova.',
  VALIDATION_FAILED: 'Alcuni campi non sono validi: vedi le indicazioni accanto ai campi.',
};

/** The validation rules the API names, said in Italian (the API's own words otherwise). */
const RULE_MESSAGES = {
  isEmail: 'Indirizzo e-mail non valido.',
  isNotEmpty: 'Campo obbligatorio.',
  isDefined: 'Campo obbligatorio.',
  maxLength: 'Testo troppo lungo.',
  matches: 'Formato non valido.',
  isIn: 'Valore non ammesso.',
  isRomeDate: 'Data non valida (aaaa-mm-gg).',
  whitelistValidation: 'Campo non previsto.',
  minLength: 'Testo troppo corto.',
  isInt: 'Serve un numero intero.',
  isNumber: 'Serve un numero.',
  min: 'Valore troppo basso.',
  max: 'Valore troppo alto.',
  isIso8601: 'Data non valida (aaaa-mm-gg).',
  isCalendarDate: 'Data non valida (aaaa-mm-gg).',
  isUuid: 'Identificativo non valido.',
  sectorIdMatchesRole: 'Il settore va indicato per i referenti, e solo per loro.',
  arrayUnique: 'Ogni valore una volta sola.',
};

/** Where a domain refusal points, when it is about one field. */
const CODE_FIELDS = {
  EXTENSION_REASON_REQUIRED: 'reason',
  SECTOR_NOT_FOUND: 'sectorId',
  SECTOR_DISSOLVED: 'sectorId',
  SECTOR_SLUG_TAKEN: 'slug',
  SECTOR_NAME_UNCHANGED: 'name',
  STANDARD_CODE_TAKEN: 'code',
  STANDARD_EFFECTIVE_DATE_NOT_LATER: 'effectiveFrom',
  STANDARD_TARGET_MISMATCH: 'target.kind',
  INVALID_TARGET: 'target.kind',
  REFERENT_ALREADY_APPOINTED: 'userId',
  USERNAME_TAKEN: 'username',
};

/** Italian words for the domain refusals an administrator meets, so no English code is all they see. */
const DOMAIN_MESSAGES = {
  SECTOR_SLUG_TAKEN: 'Questa sigla è già usata da un altro settore.',
  SECTOR_NAME_UNCHANGED: 'Nome e sigla sono quelli di adesso: non c’è niente da cambiare.',
  SECTOR_DISSOLVED: 'Il settore è soppresso.',
  STANDARD_CODE_TAKEN: 'Questo codice è già usato da un altro standard.',
  STANDARD_EFFECTIVE_DATE_NOT_LATER: 'La data deve essere successiva a quella della versione in vigore.',
  STANDARD_TARGET_MISMATCH: 'Questo tipo di obiettivo non si addice a ciò che lo standard misura.',
  INVALID_TARGET: 'Obiettivo non valido per ciò che lo standard misura.',
  STANDARD_RETIRED: 'Lo standard è già ritirato.',
  REFERENT_ALREADY_APPOINTED: 'È già referente di questo settore.',
  REFERENT_NOT_APPOINTED: 'Non è referente di questo settore.',
  FAQ_RETIRED: 'La domanda è stata ritirata.',
  USERNAME_TAKEN: 'Questo nome utente è già in uso: scegline un altro.',
  SELF_DEACTIVATION: 'Non puoi disattivare il tuo account.',
  IDEMPOTENCY_KEY_REUSED: 'Questa richiesta è già stata inviata con dati diversi: ricarica la pagina.',
};

export function refusalText(error) {
  if (!(error instanceof ApiError)) return `Errore di rete: ${error.message}. Riprova: la richiesta non verrà registrata due volte.`;
  const code = error.body.code ?? (error.status === 412 ? 'PRECONDITION_FAILED' : undefined);
  const known = code && (CODE_MESSAGES[code] ?? DOMAIN_MESSAGES[code]);
  const detail = error.body.message && !known ? ` ${error.body.message}` : '';
  return `${known ?? `La richiesta è stata rifiutata (${error.status}${code ? `, ${code}` : ''}).`}${detail}`;
}

/**
 * fields: [{ name, label, type, options, required, value, help, min, max }]
 * submit(values, idempotencyKey) → a promise; onDone(result) after success.
 */
export function commandForm({ title, fields, submitLabel, submit, onDone, onRefused, description, danger, id: formId }) {
  const keyFor = idempotencyKeys();
  const alert = h('div', { role: 'alert', className: 'form-alert', 'aria-live': 'assertive' });
  const controls = new Map();
  const feedbacks = new Map();
  const rows = fields.map((field) => {
    const id = uniqueId(`f-${field.name.replace(/\W/g, '-')}`);
    const feedbackId = `${id}-error`;
    const helpId = field.help ? `${id}-help` : undefined;
    let control;
    const common = { id, name: field.name, required: field.required, 'aria-describedby': [helpId, feedbackId].filter(Boolean).join(' ') };
    if (field.type === 'checkboxes') {
      // A group: the label becomes the legend, each option its own labelled box.
      control = h('fieldset', { id, className: 'checkbox-group', 'aria-describedby': common['aria-describedby'] },
        h('legend', { className: 'form-label fs-6' }, field.label),
        field.options.map(([value, text], i) => h('div', { className: 'form-check form-check-inline' },
          h('input', { type: 'checkbox', id: `${id}-${i}`, name: field.name, value, className: 'form-check-input', checked: (field.value ?? []).includes(value) }),
          h('label', { for: `${id}-${i}`, className: 'form-check-label' }, text))));
      control.readValue = () => [...control.querySelectorAll('input:checked')].map((box) => box.value);
    } else if (field.type === 'select') {
      control = h('select', { ...common, className: 'form-select' },
        field.placeholder ? h('option', { value: '' }, field.placeholder) : null,
        field.options.map(([value, text]) => h('option', { value, selected: String(field.value ?? '') === String(value) }, text)));
    } else if (field.type === 'textarea') {
      control = h('textarea', { ...common, className: 'form-control', rows: field.rows ?? 3 });
      control.value = field.value ?? '';
    } else {
      control = h('input', { ...common, className: 'form-control', type: field.type ?? 'text', min: field.min, max: field.max, autocomplete: field.autocomplete ?? 'off', inputmode: field.inputmode });
      control.value = field.value ?? '';
    }
    controls.set(field.name, control);
    const feedback = h('div', { id: feedbackId, className: 'invalid-feedback' });
    feedbacks.set(field.name, feedback);
    return h('div', { className: 'mb-3', dataset: { field: field.name } },
      field.type === 'checkboxes' ? null : h('label', { for: id, className: 'form-label' }, field.label, field.required ? h('span', { className: 'text-danger', 'aria-hidden': 'true' }, ' *') : null),
      control,
      field.help ? h('div', { id: helpId, className: 'form-text' }, field.help) : null,
      feedback);
  });
  const button = h('button', { type: 'submit', className: `btn ${danger ? 'btn-danger' : 'btn-primary'}` }, submitLabel);
  const form = h('form', { className: 'command-form', novalidate: true, id: formId }, description ? h('p', { className: 'small' }, description) : null, alert, rows, button);

  function clearErrors() {
    replace(alert);
    alert.className = 'form-alert';
    for (const [name, control] of controls) {
      control.classList.remove('is-invalid');
      control.removeAttribute('aria-invalid');
      replace(feedbacks.get(name));
    }
  }

  function showFieldError(name, message) {
    const control = controls.get(name);
    if (!control) return false;
    control.classList.add('is-invalid');
    control.setAttribute('aria-invalid', 'true');
    const feedback = feedbacks.get(name);
    feedback.append(feedback.textContent ? ` ${message}` : message);
    return true;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors();
    const values = {};
    for (const field of fields) {
      const control = controls.get(field.name);
      // A field hidden because it does not apply (e.g. the sector of a non-referent) is not sent.
      if (control.closest('[hidden]')) continue;
      if (control.readValue) {
        const picked = control.readValue();
        if (picked.length) values[field.name] = picked;
        continue;
      }
      const raw = control.value.trim();
      if (raw === '') continue;
      values[field.name] = field.type === 'number' ? Number(raw) : raw;
    }
    button.disabled = true;
    button.textContent = 'Invio in corso…';
    try {
      const result = await submit(values, keyFor(values));
      onDone?.(result, values);
    } catch (error) {
      const violations = simplest(error instanceof ApiError && Array.isArray(error.body.violations) ? error.body.violations : [], values);
      const unplaced = violations.filter((v) => !showFieldError(v.field, v.rule === 'local' ? v.message : RULE_MESSAGES[v.rule] ?? v.message));
      const codeField = error instanceof ApiError ? CODE_FIELDS[error.body.code] : undefined;
      if (codeField && showFieldError(codeField, refusalText(error))) {
        // shown by its field
      } else {
        alert.className = 'form-alert alert alert-danger';
        alert.append(refusalText(error));
        if (unplaced.length) alert.append(h('ul', {}, unplaced.map((v) => h('li', {}, `${v.field}: ${v.message}`))));
      }
      const firstInvalid = form.querySelector('.is-invalid');
      (firstInvalid ?? alert).focus?.();
      onRefused?.(error);
    } finally {
      button.disabled = false;
      button.textContent = submitLabel;
    }
  });

  return title ? h('section', { className: 'card card-bg mb-3 action-card' }, h('div', { className: 'card-body' }, h('h3', { className: 'h5 card-title' }, title), form)) : form;
}

/** Reads a nested payload from dotted names: { 'citizen.email': x } → { citizen: { email: x } }. */
export function nested(values) {
  const out = {};
  for (const [name, value] of Object.entries(values)) {
    const parts = name.split('.');
    let target = out;
    for (const part of parts.slice(0, -1)) target = target[part] ??= {};
    target[parts.at(-1)] = value;
  }
  return out;
}

/** A refusal found before asking the server (a confirmation word, a choice not made), shown like the API's. */
export function localViolation(field, message, ...more) {
  const pairs = [[field, message], ...more];
  return new ApiError(400, { code: 'VALIDATION_FAILED', violations: pairs.map(([name, text]) => ({ field: name, rule: 'local', message: text })) });
}

/** A field left empty breaks every rule at once (required, type, length): say once that it is required. */
function simplest(violations, sent) {
  const said = new Set();
  return violations.flatMap((v) => {
    const empty = v.rule !== 'local' && !(v.field in sent);
    const shown = empty ? { ...v, rule: 'isNotEmpty' } : v;
    const key = `${shown.field}|${shown.rule === 'isNotEmpty' ? '' : shown.message}`;
    if (said.has(key)) return [];
    said.add(key);
    return [shown];
  });
}
