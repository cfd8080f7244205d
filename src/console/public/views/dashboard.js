// The manager's dashboard: the projected summary, polled every few seconds (the server
// computes it once per change and shares it), drawn with Chart.js and mirrored in tables.
import { api, currentSession, openDocument } from '../api.js';
import { h, replace } from '../dom.js';
import { CHANNELS, KINDS, formatDate, label } from '../labels.js';
import { liveStamp, loadingError, markUpdated } from './shared.js';
import { correctiveActionsCard } from './corrective-actions.js';

const REFRESH_MS = 3000;
let chartLibrary = null;

function loadChartLibrary() {
  chartLibrary ??= new Promise((resolve, reject) => {
    if (window.Chart) return resolve(window.Chart);
    const script = document.createElement('script');
    script.src = '/assets/chart.js/chart.umd.min.js';
    script.onload = () => resolve(window.Chart);
    script.onerror = () => reject(new Error('Chart.js non caricato'));
    document.head.append(script);
  });
  return chartLibrary;
}

const stat = (id, css, text, value, note) => h('div', { className: 'col-6 col-lg mb-3' }, h('div', { className: `stat ${css}`, id }, h('div', { className: 'value' }, String(value)), h('div', {}, text), note ? h('div', { className: 'small' }, note) : null));
const percent = (value) => (value == null ? '—' : `${value.toLocaleString('it-IT')}%`);
const days = (value) => (value == null ? '—' : `${value.toLocaleString('it-IT')} gg`);
/** A term of 0 days is a same-day promise ("risposta immediata"): said in words, never "0 gg". */
const term = (value) => (value === 0 ? 'in giornata' : days(value));

export function dashboardView(root) {
  document.title = 'Cruscotto — Console URP';
  const stamp = liveStamp();
  const stats = h('div', { className: 'row', id: 'dashboard-stats' });
  const sectorTable = h('div', { className: 'table-responsive' });
  const timelinessTable = h('div', { className: 'table-responsive' });
  const canvases = { sectors: canvas('Pratiche aperte per settore: scadute, in scadenza, da prendere in carico'), channels: canvas('Pratiche ricevute per canale negli ultimi 90 giorni'), kinds: canvas('Pratiche ricevute per tipo negli ultimi 90 giorni'), weeks: canvas('Pratiche ricevute per settimana nelle ultime 12 settimane') };
  const charts = {};
  const year = new Date().getFullYear();
  replace(root,
    h('h1', { className: 'h2' }, 'Cruscotto dell’URP'),
    h('p', {}, 'Le cifre si aggiornano da sole a ogni nuova registrazione o risposta, senza ricaricare la pagina.'),
    stamp, stats,
    h('div', { className: 'row' },
      chartCard('Carico dei settori oggi', canvases.sectors, 'col-lg-7'),
      chartCard('Ricevute per settimana', canvases.weeks, 'col-lg-5'),
      chartCard('Per canale (90 giorni)', canvases.channels, 'col-lg-6'),
      chartCard('Per tipo (90 giorni)', canvases.kinds, 'col-lg-6')),
    h('h2', { className: 'h4 mt-3' }, 'Pratiche aperte per settore'), sectorTable,
    h('h2', { className: 'h4 mt-3' }, 'Tempi per settore rispetto ai termini'), h('p', { className: 'small' }, 'Giorni di calendario in media, il termine applicato (il più frequente) e la quota di pratiche entro il termine.'), timelinessTable,
    reportsCard(year),
    correctiveActionsCard(year, { canRecord: ['manager', 'admin'].includes(currentSession().user.role) }));

  let stopped = false;
  async function load() {
    try {
      const [{ body: s }, Chart] = await Promise.all([api('/dashboard/summary'), loadChartLibrary()]);
      if (stopped) return;
      replace(stats,
        stat('stat-open', 'stat-open', 'Pratiche aperte', s.totals.open),
        stat('stat-overdue', 'stat-overdue', 'Scadute', s.totals.overdue),
        stat('stat-due-soon', 'stat-due-soon', 'In scadenza', s.totals.dueSoon),
        stat('stat-awaiting', 'stat-awaiting', 'Da prendere in carico', s.totals.awaitingTakeCharge),
        stat('stat-survey', 'stat-survey', `Questionari ${s.survey.year}`, percent(s.survey.answerRatePercent), `risposte · ${percent(s.survey.positivePercent)} positive`));
      const names = s.sectors.map((x) => x.sectorName ?? 'URP (da assegnare)');
      const others = s.sectors.map((x) => x.open - x.overdue - x.dueSoon);
      draw(Chart, charts, 'sectors', canvases.sectors, 'bar', names, [
        { label: 'Scadute', data: s.sectors.map((x) => x.overdue), backgroundColor: '#a61919' },
        { label: 'In scadenza', data: s.sectors.map((x) => x.dueSoon), backgroundColor: '#e0a100' },
        { label: 'Nei termini o sospese', data: others, backgroundColor: '#0066cc' }], { indexAxis: 'y', scales: { x: { stacked: true, ticks: { precision: 0 } }, y: { stacked: true } } });
      draw(Chart, charts, 'weeks', canvases.weeks, 'line', s.byWeek.map((w) => `sett. ${formatDate(w.key).slice(0, 5)}`), [{ label: 'Ricevute', data: s.byWeek.map((w) => w.count), borderColor: '#0066cc', backgroundColor: '#0066cc' }], { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } });
      draw(Chart, charts, 'channels', canvases.channels, 'bar', s.byChannel.map((v) => label(CHANNELS, v.key)), [{ label: 'Ricevute', data: s.byChannel.map((v) => v.count), backgroundColor: '#00703c' }], { indexAxis: 'y', scales: { x: { ticks: { precision: 0 } } } });
      draw(Chart, charts, 'kinds', canvases.kinds, 'bar', s.byKind.map((v) => label(KINDS, v.key)), [{ label: 'Ricevute', data: s.byKind.map((v) => v.count), backgroundColor: '#5c2d91' }], { indexAxis: 'y', scales: { x: { ticks: { precision: 0 } } } });
      replace(sectorTable, table(['Settore', 'Aperte', 'Scadute', 'In scadenza', 'Da prendere in carico'], s.sectors.map((x) => [x.sectorName ?? 'URP (da assegnare)', x.open, x.overdue, x.dueSoon, x.awaitingTakeCharge]), 'sector-load'));
      replace(timelinessTable, table(['Settore', 'Prese in carico', 'Media', 'Termine', 'Entro il termine', 'Risposte finali', 'Media', 'Termine', 'Entro il termine'],
        s.timeliness.map((t) => [t.sectorName ?? 'URP (risposte dirette)', t.takenInCharge, days(t.averageTakeChargeDays), term(t.takeChargeTermDays), percent(t.takeChargeWithinTermPercent), t.finalReplies, days(t.averageFinalReplyDays), term(t.finalReplyTermDays), percent(t.finalReplyWithinTermPercent)])));
      markUpdated(stamp, `Dati al ${formatDate(s.today)}, aggiornati`);
    } catch (error) {
      if (!stopped) replace(stamp, loadingError(error));
    }
  }
  load();
  const timer = setInterval(load, REFRESH_MS);
  return () => { stopped = true; clearInterval(timer); for (const c of Object.values(charts)) c.destroy(); };
}

function canvas(description) {
  return h('canvas', { role: 'img', 'aria-label': `${description}. I valori sono anche nelle tabelle sotto.` });
}

function chartCard(title, canvasElement, cols) {
  return h('div', { className: `${cols} mb-3` }, h('section', { className: 'card card-bg h-100' }, h('div', { className: 'card-body' }, h('h2', { className: 'h5 card-title' }, title), h('div', { className: 'chart-box' }, canvasElement))));
}

function draw(Chart, charts, key, canvasElement, type, labels, datasets, options) {
  if (charts[key]) {
    charts[key].data.labels = labels;
    charts[key].data.datasets.forEach((d, i) => { d.data = datasets[i].data; });
    charts[key].update('none');
    return;
  }
  charts[key] = new Chart(canvasElement, { type, data: { labels, datasets }, options: { responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { display: datasets.length > 1 } }, ...options } });
}

function table(headers, rows, id) {
  return h('table', { className: 'table table-sm', id }, h('thead', {}, h('tr', {}, headers.map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, rows.map((row) => h('tr', {}, row.map((cell, i) => (i === 0 ? h('th', { scope: 'row' }, String(cell)) : h('td', {}, String(cell))))))));
}

function reportsCard(year) {
  const alert = h('div', { role: 'alert', className: 'form-alert' });
  const open = (path, options) => () => {
    replace(alert);
    alert.className = 'form-alert';
    openDocument(path, options).catch((error) => { alert.className = 'form-alert alert alert-danger'; alert.append(`Documento non disponibile: ${error.message}`); });
  };
  const from = h('input', { id: 'export-from', type: 'date', className: 'form-control', value: `${year}-01-01` });
  const to = h('input', { id: 'export-to', type: 'date', className: 'form-control', value: new Date().toISOString().slice(0, 10) });
  return h('section', { className: 'card card-bg mt-4' }, h('div', { className: 'card-body' },
    h('h2', { className: 'h4 card-title' }, 'Relazioni ed esportazioni'), alert,
    h('p', {}, `Relazione annuale sulla Carta della qualità ${year}: `,
      h('button', { type: 'button', className: 'btn btn-outline-primary btn-sm me-1', onClick: open(`/reports/quality/${year}?format=html`) }, 'Apri (HTML)'),
      h('button', { type: 'button', className: 'btn btn-outline-primary btn-sm me-1', onClick: open(`/reports/quality/${year}?format=pdf`, { download: `relazione-carta-qualita-${year}.pdf` }) }, 'Scarica PDF'),
      h('button', { type: 'button', className: 'btn btn-outline-primary btn-sm', onClick: open(`/reports/quality/${year}?format=csv`, { download: `relazione-carta-qualita-${year}.csv` }) }, 'Scarica CSV')),
    h('p', {}, `Rendimento dei settori ${year}: `,
      h('button', { type: 'button', className: 'btn btn-outline-primary btn-sm me-1', onClick: open(`/reports/sectors?period=${year}&format=html`) }, 'Apri (HTML)'),
      h('button', { type: 'button', className: 'btn btn-outline-primary btn-sm', onClick: open(`/reports/sectors?period=${year}&format=csv`, { download: `settori-${year}.csv` }) }, 'Scarica CSV')),
    h('div', { className: 'row align-items-end' },
      h('div', { className: 'col-md-3' }, h('label', { for: 'export-from', className: 'form-label' }, 'Pratiche ricevute dal'), from),
      h('div', { className: 'col-md-3' }, h('label', { for: 'export-to', className: 'form-label' }, 'al'), to),
      h('div', { className: 'col-md-4' }, h('button', { type: 'button', className: 'btn btn-primary', onClick: () => open(`/dashboard/cases.csv?from=${from.value}&to=${to.value}`, { download: `pratiche-${from.value}-${to.value}.csv` })() }, 'Esporta le pratiche (CSV)')))));
}
