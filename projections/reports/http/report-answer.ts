/** Answering a report request: the format negotiated, then the data as JSON or the rendered file. */
import { NotAcceptableException, StreamableFile } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { ReportDocument } from '../document/report-document';
import { renderReport } from '../render/render-report';
import { CONTENT_TYPES, negotiateFormat, ReportFormat } from '../render/report-formats';

export function formatFor(request: Request, requested: ReportFormat | undefined, allowed: readonly ReportFormat[]): ReportFormat {
  const format = negotiateFormat(requested, request.headers.accept, allowed);
  if (format) return format;
  throw new NotAcceptableException({
    statusCode: 406,
    error: 'Not Acceptable',
    code: 'FORMAT_NOT_AVAILABLE',
    message: `This report is available as ${allowed.map((f) => CONTENT_TYPES[f].split(';')[0]).join(', ')} (or ?format=${allowed.join('|')})`,
  });
}

/** JSON goes through Nest as usual; the other formats as a file shown inline. */
export async function reportAnswer<T extends object>(
  response: Response,
  format: ReportFormat,
  data: T,
  document: () => ReportDocument,
  baseName: string,
  author: string,
): Promise<T | StreamableFile> {
  response.setHeader('Vary', 'Accept');
  if (format === 'json') return data;
  const rendered = await renderReport(data, document(), format, baseName, author);
  return new StreamableFile(rendered.body, { type: rendered.contentType, disposition: `inline; filename="${rendered.fileName}"` });
}
