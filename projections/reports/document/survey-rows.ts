/** The satisfaction survey's rows, the same in the yearly report and in the sectors' reports. */
import type { Figure } from '../../sector-performance/compute/figures';
import { countCell, figureCell, labelled } from './cells';
import type { TableCell } from './report-document';

export interface SurveyFigures {
  closures: number;
  answers: number;
  answerRate: Figure;
  positiveShare: Figure;
  averageScore: Figure;
}

export function surveyRows(survey: SurveyFigures): TableCell[][] {
  return [
    labelled('Questionari proposti (pratiche chiuse)', countCell(survey.closures)),
    labelled('Risposte ricevute', countCell(survey.answers)),
    labelled('Tasso di risposta', figureCell(survey.answerRate, 'share')),
    labelled('Giudizi positivi (4 o 5 su 5)', figureCell(survey.positiveShare, 'share')),
    labelled('Punteggio medio (su 5)', figureCell(survey.averageScore, 'number')),
  ];
}
