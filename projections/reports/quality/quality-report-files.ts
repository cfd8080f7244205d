/** The yearly report as the four files a comune keeps and publishes: JSON, CSV, HTML and PDF. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { QualityReport } from '../../charter-compliance/compute/quality-report';
import { renderReport } from '../render/render-report';
import { REPORT_FORMATS } from '../render/report-formats';
import { qualityReportDocument } from './quality-report-document';

export function qualityReportFileName(year: number): string {
  return `relazione-carta-qualita-${year}`;
}

/** Writes the files into `dir` (created if missing); returns their paths. */
export async function writeQualityReportFiles(report: QualityReport, entityName: string, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const document = qualityReportDocument(report, entityName);
  const paths: string[] = [];
  for (const format of REPORT_FORMATS) {
    const rendered = await renderReport(report, document, format, qualityReportFileName(report.year), entityName);
    const path = join(dir, rendered.fileName);
    await writeFile(path, rendered.body);
    paths.push(path);
  }
  return paths;
}
