/**
 * The embedded default: a PGlite database (PostgreSQL compiled to WebAssembly) served over
 * the PostgreSQL wire protocol (pglite-wire-server.ts), so that `npm start` and `npm test` work on a machine with
 * only Node. Every other part of the system talks to it with the ordinary `pg` driver, as
 * it would to a real server.
 */
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PgliteWireServer } from './pglite-wire-server';

export interface EmbeddedPostgres {
  /** postgres://... URL for the `pg` driver and TypeORM. */
  url: string;
  /** How many connections the server multiplexes: size pools to at most this. */
  maxConnections: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder that persists the database; in memory when omitted. */
  dataDir?: string;
  /** TCP port on 127.0.0.1; 0 picks a free one. */
  port?: number;
  maxConnections?: number;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
  const maxConnections = options.maxConnections ?? 8;
  const server = new PgliteWireServer(db, maxConnections);
  const port = await server.listen(options.port ?? 0);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    maxConnections,
    async stop() {
      await server.close();
      await db.close();
    },
  };
}
