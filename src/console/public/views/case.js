// A case file: where it stands, the Italian timeline, the citizen's data as the role
// allows, and the actions the case allows now. Each action is one command with an
// Idempotency-Key and If-Match (the revision shown); after it, the page waits until the
// read model has caught up with the command's revision, so it never shows the old state.
import { api, currentSession, openDocument } from '../api.js';
import { h, replace } from '../dom.js';
import { commandForm } from '../forms.js';
import { CHANNELS, KINDS, OUTCOMES, STATUSES, formatDate, formatInstant, label } from '../labels.js';
import { categoryHint, loadCategories, loadSectors, loadingError, slaBadge } from './shared.js';

const REPLY_CHANNELS = ['email', 'pec', 'phone', 'counter', 'postal_mail', 'web'];
const channelOptions = (keys = REPLY_CHANNELS) => keys.map((k) => [k, CHANNELS[k]]);

export function caseView(root, caseId, params) {
  let stopped = false;
  let file = null;
  let categories = [];
  const categoriesLoaded = loadCategories().catch(() => []);
  const flash = params.get('flash');

  async function load(minRevision = -1, message = null, warning = null) {
    try {
      let body;
      // The read model follows the log a moment later: after a command, wait for its revision
      // (a case just registered may not be there at all yet), rather than show an old state.
      for (let attempt = 0; ; attempt++) {
        try {
          ({ body } = await api(`/cases/${caseId}`));
        } catch (error) {
          if (error.status !== 404 || minRevision < 0 || attempt >= 150) throw error;
          body = null;
        }
        if ((body && body.revision >= minRevision) || attempt >= 150) break;
        if (attempt === 3 && !file) replace(root, h('p', { role: 'status' }, 'Aggiornamento della pratica in corso…'));
        await new Promise((r) => setTimeout(r, 200));
      }
      if (!body) throw Object.assign(new Error('not found'), { status: 404 });
      categories = await categoriesLoaded;
      if (stopped) return;
      file = body;
      render(message, warning);
    } catch (error) {
      if (!stopped) replace(root, h('h1', { className: 'h2' }, 'Pratica'), error.status === 404 ? h('div', { className: 'alert alert-warning' }, 'Pratica non trovata, o non assegnata al tuo settore.') : loadingError(error));
    }
  }

  function done(actionLabel) {
    return (result) => load(result.body.revision, `${actionLabel}: fatto. La pratica è ora alla revisione ${result.body.revision}.`);
  }

  // Someone else changed the case since it was shown: show the new state, say so, let the user decide again.
  function refused(error) {
    if (error.status === 412) load(error.body.currentRevision ?? -1, null, 'La pratica è cambiata nel frattempo: ecco lo stato aggiornato. Controlla e ripeti l’azione se serve ancora.');
  }

  async function command(path, values, key) {
    return api(`/cases/${caseId}/${path}`, { method: 'POST', body: values, idempotencyKey: key, ifMatch: file.revision });
  }

  function render(message, warning) {
    document.title = `${file.reference} — Console URP`;
    const actions = actionsFor(file, currentSession().user, { command, done, refused, categories });
    replace(root,
      h('nav', { 'aria-label': 'Percorso' }, h('a', { href: currentSession().user.role === 'referent' ? '#/inbox' : '#/queue' }, currentSession().user.role === 'referent' ? '‹ Pratiche del settore' : '‹ Coda delle pratiche')),
      h('h1', { className: 'h2 mt-2' }, `Pratica ${file.reference}`),
      warning ? h('div', { className: 'alert alert-warning', role: 'alert' }, warning) : null,
      !warning && (message || flash) ? h('div', { className: 'alert alert-success', role: 'status' }, message ?? flash) : null,
      h('div', { className: 'row' },
        h('div', { className: 'col-lg-7' }, summaryCard(file, categories), personalCard(file.personalData), attachmentsCard(file, currentSession().user), timelineCard(file)),
        h('div', { className: 'col-lg-5' }, h('h2', { className: 'h4' }, 'Azioni possibili ora'), actions.length ? actions : h('p', { className: 'alert alert-info' }, readOnlyNote(file, currentSession().user)))));
  }

  load(Number(params.get('rev') ?? -1));
  return () => { stopped = true; };
}

function readOnlyNote(file, user) {
  if (['manager', 'auditor', 'admin'].includes(user.role)) return 'Il tuo ruolo consulta le pratiche ma non vi agisce.';
  if (file.status === 'closed') return 'La pratica è chiusa.';
  return 'Nessuna azione possibile per te in questo momento.';
}

function summaryCard(file, categories) {
  const category = categories.find((c) => c.code === file.subject);
  const fr = file.finalReply;
  return h('section', { className: 'card card-bg mb-3', 'aria-labelledby': 'case-summary' }, h('div', { className: 'card-body' },
    h('h2', { id: 'case-summary', className: 'h4 card-title' }, 'Dove si trova la pratica'),
    h('dl', { className: 'row facts' },
      h('dt', { className: 'col-sm-5' }, 'Stato'), h('dd', { className: 'col-sm-7', id: 'case-status' }, label(STATUSES, file.status), file.outcome ? ` — ${label(OUTCOMES, file.outcome)}` : ''),
      h('dt', { className: 'col-sm-5' }, 'Risposta finale entro'), h('dd', { className: 'col-sm-7' }, formatDate(fr.dueDate), ' ', file.status === 'closed' || file.status === 'merged' ? null : slaBadge(fr.slaState, fr.daysLeft)),
      file.takeCharge ? [h('dt', { className: 'col-sm-5' }, 'Presa in carico entro'), h('dd', { className: 'col-sm-7' }, formatDate(file.takeCharge.dueDate), file.takeCharge.daysLeft < 0 ? h('span', { className: 'sla sla-overdue ms-2' }, `in ritardo di ${-file.takeCharge.daysLeft} gg`) : ` (${file.takeCharge.daysLeft === 0 ? 'scade oggi' : `${file.takeCharge.daysLeft} ${file.takeCharge.daysLeft === 1 ? 'giorno' : 'giorni'} rimasti`})`)] : null,
      h('dt', { className: 'col-sm-5' }, 'Settore'), h('dd', { className: 'col-sm-7', id: 'case-sector' }, file.sector?.name ?? 'URP (non assegnata)'),
      h('dt', { className: 'col-sm-5' }, 'Tipo e categoria'), h('dd', { className: 'col-sm-7' }, `${label(KINDS, file.kind)} — ${category?.label ?? file.subject ?? 'categoria da scegliere'}`),
      h('dt', { className: 'col-sm-5' }, 'Ricevuta'), h('dd', { className: 'col-sm-7' }, `${formatInstant(file.receivedAt)} · ${label(CHANNELS, file.channel)}`),
      h('dt', { className: 'col-sm-5' }, 'Solleciti · risposte interlocutorie'), h('dd', { className: 'col-sm-7' }, `${file.remindersSent} · ${file.interimReplies}`),
      file.suspended ? [h('dt', { className: 'col-sm-5' }, 'Termine sospeso'), h('dd', { className: 'col-sm-7' }, `dal ${formatInstant(file.suspendedSince)}, in attesa di informazioni dal cittadino`)] : null,
      file.mergedIntoCaseId ? [h('dt', { className: 'col-sm-5' }, 'Unita alla pratica'), h('dd', { className: 'col-sm-7' }, h('a', { href: `#/case/${file.mergedIntoCaseId}` }, 'apri la pratica principale'))] : null,
      h('dt', { className: 'col-sm-5' }, 'Revisione'), h('dd', { className: 'col-sm-7' }, String(file.revision)))));
}

function personalCard(data) {
  const body = [];
  if (data.access === 'none') body.push(h('p', {}, 'I dati personali del cittadino non sono visibili per il tuo ruolo.'));
  else if (data.erased) body.push(h('p', { className: 'alert alert-warning' }, 'I dati personali di questo cittadino sono stati cancellati.'));
  else {
    const c = data.citizen;
    const rows = c ? [['Nome e cognome', c.fullName], ['E-mail', c.email], ['Telefono', c.phone], data.access === 'full' ? ['Codice fiscale', c.fiscalCode] : null, ['Indirizzo', c.address]].filter(Boolean) : [];
    body.push(c ? h('dl', { className: 'row facts' }, rows.map(([k, v]) => [h('dt', { className: 'col-sm-5' }, k), h('dd', { className: 'col-sm-7' }, v ?? '—')])) : h('p', {}, 'Contatto anonimo.'));
    if (data.location) body.push(h('p', {}, h('strong', {}, 'Luogo: '), data.location));
    if (data.title) body.push(h('p', {}, h('strong', {}, 'Titolo: '), data.title));
    if (data.description) body.push(h('p', { className: 'entry-text' }, data.description));
    if (data.access === 'without_fiscal_code') body.push(h('p', { className: 'small' }, 'Il codice fiscale è visibile solo all’URP.'));
  }
  return h('section', { className: 'card card-bg mb-3', 'aria-labelledby': 'case-citizen' }, h('div', { className: 'card-body' }, h('h2', { id: 'case-citizen', className: 'h4 card-title' }, 'Cittadino e richiesta'), body));
}

function timelineCard(file) {
  return h('section', { className: 'card card-bg mb-3', 'aria-labelledby': 'case-timeline' }, h('div', { className: 'card-body' },
    h('h2', { id: 'case-timeline', className: 'h4 card-title' }, 'Cronologia'),
    h('ol', { className: 'timeline' }, [...file.timeline].reverse().map((entry) => h('li', { dataset: { type: entry.type } },
      h('div', { className: 'fw-semibold' }, entry.title),
      h('div', { className: 'meta' }, `${formatInstant(entry.occurredAt)} · ${entry.actor.displayName ?? entry.actor.role}${entry.channel ? ` · ${label(CHANNELS, entry.channel)}` : ''}`),
      entry.text ? h('div', { className: 'entry-text' }, entry.text) : null)))));
}

function latestDraft(file) {
  const draft = [...file.timeline].reverse().find((e) => e.type === 'FinalReplyDrafted');
  return draft?.text ?? '';
}

function action(title, form, { open = false } = {}) {
  return h('details', { className: 'card card-bg mb-2 action-card', open }, h('summary', { className: 'card-body py-2 fw-semibold' }, title), h('div', { className: 'card-body pt-0' }, form));
}

function actionsFor(file, user, { command, done, refused, categories }) {
  const status = file.status;
  const list = [];
  const form = (path, titleText, fields, submitLabel, extra = {}) =>
    commandForm({ fields, submitLabel, submit: (values, key) => command(path, extra.transform ? extra.transform(values) : values, key), onDone: done(titleText), onRefused: refused, description: extra.description, danger: extra.danger });
  const open = status === 'received' || status === 'routed' || status === 'in_charge';

  if (user.role === 'operator') {
    if (status === 'received' || status === 'routed') list.push(action(status === 'routed' ? 'Assegna a un altro settore' : 'Assegna al settore competente', routeForm(file, categories, command, done, refused), { open: status === 'received' }));
    if (status === 'received') {
      const classify = form('classification', 'Classificazione', [
        { name: 'kind', label: 'Tipo', type: 'select', options: Object.entries(KINDS).filter(([k]) => k !== 'unclassified'), value: file.kind, required: true },
        { name: 'category', label: 'Categoria', type: 'select', placeholder: 'Nessuna', options: categories.map((c) => [c.code, c.label]), value: file.subject ?? '', help: 'Propone il settore a cui assegnare la pratica.' }], 'Classifica');
      categoryHint(classify, categories);
      list.push(action('Classifica', classify));
    }
    if (status === 'routed') list.push(action('Sollecita il settore', form('reminders', 'Sollecito', [], 'Invia il sollecito', { description: 'Ricorda al settore di prendere in carico la pratica.' })));
    if (status === 'received') list.push(action('Indirizza ad altro ente', form('direct-elsewhere', 'Indirizzata ad altro ente', [
      { name: 'otherBody', label: 'Ente competente', required: true },
      { name: 'message', label: 'Messaggio al cittadino', type: 'textarea', required: true },
      { name: 'channel', label: 'Canale della risposta', type: 'select', options: channelOptions(), value: 'email', required: true }], 'Indirizza e chiudi')));
  }
  if (user.role === 'referent') {
    if (status === 'routed') list.push(action('Prendi in carico', form('take-charge', 'Presa in carico', [], 'Prendi in carico', { description: 'Il settore si impegna a dare la risposta entro il termine.' }), { open: true }));
    if (status === 'in_charge') list.push(action('Prepara la bozza di risposta', form('final-reply/draft', 'Bozza di risposta', [
      { name: 'text', label: 'Testo della risposta', type: 'textarea', rows: 6, value: latestDraft(file), required: true, help: 'L’URP la rivede e la invia; puoi anche inviarla tu stesso qui sotto.' }], 'Salva la bozza'), { open: true }));
    if (status === 'routed' || status === 'in_charge') list.push(action('Restituisci all’URP', form('hand-back', 'Restituita all’URP', [
      { name: 'reason', label: 'Motivo (non di competenza del settore…)', type: 'textarea', required: true }], 'Restituisci')));
  }
  if ((user.role === 'operator' || user.role === 'referent') && open) {
    list.push(action('Invia la risposta finale', form('final-reply', 'Risposta finale', [
      { name: 'text', label: 'Testo della risposta finale', type: 'textarea', rows: 6, value: latestDraft(file), required: true },
      { name: 'channel', label: 'Canale', type: 'select', options: channelOptions(), value: 'email', required: true }], 'Invia la risposta finale'), { open: user.role === 'operator' && status === 'in_charge' && latestDraft(file) !== '' }));
    list.push(action('Risposta interlocutoria', form('interim-replies', 'Risposta interlocutoria', [
      { name: 'text', label: 'Testo', type: 'textarea', required: true },
      { name: 'channel', label: 'Canale', type: 'select', options: channelOptions(), value: 'email', required: true }], 'Invia')));
    if (file.suspended) list.push(action('Registra le informazioni del cittadino', form('suspensions/resume', 'Informazioni registrate', [
      { name: 'information', label: 'Informazioni ricevute', type: 'textarea', required: true }], 'Registra e riprendi il termine'), { open: true }));
    else list.push(action('Chiedi informazioni al cittadino', form('suspensions', 'Richiesta di informazioni', [
      { name: 'question', label: 'Domanda', type: 'textarea', required: true },
      { name: 'channel', label: 'Canale', type: 'select', options: channelOptions(), value: 'email', required: true }], 'Invia la richiesta', { description: 'Il termine della risposta finale resta sospeso fino alla risposta.' })));
    list.push(action('Proroga il termine', form('extensions', 'Proroga', [
      { name: 'newDueDate', label: 'Nuova scadenza', type: 'date', required: true },
      { name: 'reason', label: 'Motivo, come lo si comunica al cittadino', type: 'textarea', required: true }], 'Proroga')));
  }
  if (user.role === 'operator') {
    if (status === 'received') list.push(action('Chiudi senza risposta', form('close', 'Chiusura', [
      { name: 'outcome', label: 'Esito', type: 'select', options: [['withdrawn', OUTCOMES.withdrawn], ['no_reply_needed', OUTCOMES.no_reply_needed]], required: true }], 'Chiudi', { danger: true })));
    if (open) list.push(action('Unisci a un’altra pratica (duplicato)', mergeForm(command, done, refused)));
    if (status === 'merged') list.push(action('Separa dalla pratica principale', form('unmerge', 'Separazione', [], 'Separa'), { open: true }));
    if (status === 'closed') {
      list.push(action('Riapri', form('reopen', 'Riapertura', [{ name: 'reason', label: 'Motivo', type: 'textarea', required: true }], 'Riapri')));
      list.push(action('Registra il questionario di gradimento', form('feedback', 'Questionario', [
        { name: 'score', label: 'Voto (da 1 a 5)', type: 'select', options: [['5', '5 — molto soddisfatto'], ['4', '4'], ['3', '3'], ['2', '2'], ['1', '1 — per nulla soddisfatto']], required: true },
        { name: 'comment', label: 'Commento del cittadino', type: 'textarea' }], 'Registra', { transform: (v) => ({ ...v, score: Number(v.score) }) })));
    }
  }
  return list;
}

/**
 * Routing, with the sector the case's category proposes first; for a category without one,
 * the sector the same category went to most often.
 */
function routeForm(file, categories, command, done, refused) {
  const box = h('div', {}, h('p', {}, 'Caricamento dei settori…'));
  const category = categories.find((c) => c.code === file.subject);
  const byCategory = category?.defaultSectorId;
  Promise.all([loadSectors(), file.subject && !byCategory ? api(`/case-search?q=${encodeURIComponent(file.subject)}`).then((r) => r.body.items).catch(() => []) : []]).then(([sectors, similar]) => {
    const counts = new Map();
    for (const hit of similar) if (hit.sectorName && hit.subject === file.subject) counts.set(hit.sectorName, (counts.get(hit.sectorName) ?? 0) + 1);
    const historyName = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    const suggested = sectors.find((s) => (byCategory ? s.id === byCategory : s.name === historyName) && !s.dissolved);
    const active = sectors.filter((s) => !s.dissolved && s.id !== file.sector?.id);
    const why = byCategory ? `lo propone la categoria «${category.label}»` : `dove sono andate più spesso le pratiche «${category?.label ?? file.subject}»`;
    replace(box, commandForm({
      description: suggested ? `Settore suggerito: ${suggested.name} (${why}).` : file.subject ? 'Nessun settore suggerito per questa categoria: scegli tu.' : 'Nessun suggerimento: la pratica non ha ancora una categoria.',
      fields: [
        { name: 'sectorId', label: 'Settore', type: 'select', placeholder: 'Scegli il settore', options: active.map((s) => [s.id, s.id === suggested?.id ? `${s.name} (suggerito)` : s.name]), value: suggested?.id ?? '', required: true },
        { name: 'note', label: 'Nota per il referente', type: 'textarea' }],
      submitLabel: 'Assegna',
      submit: (values, key) => command('route', values, key),
      onDone: done('Assegnazione'),
      onRefused: refused,
    }));
  }).catch((error) => replace(box, loadingError(error)));
  return box;
}

function mergeForm(command, done, refused) {
  return commandForm({
    fields: [{ name: 'intoCaseId', label: 'Protocollo della pratica principale', required: true, help: 'Ad esempio URP-2026-000123.' }],
    submitLabel: 'Unisci',
    submit: async (values, key) => {
      let target = values.intoCaseId ?? '';
      if (/^URP-/i.test(target)) {
        const { body } = await api(`/case-search?q=${encodeURIComponent(target)}`);
        if (body.items.length === 1) target = body.items[0].caseId;
      }
      return command('merge', { intoCaseId: target }, key);
    },
    onDone: done('Unione'),
    onRefused: refused,
  });
}

const sizeWords = (bytes) => (bytes >= 1_048_576 ? `${(bytes / 1_048_576).toLocaleString('it-IT', { maximumFractionDigits: 1 })} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`);

/** The photos and PDFs sent with the case, for the roles the API shows them to; opened with the session's token. */
function attachmentsCard(file, user) {
  if (!['operator', 'referent', 'admin'].includes(user.role)) return null;
  const body = h('div', { 'aria-live': 'polite' }, h('p', {}, 'Caricamento degli allegati…'));
  const alert = h('div', { role: 'alert', className: 'form-alert' });
  api(`/cases/${file.caseId ?? file.id}/attachments`).then(({ body: list }) => {
    if (list.erased) return replace(body, h('p', { className: 'mb-0' }, 'Gli allegati sono stati cancellati con i dati personali del cittadino.'));
    if (list.attachments.length === 0) return replace(body, h('p', { className: 'mb-0' }, 'Nessun allegato.'));
    replace(body, h('ul', { className: 'attachments' }, list.attachments.map((a) => h('li', {},
      h('span', { className: 'fw-semibold' }, a.name), ` — ${a.kind === 'photo' ? 'foto' : 'documento PDF'}, ${sizeWords(a.bytes)} `,
      h('button', {
        type: 'button',
        className: 'btn btn-outline-primary btn-sm',
        onClick: () => openDocument(a.href.replace(/^\/api\/v1/, ''), a.kind === 'photo' ? {} : { download: a.name }).catch((error) => {
          alert.className = 'form-alert alert alert-danger';
          replace(alert, `Allegato non disponibile: ${error.message}`);
        }),
      }, a.kind === 'photo' ? `Apri ${a.name}` : `Scarica ${a.name}`)))));
  }).catch((error) => replace(body, error.status === 404 ? h('p', { className: 'mb-0' }, 'Nessun allegato visibile.') : loadingError(error)));
  return h('section', { className: 'card card-bg mb-3', 'aria-labelledby': 'case-attachments' }, h('div', { className: 'card-body' },
    h('h2', { id: 'case-attachments', className: 'h4 card-title' }, 'Allegati'), alert, body));
}
