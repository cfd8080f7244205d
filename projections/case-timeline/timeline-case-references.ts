import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CaseReferences } from '../../src/read-side';
import { TIMELINE_CASES } from './timeline-tables';

/** The user area's reference lookup (the write side's CaseReferences port), from the timeline's summaries: no projection of its own. */
@Injectable()
export class TimelineCaseReferences implements CaseReferences {
  constructor(private readonly dataSource: DataSource) {}

  async caseIdOf(reference: string): Promise<string | null> {
    const rows: { case_id: string }[] = await this.dataSource.query(`SELECT case_id FROM ${TIMELINE_CASES} WHERE reference = $1 LIMIT 1`, [reference]);
    return rows[0]?.case_id ?? null;
  }
}
