/** The WHERE condition for a read-of-all filter (event types or stream prefixes). */
import type { EventFilter } from '../event-store.port';
import { SqlParams } from './sql-params';

/** An SQL condition for the filter; 'TRUE' when there is none. */
export function eventFilterCondition(filter: EventFilter | undefined, params: SqlParams): string {
  if (!filter) return 'TRUE';
  if ('eventTypes' in filter) return `event_type = ANY(${params.add([...filter.eventTypes])}::text[])`;
  return streamPrefixCondition(filter.streamPrefixes, params);
}

/**
 * One LIKE per prefix, OR-ed, rather than LIKE ANY(array): each LIKE 'prefix%' can use the
 * (stream_name, stream_revision) key (stream_name is COLLATE "C"), an array of patterns cannot.
 */
function streamPrefixCondition(prefixes: readonly string[], params: SqlParams): string {
  if (prefixes.length === 0) return 'FALSE';
  const likes = prefixes.map((prefix) => `stream_name LIKE ${params.add(likePrefixPattern(prefix))}`);
  return `(${likes.join(' OR ')})`;
}

/** A LIKE pattern matching names that start with `prefix`, taken literally (%, _ and \ escaped). */
export function likePrefixPattern(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, '\\$&')}%`;
}
