// The channel policy: which kinds of case each channel accepts (a complaint only in writing,
// social networks only for information, …). One decision per channel, from now on; cases
// already received keep the rule in force when they arrived.
import { api } from '../../api.js';
import { h, replace } from '../../dom.js';
import { commandForm } from '../../forms.js';
import { CHANNELS, KINDS, formatInstant } from '../../labels.js';
import { loadingError } from '../shared.js';
import { loadUntil, reloadWhenStale, rowAction, statusLine } from './common.js';

const KIND_OPTIONS = Object.entries(KINDS).filter(([k]) => k !== 'unclassified');

export function channelsPage(root) {
  const status = statusLine();
  const list = h('div', {});
  replace(root, h('p', {}, 'Quali tipi di pratica accetta ciascun canale. La regola vale da adesso: le pratiche già ricevute restano con la regola del giorno in cui sono arrivate.'), status.box, list);

  async function load(atLeast) {
    try {
      const { result: policy } = await loadUntil(() => api('/channel-policy').then((r) => r.body), (p) => atLeast === undefined || p.revision >= atLeast);
      const stale = reloadWhenStale(status, (revision) => load(revision));
      replace(list, h('div', { className: 'table-responsive' }, h('table', { className: 'table table-sm align-middle', id: 'channel-policy' },
        h('caption', { className: 'visually-hidden' }, 'Tipi di pratica accettati per canale'),
        h('thead', {}, h('tr', {}, ['Canale', 'Accetta', 'Regola', 'Azioni'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, policy.channels.map((rule) => h('tr', { dataset: { channel: rule.channel } },
          h('th', { scope: 'row' }, CHANNELS[rule.channel] ?? rule.channel),
          h('td', {}, rule.acceptedKinds.length ? rule.acceptedKinds.map((k) => KINDS[k] ?? k).join(', ') : h('span', { className: 'badge-inactive' }, 'nessuna pratica')),
          h('td', {}, rule.since ? `decisa il ${formatInstant(rule.since)}` : 'predefinita'),
          h('td', {}, rowAction(['Cambia', h('span', { className: 'visually-hidden' }, ` ${CHANNELS[rule.channel] ?? rule.channel}`)], commandForm({
            fields: [{ name: 'acceptedKinds', label: `Tipi di pratica accettati da ${CHANNELS[rule.channel] ?? rule.channel}`, type: 'checkboxes', options: KIND_OPTIONS, value: rule.acceptedKinds }],
            description: 'Nessun tipo scelto: il canale non accetta pratiche.',
            submitLabel: 'Salva la regola',
            // An empty choice is a decision too: the channel takes no case.
            submit: (values, key) => api(`/channel-policy/${rule.channel}`, { method: 'PUT', body: { acceptedKinds: values.acceptedKinds ?? [] }, idempotencyKey: key, ifMatch: policy.revision }),
            onRefused: stale,
            onDone: (result) => {
              status.done(`Regola di ${CHANNELS[rule.channel] ?? rule.channel} salvata.`);
              load(result.body.revision);
            },
          })))))))));
    } catch (error) {
      replace(list, loadingError(error));
    }
  }
  load();
}
