/** The cases of a period as CSV for a spreadsheet: semicolons and a BOM, as Italian Excel expects. */
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { selectAsText } from '../shared/recordsets';
import { DASHBOARD_CASES, DASHBOARD_SECTORS, DASHBOARD_TIMES } from './dashboard-tables';

const HEADER = ['protocollo', 'canale', 'tipo', 'oggetto', 'stato', 'settore', 'ricevuta il', 'scadenza risposta', 'chiusa il', 'esito', 'giorni per la presa in carico', 'giorni per la risposta finale', 'voto questionario'];

@Injectable()
export class CaseExport {
  constructor(private readonly dataSource: DataSource) {}

  async csv(from: string, to: string): Promise<string> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT c.reference, c.channel, c.kind, c.subject, c.status, s.name AS sector,
              ${selectAsText('c.received_at', 'timestamptz')} AS received_at, ${selectAsText('c.final_reply_due_date', 'date')} AS due,
              ${selectAsText('c.closed_at', 'timestamptz')} AS closed_at, c.outcome, t.take_charge_days, t.final_reply_days, t.feedback_score
       FROM ${DASHBOARD_CASES} c
       LEFT JOIN ${DASHBOARD_SECTORS} s ON s.sector_id = c.sector_id
       LEFT JOIN ${DASHBOARD_TIMES} t ON t.case_id = c.case_id
       WHERE (c.received_at AT TIME ZONE 'Europe/Rome')::date BETWEEN $1::date AND $2::date
       ORDER BY c.received_at, c.reference`,
      [from, to],
    );
    const lines = [HEADER, ...rows.map((r) => [r.reference, r.channel, r.kind, r.subject, r.status, r.sector, r.received_at, r.due, r.closed_at, r.outcome, r.take_charge_days, r.final_reply_days, r.feedback_score])];
    return '\uFEFF' + lines.map((line) => line.map(csvCell).join(';')).join('\r\n') + '\r\n';
  }
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // A leading = + - @ would be read as a formula by a spreadsheet.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
