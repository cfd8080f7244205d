// The anomalies of the year's charter report, each with the corrective actions recorded for
// it, and a form to record one (manager, admin). The report is read again after recording
// until it lists the new action, so the page never shows the anomaly without it.
import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { commandForm } from '../forms.js';
import { formatDate } from '../labels.js';
import { loadingError } from './shared.js';
import { loadUntil, rowAction, statusLine } from './admin/common.js';

const share = (value) => (value == null ? '—' : `${Math.round(value * 1000) / 10}%`.replace('.', ','));

function anomalyWords(anomaly, standards) {
  if (anomaly.kind === 'standard_not_met') {
    const version = standards.find((v) => v.standardId === anomaly.standardId && v.from === anomaly.from);
    return `Standard ${anomaly.code} non rispettato${version ? `: ${version.indicator}` : ''}`;
  }
  if (anomaly.kind === 'sector_replies_late') return `Settore ${anomaly.sectorName}: risposte entro i termini sotto la soglia`;
  if (anomaly.kind === 'sector_reminders') return `Settore ${anomaly.sectorName}: troppe pratiche prese in carico solo dopo un sollecito`;
  return anomaly.kind;
}

export function correctiveActionsCard(year, { canRecord }) {
  const status = statusLine();
  const body = h('div', { 'aria-live': 'polite' }, h('p', {}, 'Caricamento della relazione…'));
  const card = h('section', { className: 'card card-bg mt-4', 'aria-labelledby': 'anomalies-title', id: 'anomalies' }, h('div', { className: 'card-body' },
    h('h2', { className: 'h4 card-title', id: 'anomalies-title' }, `Anomalie ${year} e azioni correttive`),
    h('p', { className: 'small' }, 'Le anomalie della relazione annuale sulla Carta della qualità. Le azioni correttive registrate qui compaiono nella relazione accanto alla loro anomalia.'),
    status.box, body));

  async function load(newActionId) {
    try {
      const { result: report } = await loadUntil(
        () => api(`/reports/quality/${year}`).then((r) => r.body),
        (r) => !newActionId || r.correctiveActions.some((a) => a.actionId === newActionId),
      );
      const actions = new Map(report.correctiveActions.map((a) => [a.actionId, a]));
      replace(body, report.anomalies.length === 0
        ? h('p', { className: 'alert alert-info' }, 'Nell’anno non sono state riscontrate anomalie.')
        : h('ul', { className: 'anomalies' }, report.anomalies.map((anomaly, i) => {
          const words = anomalyWords(anomaly, report.standards);
          const recorded = anomaly.correctiveActionIds.map((id) => actions.get(id)).filter(Boolean);
          return h('li', { className: 'anomaly', dataset: { kind: anomaly.kind, code: anomaly.code ?? '', sector: anomaly.sectorName ?? '' } },
            h('div', { className: 'fw-semibold' }, words),
            h('div', { className: 'small' }, `Dal ${formatDate(anomaly.from)} al ${formatDate(anomaly.until)}: rilevato ${share(anomaly.measured?.value)} su ${anomaly.measured?.sampleSize ?? '—'} pratiche, soglia ${anomaly.kind === 'sector_reminders' ? 'al massimo' : 'almeno'} ${share(anomaly.threshold)}.`),
            recorded.length
              ? h('ul', { className: 'small recorded-actions' }, recorded.map((a) => h('li', {}, `${a.action} — ${a.owner}${a.dueDate ? `, entro il ${formatDate(a.dueDate)}` : ''}`)))
              : h('div', { className: 'small text-danger-strong' }, 'Nessuna azione correttiva registrata.'),
            canRecord ? rowAction(['Registra un’azione correttiva', h('span', { className: 'visually-hidden' }, ` per: ${words}`)], commandForm({
              id: `corrective-${i}`,
              fields: [
                { name: 'anomaly', label: 'Anomalia, come la si pubblica', type: 'textarea', required: true, value: `${words} (${share(anomaly.measured?.value)} rilevato, soglia ${share(anomaly.threshold)}).` },
                { name: 'action', label: 'Azione correttiva', type: 'textarea', required: true, help: 'Che cosa si farà, in parole che un cittadino capisce.' },
                { name: 'owner', label: 'Responsabile (un ufficio o un ruolo)', required: true, value: 'Responsabile URP' },
                { name: 'dueDate', label: 'Entro il', type: 'date' },
              ],
              submitLabel: 'Registra l’azione correttiva',
              submit: (values, key) => api(`/reports/quality/${year}/corrective-actions`, {
                method: 'POST',
                body: { ...values, standardId: anomaly.standardId ?? null, sectorId: anomaly.sectorId ?? null },
                idempotencyKey: key,
              }),
              onDone: (result) => {
                status.done(`Azione correttiva registrata: comparirà nella relazione ${year} accanto all’anomalia.`);
                load(result.body.actionId);
              },
            })) : null);
        })));
    } catch (error) {
      replace(body, loadingError(error));
    }
  }
  load();
  return card;
}
