/**
 * Reads a case file from the timeline tables and opens, at read time, the personal fields
 * the viewer may read. Days left and SLA states are computed for today (the injected clock).
 */
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../../src/auth';
import { PersonalDataVault } from '../../src/personal-data';
import { CLOCK, Clock, romeDate } from '../../src/read-side';
import type { CaseSummary } from '../shared/case-summary';
import { summaryFromRow, summarySelectList } from '../shared/case-summary-columns';
import { selectAsText } from '../shared/recordsets';
import { caseDetailView } from './case-file-view';
import type { CaseDetailView } from './case-detail.view';
import { personalDataAccessOf } from './personal-data-access';
import { openSealedFields } from './personal-data-display';
import type { StoredCaseFile, StoredEntry } from './stored-case-file';
import { TIMELINE_CASES, TIMELINE_ENTRIES, TIMELINE_SECTORS, TIMELINE_USERS } from './timeline-tables';

export type Viewer = Pick<AuthenticatedUser, 'role' | 'sectorId'>;

@Injectable()
export class CaseTimelineReader {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly vault: PersonalDataVault,
  ) {}

  /** The case file, or null when the case is unknown or not the viewer's to see. */
  async caseFile(caseId: string, viewer: Viewer): Promise<CaseDetailView | null> {
    const stored = await this.load(caseId);
    if (!stored || !maySee(viewer, stored.summary)) return null;
    const access = personalDataAccessOf(viewer.role);
    const entries = await Promise.all(
      stored.entries.map(async (entry) => ({ stored: entry, opened: await openSealedFields(this.vault, entry.sealed, access) })),
    );
    return caseDetailView(stored, entries, access, romeDate(this.clock.now()));
  }

  /** Summary and entries from one snapshot, so the header and the timeline agree. */
  private load(caseId: string): Promise<StoredCaseFile | null> {
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      const [row] = await caseRows(em, caseId);
      if (!row) return null;
      return { summary: summaryFromRow(row), sectorName: row.sector_name as string | null, entries: await entryRows(em, caseId) };
    });
  }
}

/** A referent sees only the cases routed to their sector. */
function maySee(viewer: Viewer, summary: CaseSummary): boolean {
  return viewer.role !== 'referent' || (viewer.sectorId !== undefined && summary.sectorId === viewer.sectorId);
}

function caseRows(em: EntityManager, caseId: string): Promise<Record<string, unknown>[]> {
  return em.query(
    `SELECT ${summarySelectList('c')}, s.name AS sector_name
     FROM ${TIMELINE_CASES} c LEFT JOIN ${TIMELINE_SECTORS} s ON s.sector_id = c.sector_id
     WHERE c.case_id = $1`,
    [caseId],
  );
}

function entryRows(em: EntityManager, caseId: string): Promise<StoredEntry[]> {
  return em.query(
    `SELECT e.revision, e.event_id, e.event_type, ${selectAsText('e.occurred_at', 'timestamptz')} AS occurred_at,
            ${selectAsText('e.recorded_at', 'timestamptz')} AS recorded_at, e.actor_id, e.actor_role, u.display_name,
            e.channel, e.title, e.sealed, e.position_commit, e.position_prepare
     FROM ${TIMELINE_ENTRIES} e LEFT JOIN ${TIMELINE_USERS} u ON u.user_id = e.actor_id
     WHERE e.case_id = $1 ORDER BY e.revision`,
    [caseId],
  );
}
