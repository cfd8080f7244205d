/** The yearly report as the four files a comune keeps and publishes: JSON, CSV, HTML and PDF. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { QualityReport } from '../../charter-compliance/compute/quality-report';
import type { ReportDocument } from '../document/report-document';
import { renderReport } from '../render/render-report';
import { REPORT_FORMATS } from '../render/report-formats';
import { qualityReportDocument } from './quality-report-document';

export function qualityReportFileName(year: number): string {
  return `relazione-carta-qualita-${year}`;
}

/** Writes the files into `dir` (created if missing); returns their paths. */
export function writeQualityReportFiles(report: QualityReport, entityName: string, dir: string): Promise<string[]> {
  return writeReportFiles(report, qualityReportDocument(report, entityName), qualityReportFileName(report.year), entityName, dir);
}

/** A report's data and document in every format, into `dir`. */
export async function writeReportFiles(data: unknown, document: ReportDocument, baseName: string, entityName: string, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const format of REPORT_FORMATS) {
    const rendered = await renderReport(data, document, format, baseName, entityName);
    const path = join(dir, rendered.fileName);
    await writeFile(path, rendered.body);
    paths.push(path);
  }
  return paths;
}
