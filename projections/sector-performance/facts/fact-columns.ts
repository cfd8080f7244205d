/**
 * How a fact type is stored: one column per field. DDL, the select list and the mapping
 * both ways come from this one list, so a field cannot be written and read differently.
 */
import { selectAsText } from '../../shared/recordsets';

export interface FactColumn<T> {
  key: keyof T & string;
  column: string;
  /** SQL type: 'text', 'integer', 'boolean', 'date', 'timestamptz', 'jsonb'. */
  type: string;
  nullable: boolean;
}

export function factColumn<T>(key: keyof T & string, column: string, type: string, nullable = false): FactColumn<T> {
  return { key, column, type, nullable };
}

export function columnsDdl<T>(columns: readonly FactColumn<T>[]): string {
  return columns.map((c) => `${c.column} ${c.type}${c.nullable ? '' : ' NOT NULL'}`).join(',\n  ');
}

/** The select list factFromRow reads: dates as 'YYYY-MM-DD', instants as ISO-8601 UTC. */
export function selectList<T>(alias: string, columns: readonly FactColumn<T>[]): string {
  return columns.map((c) => `${selectAsText(`${alias}.${c.column}`, c.type)} AS ${c.column}`).join(', ');
}

export function factFromRow<T>(row: Record<string, unknown>, columns: readonly FactColumn<T>[]): T {
  return Object.fromEntries(columns.map((c) => [c.key, row[c.column]])) as T;
}

export function recordOf<T>(fact: T, columns: readonly FactColumn<T>[]): Record<string, unknown> {
  return Object.fromEntries(columns.map((c) => [c.column, fact[c.key]]));
}
