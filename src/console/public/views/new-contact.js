// The counter and phone form: few fields, the channel first, the category from the office's
// catalogue (it proposes the sector), then straight to routing.
import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { commandForm, nested } from '../forms.js';
import { CHANNELS, KINDS } from '../labels.js';
import { categoryHint, loadCategories, loadingError } from './shared.js';

export function newContactView(root) {
  document.title = 'Nuovo contatto — Console URP';
  const box = h('div', { className: 'col-lg-8' }, h('p', {}, 'Caricamento del catalogo…'));
  replace(root,
    h('h1', { className: 'h2' }, 'Nuovo contatto allo sportello o al telefono'),
    h('p', {}, 'Registra la richiesta mentre parli con il cittadino: il protocollo viene assegnato subito. Segnalazioni, reclami e suggerimenti non possono essere anonimi.'),
    box);
  loadCategories().then((categories) => {
    const form = commandForm({
      fields: [
        { name: 'channel', label: 'Canale', type: 'select', options: ['phone', 'counter', 'toll_free', 'email', 'pec', 'postal_mail', 'web', 'mayor_line', 'whatsapp', 'facebook'].map((k) => [k, CHANNELS[k]]), value: 'phone', required: true },
        { name: 'kind', label: 'Tipo', type: 'select', placeholder: 'Da classificare in seguito', options: Object.entries(KINDS).filter(([k]) => k !== 'unclassified') },
        { name: 'category', label: 'Categoria', type: 'select', placeholder: 'Da classificare in seguito', options: categories.map((c) => [c.code, c.label]), help: 'Propone il settore a cui assegnare la pratica.' },
        { name: 'description', label: 'Cosa chiede o segnala il cittadino', type: 'textarea', rows: 4, required: true },
        { name: 'location', label: 'Luogo (se serve)' },
        { name: 'citizen.fullName', label: 'Nome e cognome', autocomplete: 'off' },
        { name: 'citizen.phone', label: 'Telefono', inputmode: 'tel' },
        { name: 'citizen.email', label: 'E-mail', type: 'email' },
        { name: 'citizen.fiscalCode', label: 'Codice fiscale' },
      ],
      submitLabel: 'Registra il contatto',
      submit: (values, key) => api('/cases', { method: 'POST', body: nested(values), idempotencyKey: key }),
      onDone: (result) => {
        location.hash = `#/case/${result.body.id}?rev=${result.body.revision}&flash=${encodeURIComponent(`Contatto registrato con il protocollo ${result.body.reference}. Ora assegnalo al settore competente.`)}`;
      },
    });
    categoryHint(form, categories);
    replace(box, form);
    form.querySelector('select')?.focus();
  }).catch((error) => replace(box, loadingError(error)));
}
