/** A case file as the timeline tables hold it, and its sealed fields once opened for a viewer. */
import type { CaseEventType, Channel } from '../../src/read-side';
import type { CaseSummary } from '../shared/case-summary';
import type { OpenedFields } from './personal-data-display';

export interface StoredEntry {
  revision: number;
  event_id: string;
  event_type: CaseEventType;
  occurred_at: string;
  recorded_at: string;
  actor_id: string;
  actor_role: string;
  display_name: string | null;
  channel: Channel | null;
  title: string;
  sealed: Record<string, unknown> | null;
  position_commit: string;
  position_prepare: string;
}

export interface StoredCaseFile {
  summary: CaseSummary;
  sectorName: string | null;
  entries: StoredEntry[];
}

export interface OpenedEntry {
  stored: StoredEntry;
  opened: OpenedFields;
}
