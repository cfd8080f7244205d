import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TIMELINE_CASES } from '../../projections/case-timeline/timeline-tables';

/**
 * Reference number -> case id, for every case the case timeline knows, closed ones too.
 * The timeline's summary already holds both: no projection of its own is needed.
 */
@Injectable()
export class CaseReferences {
  constructor(private readonly dataSource: DataSource) {}

  async caseIdOf(reference: string): Promise<string | null> {
    const rows: { case_id: string }[] = await this.dataSource.query(
      `SELECT case_id FROM ${TIMELINE_CASES} WHERE reference = $1 LIMIT 1`,
      [reference],
    );
    return rows[0]?.case_id ?? null;
  }
}
