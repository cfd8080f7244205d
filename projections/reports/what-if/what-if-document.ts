/**
 * The what-if as a document a manager can read and print: the real charter and the
 * proposed one side by side, standard by standard, with every figure that changes marked,
 * then the summary counts and the anomalies each would have declared.
 */
import type { Anomaly } from '../../charter-compliance/compute/anomalies';
import type { QualityReport, StandardVersionResult } from '../../charter-compliance/compute/quality-report';
import { countCell } from '../document/cells';
import { figuresTable } from '../document/figures-table';
import { countOf, dateText, instantText, longDateText } from '../document/italian';
import { cell, column, ReportDocument, ReportSection, TableCell } from '../document/report-document';
import { anomalyText, measuredText, objectiveText, QUALITY_REPORT_TITLE, resultText } from '../quality/quality-report-document';
import type { WhatIfReport } from './what-if-report';

const NOT_IN_FORCE = 'non in vigore';

export function whatIfDocument(whatIf: WhatIfReport, entityName: string): ReportDocument {
  const { real, proposed } = whatIf;
  const revised = whatIf.changes.filter((c) => c.change === 'revised').map((c) => c.code);
  const added = whatIf.changes.filter((c) => c.change === 'added').map((c) => c.code);
  return {
    title: `Simulazione: ${QUALITY_REPORT_TITLE} — Anno ${whatIf.year}`,
    subtitle: 'Carta in vigore e carta proposta a confronto',
    facts: [
      { label: 'Ente', value: entityName },
      { label: 'Periodo di riferimento', value: `dal ${longDateText(real.period.from)} al ${longDateText(real.period.to)}` },
      { label: 'Dati aggiornati al', value: instantText(whatIf.asOf) },
      { label: 'Standard proposti', value: [...(revised.length ? [`modificati ${revised.join(', ')}`] : []), ...(added.length ? [`nuovi ${added.join(', ')}`] : [])].join('; ') },
    ],
    summary: [
      'Simulazione: le stesse pratiche, gli stessi settori e le stesse soglie (campione minimo di ' +
        `${real.thresholds.minSample} pratiche) misurati con la Carta in vigore e con quella proposta, che vale dal 1° gennaio se non dice da quando. ` +
        'Nulla è stato registrato.',
      `Con la carta in vigore: ${verdicts(real)}. Con la carta proposta: ${verdicts(proposed)}.`,
      whatIf.differences.length === 0
        ? 'La proposta non cambia alcun valore della relazione.'
        : `La proposta cambia ${countOf(whatIf.differences.length, 'valore', 'valori')} della relazione, evidenziati nelle tabelle.`,
    ],
    sections: [standardsSection(real, proposed), summarySection(real, proposed), anomaliesSection(real, proposed)],
    // Said in the summary: the document is short, and a page for the notes alone reads badly.
    notes: [],
    minSample: real.thresholds.minSample,
  };
}

function verdicts(report: QualityReport): string {
  const s = report.summary;
  return `rispettate ${s.met}, non rispettate ${s.notMet}, non misurabili ${s.notMeasurable}, ${countOf(s.anomalies, 'anomalia', 'anomalie')}`;
}

/** One row per standard code and day range, the real version on the left and the proposed on the right. */
function standardsSection(real: QualityReport, proposed: QualityReport): ReportSection {
  const key = (v: StandardVersionResult) => `${v.code}|${v.from}`;
  const realByKey = new Map(real.standards.map((v) => [key(v), v]));
  const proposedByKey = new Map(proposed.standards.map((v) => [key(v), v]));
  const keys = [...new Set([...realByKey.keys(), ...proposedByKey.keys()])].sort((a, b) => a.localeCompare(b, 'it'));
  return {
    id: 'standard',
    title: 'Standard di qualità: carta in vigore e carta proposta',
    intro: 'Evidenziati i valori che la proposta cambia.',
    table: {
      columns: [
        column('Codice', 'left', 0.8),
        column('In vigore', 'left', 1.3),
        column('Obiettivo in vigore', 'left', 1.6),
        column('Obiettivo proposto', 'left', 1.6),
        column('Valore misurato (in vigore)', 'left', 1.5),
        column('Valore misurato (proposta)', 'left', 1.5),
        column('Esito (in vigore)', 'left', 1.1),
        column('Esito (proposta)', 'left', 1.1),
      ],
      rows: keys.map((k) => {
        const r = realByKey.get(k);
        const p = proposedByKey.get(k);
        const any = (r ?? p)!;
        const pair = (text: (v: StandardVersionResult) => string, strong = false): TableCell[] => {
          const left = r ? text(r) : NOT_IN_FORCE;
          const right = p ? text(p) : NOT_IN_FORCE;
          return [cell(left, { strong }), cell(right, { strong, changed: left !== right })];
        };
        return [
          cell(any.code, { strong: true }),
          cell(`dal ${dateText(any.from)} al ${dateText(any.until)}`),
          ...pair(objectiveText),
          ...pair(measuredText),
          ...pair(resultText, true),
        ];
      }),
      emptyText: "Nessuno standard era in vigore nell'anno.",
    },
  };
}

function summarySection(real: QualityReport, proposed: QualityReport): ReportSection {
  const line = (label: string, of: (r: QualityReport) => number): TableCell[] => [
    cell(label),
    countCell(of(real)),
    { ...countCell(of(proposed)), changed: of(real) !== of(proposed) },
  ];
  return {
    id: 'sintesi',
    title: 'Esiti a confronto',
    table: figuresTable('Esito', ['Carta in vigore', 'Carta proposta'], [
      line('Rispettate', (r) => r.summary.met),
      line('Non rispettate', (r) => r.summary.notMet),
      line('Non misurabili', (r) => r.summary.notMeasurable),
      line('di cui per campione insufficiente', (r) => r.summary.insufficientSample),
      line('Anomalie da dichiarare', (r) => r.summary.anomalies),
    ]),
  };
}

function anomaliesSection(real: QualityReport, proposed: QualityReport): ReportSection {
  // The same anomaly on both sides, whatever the wording of the standard's indicator.
  const key = (a: Anomaly) => `${a.kind}|${a.code ?? a.sectorId}|${a.from}`;
  const realKeys = new Set(real.anomalies.map(key));
  const proposedKeys = new Set(proposed.anomalies.map(key));
  const rows = new Map<string, string>();
  for (const a of real.anomalies) rows.set(key(a), anomalyText(a, real.standards));
  for (const a of proposed.anomalies) if (!rows.has(key(a))) rows.set(key(a), anomalyText(a, proposed.standards));
  return {
    id: 'anomalie',
    title: 'Anomalie che la relazione dichiarerebbe',
    table: {
      columns: [column('Anomalia', 'left', 4), column('Carta in vigore', 'left', 1), column('Carta proposta', 'left', 1)],
      rows: [...rows].map(([k, text]) => {
        const inReal = realKeys.has(k);
        const inProposed = proposedKeys.has(k);
        return [cell(text), cell(inReal ? 'sì' : 'no'), cell(inProposed ? 'sì' : 'no', { changed: inReal !== inProposed, strong: inReal !== inProposed })];
      }),
      emptyText: 'Nessuna anomalia, né con la carta in vigore né con quella proposta.',
    },
  };
}

export function whatIfFileName(year: number): string {
  return `simulazione-carta-qualita-${year}`;
}

