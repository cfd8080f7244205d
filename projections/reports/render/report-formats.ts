/** The formats a report is served in, and what each one is on the wire. */
export const REPORT_FORMATS = ['json', 'csv', 'html', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
};

const MEDIA_TYPES: Record<string, ReportFormat> = {
  'application/json': 'json',
  'text/csv': 'csv',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/pdf': 'pdf',
  '*/*': 'json',
  'application/*': 'json',
};

/**
 * The format to answer in: `?format=` when given, otherwise the first format the Accept
 * header prefers (by q, then by order). No Accept header means JSON; an Accept that names
 * only formats this report has not means none (406).
 */
export function negotiateFormat(requested: ReportFormat | undefined, accept: string | undefined, allowed: readonly ReportFormat[]): ReportFormat | null {
  if (requested) return allowed.includes(requested) ? requested : null;
  if (!accept?.trim()) return 'json';
  const ranked = accept
    .split(',')
    .map((entry, order) => ({ ...mediaRange(entry), order }))
    .filter((range) => range.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const range of ranked) {
    const format = MEDIA_TYPES[range.type];
    if (format && allowed.includes(format)) return format;
  }
  return null;
}

function mediaRange(entry: string): { type: string; q: number } {
  const [type, ...parameters] = entry.split(';').map((part) => part.trim().toLowerCase());
  const q = parameters.find((p) => p.startsWith('q='));
  const quality = q ? Number(q.slice(2)) : 1;
  return { type, q: Number.isFinite(quality) ? quality : 0 };
}
