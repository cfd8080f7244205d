/** Two computations of one report compared figure by figure. */
import { FigureValue, reportFigures } from './report-figures';

export interface FigureDifference {
  figure: string;
  /** Undefined when the figure is missing on that side. */
  stored: FigureValue | undefined;
  replayed: FigureValue | undefined;
}

export interface ReportComparison {
  figuresCompared: number;
  differences: FigureDifference[];
}

export function compareReports(stored: object, replayed: object): ReportComparison {
  const left = reportFigures(stored);
  const right = reportFigures(replayed);
  const addresses = [...new Set([...left.keys(), ...right.keys()])];
  const differences = addresses
    // Shares are quotients of the same whole numbers computed the same way: equal means identical.
    .filter((address) => left.get(address) !== right.get(address) || left.has(address) !== right.has(address))
    .map((figure) => ({ figure, stored: left.get(figure), replayed: right.get(figure) }));
  return { figuresCompared: addresses.length, differences };
}
