/** A report in the format asked for: the data itself as JSON, or its document laid out as CSV, HTML or PDF. */
import type { ReportDocument } from '../document/report-document';
import { renderCsv } from './render-csv';
import { renderHtml } from './render-html';
import { renderPdf } from './render-pdf';
import { CONTENT_TYPES, ReportFormat } from './report-formats';

export interface RenderedReport {
  format: ReportFormat;
  contentType: string;
  /** The file name a download would get: `${baseName}.${format}`. */
  fileName: string;
  body: Buffer;
}

export async function renderReport(data: unknown, document: ReportDocument, format: ReportFormat, baseName: string, author: string): Promise<RenderedReport> {
  return { format, contentType: CONTENT_TYPES[format], fileName: `${baseName}.${format}`, body: await bodyOf(data, document, format, author) };
}

async function bodyOf(data: unknown, document: ReportDocument, format: ReportFormat, author: string): Promise<Buffer> {
  switch (format) {
    case 'json':
      return Buffer.from(JSON.stringify(data, null, 2), 'utf8');
    case 'csv':
      return Buffer.from(renderCsv(document), 'utf8');
    case 'html':
      return Buffer.from(renderHtml(document), 'utf8');
    case 'pdf':
      return renderPdf(document, author);
  }
}
