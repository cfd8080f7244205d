// Users and roles: every account with its role and sector, deactivation, and a new account.
// A new referent is also appointed to their sector in the same step, so routings reach them.
import { api, currentSession } from '../../api.js';
import { h, replace } from '../../dom.js';
import { commandForm } from '../../forms.js';
import { ROLES } from '../../labels.js';
import { loadingError } from '../shared.js';
import { loadUntil, rowAction, showWhen, statusLine, yesNo } from './common.js';

export function usersPage(root) {
  const status = statusLine();
  const list = h('div', {});
  const create = h('section', { className: 'card card-bg mt-4', 'aria-labelledby': 'new-user-title' });
  replace(root, h('p', {}, 'Chi può accedere alla console e con quale ruolo. Un utente disattivato non può più accedere; la sua storia resta.'), status.box, list, create);

  let sectors = [];
  async function load(waitFor) {
    try {
      const [{ result: users }, { body: sectorList }] = await Promise.all([
        loadUntil(() => api('/users').then((r) => r.body), waitFor ?? (() => true)),
        api('/sectors'),
      ]);
      sectors = sectorList;
      replace(list, usersTable(users, sectors, { onChange: load, status }));
      if (!create.firstChild) replace(create, h('div', { className: 'card-body' }, h('h3', { id: 'new-user-title', className: 'h4 card-title' }, 'Nuovo utente'), newUserForm(sectors, { onChange: load, status })));
    } catch (error) {
      replace(list, loadingError(error));
    }
  }
  load();
}

function usersTable(users, sectors, { onChange, status }) {
  const sectorName = new Map(sectors.map((s) => [s.id, s.name]));
  const me = currentSession().userId;
  const sorted = [...users].sort((a, b) => Number(b.active) - Number(a.active) || a.username.localeCompare(b.username));
  return h('div', { className: 'table-responsive' }, h('table', { className: 'table table-sm align-middle', id: 'users' },
    h('caption', { className: 'visually-hidden' }, 'Utenti della console'),
    h('thead', {}, h('tr', {}, ['Nome utente', 'Nome', 'Ruolo', 'Settore', 'Attivo', 'Azioni'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, sorted.map((u) => h('tr', { dataset: { username: u.username }, className: u.active ? '' : 'inactive' },
      h('th', { scope: 'row' }, u.username),
      h('td', {}, u.displayName),
      h('td', {}, ROLES[u.role] ?? u.role),
      h('td', {}, u.sectorId ? sectorName.get(u.sectorId) ?? '—' : '—'),
      h('td', {}, u.active ? yesNo(true) : h('span', { className: 'badge-inactive' }, 'no, disattivato')),
      h('td', {}, !u.active || u.id === me ? (u.id === me ? 'il tuo account' : '—') : rowAction(['Disattiva', h('span', { className: 'visually-hidden' }, ` ${u.username}`)], commandForm({
        description: `${u.displayName} non potrà più accedere; le sessioni aperte vengono chiuse. L’operazione non si annulla da qui.`,
        fields: [{ name: 'reason', label: 'Motivo (facoltativo)', help: 'Ad esempio: trasferito ad altro ente.' }],
        submitLabel: `Disattiva ${u.username}`,
        danger: true,
        submit: (values, key) => api(`/users/${u.id}/deactivation`, { method: 'POST', body: values, idempotencyKey: key }),
        onDone: () => {
          status.done(`Utente ${u.username} disattivato.`);
          onChange((list) => list.some((x) => x.id === u.id && !x.active));
        },
      }), { danger: true })))))));
}

function newUserForm(sectors, { onChange, status }) {
  const active = sectors.filter((s) => !s.dissolved);
  const form = commandForm({
    id: 'new-user',
    fields: [
      { name: 'username', label: 'Nome utente', required: true, help: 'Da 3 a 64 caratteri: lettere minuscole, cifre, ".", "_" o "-"; inizia con una lettera. Ad esempio mrossi.' },
      { name: 'displayName', label: 'Nome e cognome', required: true },
      { name: 'password', label: 'Password iniziale', type: 'password', required: true, autocomplete: 'new-password', help: 'Almeno 8 caratteri. Comunicala di persona all’interessato, non per e-mail.' },
      { name: 'role', label: 'Ruolo', type: 'select', options: Object.entries(ROLES), required: true },
      { name: 'sectorId', label: 'Settore del referente', type: 'select', placeholder: 'Scegli il settore', options: active.map((s) => [s.id, s.name]), required: true },
      { name: 'email', label: 'E-mail di lavoro del referente', type: 'email', help: 'Facoltativa: vi arrivano le assegnazioni e i solleciti del settore.' },
    ],
    submitLabel: 'Crea l’utente',
    submit: async (values, key) => {
      const { email, ...user } = values;
      const created = await api('/users', { method: 'POST', body: user, idempotencyKey: key });
      if (user.role !== 'referent') return { created };
      // The sector's list of referents is what routings and reminders are sent to.
      const sector = active.find((s) => s.id === user.sectorId);
      const appointment = await api(`/sectors/${sector.id}/referents`, {
        method: 'POST',
        body: { userId: created.body.id, displayName: user.displayName, ...(email ? { email } : {}) },
        idempotencyKey: `${key}-appoint`,
        ifMatch: sector.revision,
      }).then(() => null, (error) => error);
      return { created, sector, appointment };
    },
    onDone: ({ created, sector, appointment }) => {
      const u = created.body;
      status.done(sector
        ? (appointment ? `Utente ${u.username} creato, ma non è stato aggiunto ai referenti di ${sector.name} (${appointment.message}): aggiungilo da "Settori e referenti".` : `Utente ${u.username} creato e aggiunto ai referenti di ${sector.name}.`)
        : `Utente ${u.username} creato come ${ROLES[u.role]}.`);
      form.reset();
      showReferentFields();
      onChange((list) => list.some((x) => x.id === u.id));
    },
  });
  const showReferentFields = showWhen(form, 'role', ['sectorId', 'email'], (role) => role === 'referent');
  return form;
}
