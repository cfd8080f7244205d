/**
 * Who may open a case's files, and the files themselves. The list is read from the case's own
 * stream (its CaseReceived, unsealed), so a case just registered shows its files at once.
 * Operators and admins open any case's files; a referent those of a case routed to their
 * sector; managers and auditors none (they see no personal data).
 */
import { ForbiddenException, GoneException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { AuthenticatedUser } from '../auth';
import { caseStream, type AttachmentRef, type CaseEvent, type CaseReceived } from '../contracts';
import { caseDecider, stateFrom, type Case } from '../domain';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port';
import { isErased, isSealedEnvelope, PersonalDataVault } from '../personal-data';
import { AttachmentStore } from './attachment-store';

/** The files named in a case's events, or 'erased' once the citizen's data is gone. */
export interface CaseFiles {
  caseId: string;
  state: Case;
  citizenId: string;
  refs: AttachmentRef[] | 'erased';
}

export interface OpenedAttachment {
  ref: AttachmentRef;
  bytes: Buffer;
}

export type AttachmentViewer = Pick<AuthenticatedUser, 'role' | 'sectorId'>;

const MAY_OPEN = new Set(['operator', 'admin', 'referent']);

@Injectable()
export class CaseAttachments {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly vault: PersonalDataVault,
    private readonly files: AttachmentStore,
  ) {}

  /** The case's files for a staff member, or 404 (unknown case, or a referent's case of another sector) / 403. */
  async forStaff(caseId: string, viewer: AttachmentViewer): Promise<CaseFiles> {
    if (!MAY_OPEN.has(viewer.role)) {
      throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', code: 'FORBIDDEN', message: `A ${viewer.role} does not open citizens' files` });
    }
    const files = await this.filesOf(caseId);
    const visible = files && (viewer.role !== 'referent' || (viewer.sectorId !== undefined && files.state.routing?.sectorId === viewer.sectorId));
    if (!files || !visible) {
      throw new NotFoundException({ statusCode: 404, error: 'Not Found', code: 'CASE_NOT_FOUND', message: `No case ${caseId}` });
    }
    return files;
  }

  /** The files named in the case's events (no access check: the caller has made it). */
  async filesOf(caseId: string): Promise<CaseFiles | null> {
    const recorded = await this.store.readStream(caseStream(caseId));
    const events = recorded.map((event) => ({ type: event.type, data: event.data }) as CaseEvent);
    const state = stateFrom(caseDecider, events);
    const received = events.find((event): event is CaseReceived => event.type === 'CaseReceived');
    if (state.status === 'none' || !received) return null;
    const sealed: unknown = received.data.attachments;
    const refs = isSealedEnvelope(sealed) ? await this.vault.unseal(sealed, received.data.citizenId) : (sealed ?? []);
    return { caseId, state, citizenId: received.data.citizenId, refs: isErased(refs) ? 'erased' : (refs as AttachmentRef[]) };
  }

  /** One file of the case: 404 when the case names no such file, 410 once erased. */
  async open(files: CaseFiles, sha256: string): Promise<OpenedAttachment> {
    if (files.refs === 'erased') throw attachmentsErased();
    const ref = files.refs.find((candidate) => candidate.sha256 === sha256.toLowerCase());
    if (!ref) {
      throw new NotFoundException({ statusCode: 404, error: 'Not Found', code: 'ATTACHMENT_NOT_FOUND', message: `Case ${files.caseId} has no file ${sha256}` });
    }
    const bytes = await this.files.get(files.citizenId, ref.sha256);
    if (bytes === null || isErased(bytes)) throw attachmentsErased();
    return { ref, bytes };
  }
}

function attachmentsErased(): GoneException {
  return new GoneException({
    statusCode: 410,
    error: 'Gone',
    code: 'PERSONAL_DATA_ERASED',
    message: "Gli allegati sono stati cancellati insieme ai dati personali del cittadino.",
  });
}
