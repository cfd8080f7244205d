/**
 * The shape every event has before infrastructure stores it: a type name and plain,
 * JSON-safe data (strings, numbers, booleans, null, arrays, plain objects).
 * Infrastructure adds the id and the metadata (actor, correlation, schema version).
 */
export interface DomainEvent<Type extends string = string, Data extends object = object> {
  readonly type: Type;
  readonly data: Data;
}

/** Instants are ISO-8601 strings in UTC; dates are Europe/Rome calendar dates 'YYYY-MM-DD'. */
export type { Instant, RomeDate } from '../shared/rome-time';
