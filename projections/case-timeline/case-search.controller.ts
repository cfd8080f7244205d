/**
 * Finds any case, closed and merged ones too (the queue holds only open cases): by its
 * reference typed anywhere in the text ("la pratica URP-2026-000177"), or by text of the
 * reference or subject (catalogue labels, never personal data); and, for the roles that see
 * citizens' data, by the citizen's fiscal code, e-mail, phone or full name, through the
 * citizen directory's blind indexes (nothing of the citizen is searchable in clear). Reads the
 * case timeline's summaries; a referent finds only the cases of their sector.
 */
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, CurrentUser, Roles } from '../../src/auth';
import { CitizenDirectory } from '../../src/personal-data';
import { personalDataAccessOf } from './personal-data-access';
import { selectAsText } from '../shared/recordsets';
import { TIMELINE_CASES, TIMELINE_ENTRIES, TIMELINE_SECTORS } from './timeline-tables';
import { CaseSearchQuery } from './case-search.query';
import { CaseSearchAnswer, MAX_RESULTS } from './case-search.view';

const REFERENCE_IN_TEXT = /URP-\d{4}-\d{6}/i;

@ApiTags('cases')
@Controller('case-search')
export class CaseSearchController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly citizens: CitizenDirectory,
  ) {}

  @Get()
  @Roles('operator', 'referent', 'manager', 'auditor', 'admin')
  @ApiOperation({ summary: "Find any case, open or closed, by reference, subject or the citizen's identifiers" })
  @ApiOkResponse({ type: CaseSearchAnswer })
  async search(@Query() { q }: CaseSearchQuery, @CurrentUser() user: AuthenticatedUser): Promise<CaseSearchAnswer> {
    const reference = REFERENCE_IN_TEXT.exec(q)?.[0].toUpperCase() ?? null;
    const params: unknown[] = [];
    const conditions: string[] = [];
    if (reference) {
      params.push(reference);
      conditions.push(`c.reference = $${params.length}`);
    } else {
      params.push(`%${q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      const text = `c.reference ILIKE $${params.length} OR c.subject ILIKE $${params.length}`;
      const citizenIds = personalDataAccessOf(user.role) === 'none' ? [] : await this.citizens.citizenIdsMatching(q);
      if (citizenIds.length > 0) {
        params.push(citizenIds);
        // The receipt's entry names the case's citizen (beside the sealed envelopes, in clear: a pseudonym).
        conditions.push(
          `(${text} OR c.case_id IN (SELECT case_id FROM ${TIMELINE_ENTRIES} WHERE event_type = 'CaseReceived' AND sealed->>'citizenId' = ANY($${params.length})))`,
        );
      } else {
        conditions.push(`(${text})`);
      }
    }
    if (user.role === 'referent') {
      params.push(user.sectorId ?? '');
      conditions.push(`c.sector_id = $${params.length}`);
    }
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT c.case_id, c.reference, c.status, c.kind, c.channel, c.subject, s.name AS sector_name,
              ${selectAsText('c.received_at', 'timestamptz')} AS received_at, ${selectAsText('c.closed_at', 'timestamptz')} AS closed_at, c.outcome
       FROM ${TIMELINE_CASES} c LEFT JOIN ${TIMELINE_SECTORS} s ON s.sector_id = c.sector_id
       WHERE ${conditions.join(' AND ')}
       ORDER BY c.received_at DESC, c.reference DESC
       LIMIT ${MAX_RESULTS}`,
      params,
    );
    return {
      reference,
      items: rows.map((r) => ({
        caseId: r.case_id as string,
        reference: r.reference as string,
        status: r.status as string,
        kind: (r.kind as string | null) ?? null,
        channel: r.channel as string,
        subject: (r.subject as string | null) ?? null,
        sectorName: (r.sector_name as string | null) ?? null,
        receivedAt: r.received_at as string,
        closedAt: (r.closed_at as string | null) ?? null,
        outcome: (r.outcome as string | null) ?? null,
      })),
    };
  }
}
