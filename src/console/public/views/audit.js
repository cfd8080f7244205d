// The auditor's workbench, read only: a figure of the yearly report → the cases behind
// it → each case's raw events; the report as of a date; replay and hash-chain checks.
import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { formatInstant } from '../labels.js';
import { loadingError } from './shared.js';

export function auditView(root, params) {
  document.title = 'Verifiche — Console URP';
  const year = Number(params.get('year') ?? new Date().getFullYear());
  const figureSelect = h('select', { id: 'audit-figure', className: 'form-select' },
    h('option', { value: 'received' }, 'Pratiche ricevute nell’anno'),
    h('option', { value: 'survey:answerRate' }, 'Questionario: tasso di risposta'),
    h('option', { value: 'survey:positiveShare' }, 'Questionario: quota di risposte positive'));
  const yearInput = h('input', { id: 'audit-year', type: 'number', className: 'form-control', value: year, min: 2000, max: 2100 });
  const figureBox = h('div', { 'aria-live': 'polite' });
  const eventsBox = h('div', { 'aria-live': 'polite' });
  const asOfBox = h('div', { 'aria-live': 'polite' });
  const checkBox = h('div', { 'aria-live': 'polite' });
  const asOfInput = h('input', { id: 'audit-asof', type: 'date', className: 'form-control' });

  api(`/reports/quality/${year}`).then(({ body }) => {
    for (const s of body.standards ?? []) {
      const name = `${s.code} ${s.indicator.slice(0, 70)}${s.indicator.length > 70 ? '…' : ''} (dal ${s.from})`;
      figureSelect.append(h('option', { value: `standard:${s.standardId}:${s.from}` }, `Standard ${name}`));
    }
  }).catch(() => {});

  const figureForm = h('form', { className: 'row align-items-end mb-3' },
    h('div', { className: 'col-md-2' }, h('label', { for: 'audit-year', className: 'form-label' }, 'Anno'), yearInput),
    h('div', { className: 'col-md-7' }, h('label', { for: 'audit-figure', className: 'form-label' }, 'Cifra della relazione annuale'), figureSelect),
    h('div', { className: 'col-md-3' }, h('button', { type: 'submit', className: 'btn btn-primary' }, 'Mostra le pratiche')));
  figureForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    replace(eventsBox);
    replace(figureBox, h('p', {}, 'Caricamento…'));
    try {
      const { body } = await api(`/audit/reports/quality/${yearInput.value}/figures?figure=${encodeURIComponent(figureSelect.value)}`);
      replace(figureBox,
        h('p', { className: 'fw-semibold', id: 'figure-value' }, `Valore: ${formatValue(body.value)} · campione: ${body.sampleSize ?? '—'} · pratiche che vi contribuiscono: ${body.contributions.length}`),
        h('div', { className: 'table-responsive scroll-box', tabindex: '0', role: 'region', 'aria-label': 'Pratiche che compongono la cifra' }, h('table', { className: 'table table-sm', id: 'figure-cases' },
          h('thead', {}, h('tr', {}, ['Protocollo', 'Esito del conteggio', 'Nel numeratore', 'Giorni', 'Eventi'].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, body.contributions.slice(0, 200).map((c) => h('tr', {},
            h('th', { scope: 'row' }, c.reference),
            h('td', {}, OUTCOME_WORDS[c.outcome] ?? c.outcome), h('td', {}, c.inNumerator ? 'sì' : 'no'), h('td', {}, c.days ?? '—'),
            h('td', {}, h('button', { type: 'button', className: 'btn btn-outline-primary btn-sm', onClick: () => showEvents(c.caseId, c.reference, eventsBox) }, `Eventi di ${c.reference}`))))))),
        body.contributions.length > 200 ? h('p', { className: 'small' }, 'Sono mostrate le prime 200 pratiche.') : null);
    } catch (error) {
      replace(figureBox, loadingError(error));
    }
  });

  const asOfForm = h('form', { className: 'row align-items-end mb-2' },
    h('div', { className: 'col-md-4' }, h('label', { for: 'audit-asof', className: 'form-label' }, 'La relazione com’era alla data'), asOfInput),
    h('div', { className: 'col-md-4' }, h('button', { type: 'submit', className: 'btn btn-outline-primary' }, 'Ricostruisci alla data')));
  asOfForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!asOfInput.value) return replace(asOfBox, h('p', { className: 'alert alert-warning' }, 'Scegli una data.'));
    replace(asOfBox, h('p', {}, 'Ricostruzione dagli eventi in corso…'));
    try {
      const { body } = await api(`/audit/reports/quality/${yearInput.value}?asOf=${asOfInput.value}`);
      const s = body.report.summary ?? {};
      replace(asOfBox, h('div', { className: 'alert alert-info' },
        h('p', {}, `Alla data ${formatInstant(body.asOf)}: ${body.eventsReplayed} eventi rigiocati (${body.cutOff}).`),
        h('p', { className: 'mb-0' }, `Pratiche ricevute ${s.received ?? '—'}; standard misurati ${s.versionsMeasured ?? '—'}, rispettati ${s.met ?? '—'}, non rispettati ${s.notMet ?? '—'}; anomalie ${s.anomalies ?? '—'}.`)));
    } catch (error) {
      replace(asOfBox, loadingError(error));
    }
  });

  const replayButton = h('button', { type: 'button', className: 'btn btn-primary me-2', id: 'run-replay' }, 'Verifica per rigiocata completa');
  const chainButton = h('button', { type: 'button', className: 'btn btn-primary', id: 'run-chain' }, 'Verifica la catena di hash');
  replayButton.addEventListener('click', async () => {
    replace(checkBox, h('p', {}, 'Rigiocata di tutti gli eventi in corso…'));
    try {
      const { body } = await api(`/audit/reports/quality/${yearInput.value}/verification`);
      const ok = body.differences.length === 0;
      replace(checkBox, h('div', { className: `alert ${ok ? 'alert-success' : 'alert-danger'}`, role: 'status' },
        ok ? `Nessuna differenza: ${body.figuresCompared} cifre della relazione ${body.year} ricalcolate da ${body.eventsReplayed} eventi coincidono con il modello di lettura.` : `${body.differences.length} differenze su ${body.figuresCompared} cifre.`,
        ok ? null : h('pre', { className: 'event-data' }, JSON.stringify(body.differences.slice(0, 20), null, 2))));
    } catch (error) {
      replace(checkBox, loadingError(error));
    }
  });
  chainButton.addEventListener('click', async () => {
    replace(checkBox, h('p', {}, 'Verifica della catena in corso…'));
    try {
      const { body } = await api('/audit/chain/verification');
      replace(checkBox, h('div', { className: `alert ${body.intact ? 'alert-success' : 'alert-danger'}`, role: 'status' },
        body.intact ? `Catena integra: ${body.checkedEvents} eventi verificati${body.unchainedTail ? `, ${body.unchainedTail} ancora da concatenare` : ''}.` : `Catena NON integra: primo errore ${JSON.stringify(body.firstMismatch)}.`,
        body.head ? h('p', { className: 'mb-0 small' }, `Testa della catena (da pubblicare): n. ${body.head.sequence}, ${body.head.hash}`) : null));
    } catch (error) {
      replace(checkBox, loadingError(error));
    }
  });

  replace(root,
    h('h1', { className: 'h2' }, 'Verifiche del revisore'),
    h('p', {}, 'Solo consultazione: da una cifra della relazione alle pratiche che la compongono, e da ogni pratica ai suoi eventi originali. Niente qui modifica i dati.'),
    h('section', { className: 'card card-bg mb-3' }, h('div', { className: 'card-body' }, h('h2', { className: 'h4 card-title' }, 'Da una cifra alle pratiche'), figureForm, figureBox)),
    eventsBox,
    h('section', { className: 'card card-bg mb-3' }, h('div', { className: 'card-body' }, h('h2', { className: 'h4 card-title' }, 'Relazione a una data passata'), asOfForm, asOfBox)),
    h('section', { className: 'card card-bg mb-3' }, h('div', { className: 'card-body' }, h('h2', { className: 'h4 card-title' }, 'Controlli di integrità'), h('p', {}, replayButton, chainButton), checkBox)));
}

const OUTCOME_WORDS = { counted: 'conteggiata', excluded: 'esclusa', within: 'entro il termine', late: 'oltre il termine' };

function formatValue(value) {
  if (value == null) return '—';
  return Number.isInteger(value) ? String(value) : `${(value * 100).toLocaleString('it-IT', { maximumFractionDigits: 1 })}%`;
}

async function showEvents(caseId, reference, box) {
  replace(box, h('p', {}, 'Caricamento degli eventi…'));
  try {
    const { body } = await api(`/cases/${caseId}/events`);
    const detail = h('div', {});
    replace(box, h('section', { className: 'card card-bg mb-3', id: 'case-events' }, h('div', { className: 'card-body' },
      h('h2', { className: 'h4 card-title' }, `Eventi della pratica ${reference}`),
      h('div', { className: 'table-responsive' }, h('table', { className: 'table table-sm' },
        h('thead', {}, h('tr', {}, ['Flusso', 'Revisione', 'Posizione', 'Registrato (ora dell’ufficio)', 'Scritto nel registro', 'Autore', 'Evento'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, body.map((e) => h('tr', {},
          h('td', { className: 'small' }, `case-${caseId}`), h('td', {}, String(e.revision)), h('td', {}, e.position),
          h('td', {}, formatInstant(e.metadata?.recordedAt)), h('td', {}, formatInstant(e.createdAt)),
          h('td', {}, `${e.metadata?.actor?.role ?? '—'} ${e.metadata?.actor?.id?.slice(0, 8) ?? ''}`),
          h('td', {}, h('button', { type: 'button', className: 'btn btn-link btn-sm p-0', onClick: () => replace(detail, h('h3', { className: 'h6' }, `${e.type} · revisione ${e.revision}`), h('pre', { className: 'event-data', tabindex: '0' }, JSON.stringify({ id: e.id, type: e.type, data: e.data, metadata: e.metadata }, null, 2))) }, e.type))))))),
      detail)));
    box.scrollIntoView({ block: 'start' });
  } catch (error) {
    replace(box, loadingError(error));
  }
}
