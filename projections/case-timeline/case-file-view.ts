/** A case file as GET /cases/{id} shows it, for one viewer on one day. */
import { type RomeDate, positionToString, calendarDaysBetween, descriptionWithoutTitle } from '../../src/read-side';
import { isOpen } from '../shared/case-summary';
import { finalReplyStanding } from '../shared/final-reply-standing';
import type { CaseDetailView, PersonalDataView, TimelineEntryView } from './case-detail.view';
import type { PersonalDataAccess } from './personal-data-access';
import { anyErased, citizenView, displayText, entryTextField } from './personal-data-display';
import type { OpenedEntry, StoredCaseFile } from './stored-case-file';

/** Names for actors that are not users. */
const NON_USER_ACTORS: Record<string, string> = { system: 'Sistema', citizen: 'Cittadino' };

export function caseDetailView(stored: StoredCaseFile, entries: OpenedEntry[], access: PersonalDataAccess, today: RomeDate): CaseDetailView {
  const { summary } = stored;
  const suspended = summary.suspendedSince !== null;
  const standing = isOpen(summary.status)
    ? finalReplyStanding({ dueDate: summary.finalReplyDueDate, dueSoonDays: summary.dueSoonDays, suspended }, today)
    : null;
  return {
    caseId: summary.caseId,
    reference: summary.reference,
    revision: summary.revision,
    kind: summary.kind,
    channel: summary.channel,
    subject: summary.subject,
    status: summary.status,
    sector: summary.sectorId === null ? null : { id: summary.sectorId, name: stored.sectorName },
    receivedAt: summary.receivedAt,
    finalReply: {
      dueDate: summary.finalReplyDueDate,
      dueSoonDays: summary.dueSoonDays,
      daysLeft: standing?.daysLeft ?? null,
      slaState: standing?.slaState ?? null,
      dueSoonWarned: summary.dueSoonWarnedFor === summary.finalReplyDueDate,
      overdueMarked: summary.overdueMarkedFor === summary.finalReplyDueDate,
    },
    takeCharge:
      summary.takeChargeDueDate === null
        ? null
        : { dueDate: summary.takeChargeDueDate, daysLeft: calendarDaysBetween(today, summary.takeChargeDueDate) },
    suspended,
    suspendedSince: summary.suspendedSince,
    // Counted over the whole timeline: the summary restarts them on a reopen or a new routing.
    remindersSent: countOf(entries, 'TakeChargeReminderSent'),
    interimReplies: countOf(entries, 'InterimReplySent'),
    outcome: summary.outcome,
    closedAt: summary.closedAt,
    mergedIntoCaseId: summary.mergedIntoCaseId,
    personalData: personalDataView(entries, access),
    timeline: entries.map(timelineEntryView),
  };
}

function countOf(entries: readonly OpenedEntry[], eventType: string): number {
  return entries.filter((entry) => entry.stored.event_type === eventType).length;
}

/** The header's personal data comes from the receipt, the one event that holds identity and description. */
function personalDataView(entries: OpenedEntry[], access: PersonalDataAccess): PersonalDataView {
  const receipt = entries.filter((entry) => entry.stored.event_type === 'CaseReceived').at(-1)?.opened ?? {};
  return {
    access,
    erased: entries.some((entry) => anyErased(entry.opened)),
    citizen: citizenView(receipt.citizen, access),
    title: displayText(receipt.title),
    description: typeof receipt.description === 'string' && typeof receipt.title === 'string'
      ? descriptionWithoutTitle(receipt.description, receipt.title)
      : displayText(receipt.description),
    location: displayText(receipt.location),
  };
}

function timelineEntryView({ stored, opened }: OpenedEntry): TimelineEntryView {
  const textField = entryTextField(stored.event_type);
  return {
    revision: stored.revision,
    position: positionToString({ commit: Number(stored.position_commit), prepare: Number(stored.position_prepare) }),
    eventId: stored.event_id,
    type: stored.event_type,
    occurredAt: stored.occurred_at,
    recordedAt: stored.recorded_at,
    actor: {
      id: stored.actor_id,
      role: stored.actor_role,
      displayName: stored.display_name ?? NON_USER_ACTORS[stored.actor_role] ?? null,
    },
    channel: stored.channel,
    title: stored.title,
    text: textField ? displayText(opened[textField]) : null,
  };
}
