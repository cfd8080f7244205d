import { negotiateFormat, REPORT_FORMATS } from './report-formats';

const TABLES = ['json', 'csv', 'html'] as const;

describe('report format negotiation', () => {
  it('?format wins over Accept, when the report has that format', () => {
    expect(negotiateFormat('csv', 'text/html', REPORT_FORMATS)).toBe('csv');
    expect(negotiateFormat('pdf', undefined, TABLES)).toBeNull();
  });

  it('no Accept, or anything, means JSON', () => {
    expect(negotiateFormat(undefined, undefined, REPORT_FORMATS)).toBe('json');
    expect(negotiateFormat(undefined, '*/*', REPORT_FORMATS)).toBe('json');
  });

  it('follows the Accept header: a browser gets HTML, a spreadsheet CSV', () => {
    expect(negotiateFormat(undefined, 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', REPORT_FORMATS)).toBe('html');
    expect(negotiateFormat(undefined, 'text/csv', REPORT_FORMATS)).toBe('csv');
    expect(negotiateFormat(undefined, 'application/pdf', REPORT_FORMATS)).toBe('pdf');
  });

  it('ranks by quality, then by order, and skips what the report has not', () => {
    expect(negotiateFormat(undefined, 'text/html;q=0.5, text/csv', REPORT_FORMATS)).toBe('csv');
    expect(negotiateFormat(undefined, 'application/pdf, text/html;q=0.9', TABLES)).toBe('html');
    expect(negotiateFormat(undefined, 'text/csv;q=0, text/html', REPORT_FORMATS)).toBe('html');
  });

  it('an Accept naming only formats the report has not gets none (406)', () => {
    expect(negotiateFormat(undefined, 'application/xml', REPORT_FORMATS)).toBeNull();
    expect(negotiateFormat(undefined, 'application/pdf', TABLES)).toBeNull();
  });
});
