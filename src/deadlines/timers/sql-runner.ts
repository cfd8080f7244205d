/** What the timers' SQL needs: a DataSource, or a transaction's EntityManager. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<any[]>;
}
