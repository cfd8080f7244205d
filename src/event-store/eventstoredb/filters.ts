/**
 * Which events the port shows, and how that becomes a server-side filter for subscriptions.
 * System events ($-prefixed types or streams: metadata, settings, statistics, links) are
 * EventStoreDB's own bookkeeping and never reach the port. The predicate here is the rule;
 * the server filter only spares the network, so both are always applied.
 */
import { eventTypeFilter, excludeSystemEvents, streamNameFilter } from '@eventstore/db-client';
import type { Filter } from '@eventstore/db-client';
import { EventFilter } from '../event-store.port';

/** The two fields every recorded event has, on both sides of the mapping. */
export interface StreamAndType {
  streamId: string;
  type: string;
}

export function isSystemEvent(event: StreamAndType): boolean {
  return event.type.startsWith('$') || event.streamId.startsWith('$');
}

export function matchesFilter(event: StreamAndType, filter: EventFilter | undefined): boolean {
  if (!filter) return true;
  if ('eventTypes' in filter) return filter.eventTypes.includes(event.type);
  return filter.streamPrefixes.some((prefix) => event.streamId.startsWith(prefix));
}

export function isVisible(event: StreamAndType, filter: EventFilter | undefined): boolean {
  return !isSystemEvent(event) && matchesFilter(event, filter);
}

/**
 * The server filter of a subscription. An empty list cannot be expressed as a server filter
 * (an empty prefix list is not a valid one), so it falls back to excluding system events
 * and the adapter's predicate drops the rest.
 */
export function toSubscriptionFilter(filter: EventFilter | undefined): Filter {
  if (filter && 'eventTypes' in filter && filter.eventTypes.length > 0) {
    return eventTypeFilter({ regex: exactNamesRegex(filter.eventTypes) });
  }
  if (filter && 'streamPrefixes' in filter && filter.streamPrefixes.length > 0) {
    return streamNameFilter({ prefixes: [...filter.streamPrefixes] });
  }
  return excludeSystemEvents();
}

/** A regex matching exactly one of the names, e.g. ^(CaseOpened|CaseClosed)$. */
export function exactNamesRegex(names: readonly string[]): string {
  return `^(${names.map(escapeRegex).join('|')})$`;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
