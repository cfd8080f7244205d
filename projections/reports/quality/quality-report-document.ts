/**
 * The yearly "Relazione sui risultati conseguiti nell'applicazione della Carta di qualità dei
 * servizi" as a document: the sections a comune publishes, in Italian, from the report data.
 */
import type { Anomaly } from '../../charter-compliance/compute/anomalies';
import type { QualityReport, StandardVersionResult } from '../../charter-compliance/compute/quality-report';
import type { SectorYearResult } from '../../charter-compliance/compute/sector-year';
import type { CorrectiveActionRecord } from '../../charter-compliance/corrective-actions/corrective-action-record';
import { share } from '../../sector-performance/compute/statistics';
import { countCell, figureCell } from '../document/cells';
import { figuresTable } from '../document/figures-table';
import {
  casesText,
  CHANNEL_LABELS,
  countOf,
  countText,
  dateText,
  daysText,
  instantText,
  KIND_LABELS,
  kindsText,
  longDateText,
  percentText,
  RESULT_LABELS,
  romeDateText,
  targetText,
  thePercent,
  theThreshold,
  thresholdText,
} from '../document/italian';
import { cell, column, ReportDocument, ReportSection, TableCell } from '../document/report-document';
import { surveyRows } from '../document/survey-rows';
import { volumeTable } from '../document/volume-table';

const NO_CASES = "Nessuna pratica pervenuta nell'anno.";
const INSUFFICIENT_SAMPLE = 'Campione insufficiente';

export const QUALITY_REPORT_TITLE = "Relazione sui risultati conseguiti nell'applicazione della Carta di qualità dei servizi";

export function qualityReportTitle(year: number): string {
  return `${QUALITY_REPORT_TITLE} — Anno ${year}`;
}

export function qualityReportDocument(report: QualityReport, entityName: string): ReportDocument {
  return {
    title: qualityReportTitle(report.year),
    subtitle: 'Ufficio Relazioni con il Pubblico',
    facts: [
      { label: 'Ente', value: entityName },
      { label: 'Periodo di riferimento', value: `dal ${longDateText(report.period.from)} al ${longDateText(report.period.to)}` },
      { label: 'Dati aggiornati al', value: instantText(report.asOf) },
    ],
    summary: summary(report),
    sections: [
      standardsSection(report),
      channelsSection(report),
      kindsSection(report),
      sectorsSection(report),
      surveySection(report),
      anomaliesSection(report),
      actionsSection(report),
    ],
    notes: methodNotes(report),
    minSample: report.thresholds.minSample,
  };
}

function summary(report: QualityReport): string[] {
  const { summary: s, volumes, survey } = report;
  const lines = [`Nel ${report.year} sono pervenute all'URP ${casesText(s.received)}.`];
  const topKind = [...volumes.byKind].sort((a, b) => b.count - a.count)[0];
  const topChannel = [...volumes.byChannel].sort((a, b) => b.count - a.count)[0];
  if (s.received > 0) {
    lines.push(
      `La tipologia più frequente è ${KIND_LABELS[topKind.kind]} (${percentText(share(topKind.count, s.received))} del totale); ` +
        `il canale più usato è ${CHANNEL_LABELS[topChannel.channel]} (${percentText(share(topChannel.count, s.received))}).`,
    );
  }
  const standards = new Set(report.standards.map((v) => v.standardId)).size;
  lines.push(
    standards === 0
      ? "Nell'anno non era in vigore alcuno standard della Carta."
      : `Nell'anno erano in vigore ${standards} standard della Carta, in ${countOf(s.versionsMeasured, 'versione', 'versioni')}: ` +
          `rispettate ${s.met}, non rispettate ${s.notMet}, non misurabili ${s.notMeasurable}` +
          (s.insufficientSample === 0 ? '.' : ` (di cui ${s.insufficientSample} per campione insufficiente, meno di ${casesText(report.thresholds.minSample)}).`),
  );
  lines.push(
    survey.closures === 0
      ? "Nessuna pratica è stata chiusa nell'anno: il gradimento non è misurabile."
      : `Il questionario di gradimento è stato compilato per ${thePercent('il', survey.answerRate.value)} delle pratiche chiuse` +
          (survey.answers === 0
            ? '; non sono pervenute risposte.'
            : `; i giudizi positivi (4 o 5 su 5) sono ${thePercent('il', survey.positiveShare.value)} delle risposte.`),
  );
  lines.push(
    s.anomalies === 0
      ? 'Non sono state riscontrate anomalie.'
      : `Sono state riscontrate ${countOf(s.anomalies, 'anomalia', 'anomalie')}; ` +
          (s.correctiveActions === 0
            ? 'non è stata registrata alcuna azione correttiva.'
            : `${s.correctiveActions === 1 ? 'è stata registrata' : 'sono state registrate'} ${countOf(s.correctiveActions, 'azione correttiva', 'azioni correttive')}.`),
  );
  return lines;
}

function standardsSection(report: QualityReport): ReportSection {
  return {
    id: 'standard',
    title: 'Standard di qualità: obiettivi e risultati',
    intro:
      'Per ogni standard in vigore nell’anno, e per ogni sua versione se rivisto in corso d’anno, il valore misurato sulle pratiche ' +
      'a cui si applica nei giorni in cui la versione era in vigore.',
    table: {
      columns: [
        column('Codice', 'left', 0.8),
        column('Servizio', 'left', 1.5),
        column('Indicatore', 'left', 2.5),
        column('In vigore', 'left', 1.4),
        column('Obiettivo', 'left', 1.5),
        column('Valore misurato', 'left', 1.6),
        column('Pratiche', 'right', 1),
        column('Esito', 'left', 1.1),
      ],
      rows: report.standards.map((version) => [
        cell(version.code, { strong: true }),
        cell(version.service),
        cell(version.appliesTo === null ? version.indicator : `${version.indicator} (${kindsText(version.appliesTo)})`),
        cell(`dal ${dateText(version.from)} al ${dateText(version.until)}`),
        cell(objectiveText(version)),
        { ...figureCell(version.measured, 'share'), text: measuredText(version) },
        countCell(version.measured.sampleSize),
        cell(resultText(version), { strong: true }),
      ]),
      emptyText: "Nessuno standard della Carta era in vigore nell'anno.",
    },
  };
}

export function objectiveText(version: StandardVersionResult): string {
  const target = targetText(version.target);
  if (version.target.kind === 'min_share' || version.required === null) return target;
  return `${target} per almeno ${theThreshold('il', version.required)} delle pratiche`;
}

export function measuredText(version: StandardVersionResult): string {
  const value = percentText(version.measured.value);
  if (version.measured.value === null || version.days === null) return value;
  return `${value} entro i termini (mediana ${daysText(version.days.median.value)})`;
}

export function resultText(version: StandardVersionResult): string {
  if (version.reason === 'no_cases') return `${RESULT_LABELS.not_measurable}: nessuna pratica`;
  if (version.reason === 'target_not_applicable') return `${RESULT_LABELS.not_measurable}: obiettivo non applicabile`;
  if (version.reason === 'insufficient_sample') return INSUFFICIENT_SAMPLE;
  return RESULT_LABELS[version.result];
}

function channelsSection(report: QualityReport): ReportSection {
  const rows = [...report.volumes.byChannel].filter((c) => c.count > 0).sort((a, b) => b.count - a.count);
  return {
    id: 'canali',
    title: 'Pratiche pervenute per canale',
    table: volumeTable('Canale', rows.map((r) => [CHANNEL_LABELS[r.channel], r.count]), report.volumes.received, NO_CASES),
    chart: { title: 'Pratiche pervenute per canale', unit: 'count', bars: rows.map((r) => ({ label: CHANNEL_LABELS[r.channel], value: r.count })) },
  };
}

function kindsSection(report: QualityReport): ReportSection {
  const rows = report.volumes.byKind.filter((k) => k.count > 0).sort((a, b) => b.count - a.count);
  return {
    id: 'tipologie',
    title: 'Pratiche pervenute per tipologia',
    table: volumeTable('Tipologia', rows.map((r) => [KIND_LABELS[r.kind], r.count]), report.volumes.received, NO_CASES),
  };
}

function sectorsSection(report: QualityReport): ReportSection {
  const direct = report.volumes.bySector.find((s) => s.sectorId === null)?.count ?? 0;
  const { sectorMinWithinShare, sectorMaxReminderShare } = report.thresholds;
  return {
    id: 'settori',
    title: 'Pratiche e tempi per settore',
    intro:
      `Un settore è in ritardo quando meno ${theThreshold('del', sectorMinWithinShare)} delle sue risposte è entro i termini della Carta, ` +
      `o quando più ${theThreshold('del', sectorMaxReminderShare)} degli inoltri ha richiesto un sollecito; ` +
      `non è valutato su meno di ${casesText(report.thresholds.minSample)}.`,
    table: {
      columns: [
        column('Settore', 'left', 2.2),
        column('Pratiche pervenute', 'right', 1),
        column('Inoltri', 'right', 0.8),
        column('Risposte entro i termini', 'right', 1.2),
        column('Inoltri con sollecito', 'right', 1.1),
        column('Solleciti', 'right', 0.8),
        column(`In ritardo al ${dateText(report.period.to)}`, 'right', 1.1),
        column('Valutazione', 'left', 1.3),
      ],
      rows: [
        ...report.sectors.map((sector) => [
          cell(sector.name),
          countCell(sector.received),
          countCell(sector.routed),
          figureCell(sector.repliesWithinStandard, 'share'),
          figureCell(sector.reminderShare, 'share'),
          countCell(sector.remindersSent),
          countCell(sector.overdueAtPeriodEnd),
          cell(sectorVerdict(sector), { strong: sector.repliesLate || sector.tooManyReminders }),
        ]),
        ...(direct > 0 ? [[cell("Gestite direttamente dall'URP"), countCell(direct), ...Array.from({ length: 6 }, () => cell('—'))]] : []),
      ],
      emptyText: "Nessun settore ha ricevuto pratiche nell'anno.",
    },
    chart: {
      title: 'Risposte entro i termini per settore',
      unit: 'share',
      bars: report.sectors.map((s) => ({ label: s.name, value: s.repliesWithinStandard.value, lowSample: s.repliesWithinStandard.lowSample })),
      reference: { value: sectorMinWithinShare, label: 'soglia' },
    },
  };
}

function sectorVerdict(sector: SectorYearResult): string {
  if (sector.repliesLate && sector.tooManyReminders) return 'In ritardo; troppi solleciti';
  if (sector.repliesLate) return 'In ritardo';
  if (sector.tooManyReminders) return 'Troppi solleciti';
  if (sector.repliesWithinStandard.value === null) return 'Non valutabile';
  if (sector.repliesWithinStandard.lowSample || sector.reminderShare.lowSample) return INSUFFICIENT_SAMPLE;
  return 'In linea';
}

function surveySection(report: QualityReport): ReportSection {
  const { survey } = report;
  return {
    id: 'gradimento',
    title: 'Indagine di gradimento',
    intro: 'Alla chiusura di ogni pratica il cittadino è invitato a esprimere un giudizio da 1 a 5; 4 e 5 sono giudizi positivi.',
    table: figuresTable('Indicatore', ['Valore'], surveyRows(survey)),
  };
}

function anomaliesSection(report: QualityReport): ReportSection {
  const actions = new Map(report.correctiveActions.map((a) => [a.actionId, a]));
  return {
    id: 'anomalie',
    title: 'Anomalie riscontrate e azioni correttive',
    table: {
      columns: [
        column('Anomalia', 'left', 2.6),
        column('Periodo', 'left', 1.4),
        column('Valore rilevato', 'right', 1),
        column('Soglia', 'right', 1),
        column('Azioni correttive registrate', 'left', 3),
      ],
      rows: report.anomalies.map((anomaly) => [
        cell(anomalyText(anomaly, report.standards)),
        cell(`dal ${dateText(anomaly.from)} al ${dateText(anomaly.until)}`),
        figureCell(anomaly.measured, 'share'),
        cell(`${anomaly.kind === 'sector_reminders' ? 'al massimo' : 'almeno'} ${thresholdText(anomaly.threshold)}`),
        cell(actionsText(anomaly.correctiveActionIds.map((id) => actions.get(id)).filter((a): a is CorrectiveActionRecord => !!a))),
      ]),
      emptyText: "Nell'anno non sono state riscontrate anomalie.",
    },
  };
}

export function anomalyText(anomaly: Anomaly, versions: readonly StandardVersionResult[]): string {
  switch (anomaly.kind) {
    case 'standard_not_met': {
      const version = versions.find((v) => v.standardId === anomaly.standardId && v.from === anomaly.from);
      return `Standard ${anomaly.code} non rispettato${version ? `: ${version.indicator}` : ''}`;
    }
    case 'sector_replies_late':
      return `Settore ${anomaly.sectorName}: risposte entro i termini sotto la soglia`;
    case 'sector_reminders':
      return `Settore ${anomaly.sectorName}: troppi inoltri con sollecito per la presa in carico`;
  }
}

function actionsText(actions: readonly CorrectiveActionRecord[]): string {
  if (actions.length === 0) return 'Nessuna azione correttiva registrata';
  return actions.map((a) => `${a.action} (${a.owner}${a.dueDate ? `, entro il ${dateText(a.dueDate)}` : ''})`).join('; ');
}

function actionsSection(report: QualityReport): ReportSection {
  const codes = new Map(report.standards.map((v) => [v.standardId, v.code]));
  const sectors = new Map(report.sectors.map((s) => [s.sectorId, s.name]));
  const reference = (a: CorrectiveActionRecord): string =>
    [a.standardId && `Standard ${codes.get(a.standardId) ?? a.standardId}`, a.sectorId && `Settore ${sectors.get(a.sectorId) ?? a.sectorId}`]
      .filter(Boolean)
      .join(' — ') || 'Generale';
  return {
    id: 'azioni-correttive',
    title: 'Azioni correttive intraprese',
    table: {
      columns: [
        column('Registrata il', 'left', 1),
        column('Riferimento', 'left', 1.4),
        column('Anomalia', 'left', 2.4),
        column('Azione correttiva', 'left', 2.6),
        column('Responsabile', 'left', 1.2),
        column('Scadenza', 'left', 0.9),
      ],
      rows: report.correctiveActions.map((a): TableCell[] => [
        cell(romeDateText(a.recordedAt)),
        cell(reference(a)),
        cell(a.anomaly),
        cell(a.action),
        cell(a.owner),
        cell(a.dueDate ? dateText(a.dueDate) : '—'),
      ]),
      emptyText: "Nessuna azione correttiva registrata per l'anno.",
    },
  };
}

function methodNotes(report: QualityReport): string[] {
  const t = report.thresholds;
  return [
    "Le pratiche sono attribuite al periodo in cui sono pervenute (o riaperte) e seguite fino alla data di aggiornamento dei dati: una risposta inviata dopo la fine dell'anno conta per la pratica dell'anno.",
    "I tempi sono contati in giorni di calendario (fuso orario di Roma): la risposta definitiva dal ricevimento o dalla riapertura, esclusi i giorni di sospensione in attesa di informazioni dal cittadino; la presa in carico dall'inoltro al settore.",
    `Uno standard di tempo è rispettato quando almeno ${theThreshold('il', t.timeStandardMinShare)} delle pratiche a cui si applica ha ricevuto risposta entro il termine; le pratiche ancora senza risposta a termine scaduto contano come fuori termine. Le proroghe motivate non modificano lo standard. "Immediata" e "a vista allo sportello" valgono come risposta nello stesso giorno.`,
    "Ogni versione di uno standard è misurata sulle pratiche pervenute nei giorni in cui era in vigore; gli standard sul gradimento sulle pratiche chiuse in quei giorni.",
    `Un settore è indicato in ritardo quando meno ${theThreshold('del', t.sectorMinWithinShare)} delle sue risposte è entro i termini della Carta, o quando più ${theThreshold('del', t.sectorMaxReminderShare)} degli inoltri ha richiesto almeno un sollecito. A ogni pratica risponde il settore a cui è stata inoltrata per ultima; le pratiche restituite all'URP non sono attribuite al settore che le ha restituite.`,
    `I valori calcolati su meno di ${casesText(t.minSample)} sono indicati come "campione insufficiente": su di essi non si esprime un giudizio, né si dichiarano anomalie. Le pratiche riunite ad altre perché duplicate non sono misurate a parte.`,
  ];
}
