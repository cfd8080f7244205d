/**
 * Audit commands, run beside the application (or by an auditor with read access):
 *
 *   DATABASE_URL=postgres://... npx ts-node --transpile-only src/audit/cli.ts verify-chain
 *   DATABASE_URL=postgres://... npx ts-node --transpile-only src/audit/cli.ts chain-head
 *   (compiled: node dist/src/audit/cli.js ...; add EVENTSTORE_URL when events live in EventStoreDB)
 *
 * Exit codes: 0 intact, 1 mismatch (or the published head no longer matches), 2 could not verify.
 */
import { Pool } from 'pg';
import type { EventStore } from '../event-store/event-store.port';
import { createEventStoreDbEventStore } from '../event-store/eventstoredb/eventstoredb-event-store';
import { createPostgresEventStore } from '../event-store/postgres/postgres-event-store';
import { AUDIT_USAGE, AuditCommand, AuditUsageError, parseAuditArguments } from './cli-arguments';
import { ChainDb, pgChainDb } from './hash-chain/chain-db';
import { readChainHead } from './hash-chain/chain-table';
import { isIntact } from './hash-chain/chain-verification';
import { verifyChain } from './hash-chain/verify-chain';
import { summarizeHead, summarizeVerification } from './verification-summary';

export interface AuditCliIo {
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export const EXIT_INTACT = 0;
export const EXIT_MISMATCH = 1;
export const EXIT_CANNOT_VERIFY = 2;

export async function runAuditCli(args: readonly string[], io: AuditCliIo): Promise<number> {
  let command: AuditCommand;
  try {
    command = parseAuditArguments(args);
  } catch (error) {
    if (!(error instanceof AuditUsageError)) throw error;
    io.stderr.write(`${error.message}\n${AUDIT_USAGE}\n`);
    return EXIT_CANNOT_VERIFY;
  }
  if (command.command === 'help') {
    io.stdout.write(`${AUDIT_USAGE}\n`);
    return EXIT_INTACT;
  }
  const databaseUrl = io.env.DATABASE_URL?.trim();
  if (!databaseUrl) {
    io.stderr.write(`DATABASE_URL is not set\n${AUDIT_USAGE}\n`);
    return EXIT_CANNOT_VERIFY;
  }
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  // An idle connection the server drops must not crash the verifier: the query that needs it fails instead.
  pool.on('error', () => undefined);
  const store = openStore(databaseUrl, io.env.EVENTSTORE_URL?.trim() || undefined);
  try {
    return await execute(command, store, pgChainDb(pool), io);
  } catch (error) {
    io.stderr.write(`could not verify the hash chain: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_CANNOT_VERIFY;
  } finally {
    await store.close();
    await pool.end();
  }
}

async function execute(command: Exclude<AuditCommand, { command: 'help' }>, store: EventStore, db: ChainDb, io: AuditCliIo): Promise<number> {
  if (command.command === 'chain-head') {
    const head = await readChainHead(db);
    io.stdout.write(`${command.json ? JSON.stringify(head, null, 2) : summarizeHead(head)}\n`);
    return EXIT_INTACT;
  }
  const verification = await verifyChain(store, db, { publishedHead: command.publishedHead });
  const intact = isIntact(verification);
  io.stdout.write(`${command.json ? JSON.stringify({ intact, ...verification }, null, 2) : summarizeVerification(verification).join('\n')}\n`);
  return intact ? EXIT_INTACT : EXIT_MISMATCH;
}

function openStore(databaseUrl: string, eventStoreUrl: string | undefined): EventStore {
  if (eventStoreUrl) return createEventStoreDbEventStore({ connectionString: eventStoreUrl });
  return createPostgresEventStore({ connectionString: databaseUrl, maxConnections: 2 });
}

if (require.main === module) {
  runAuditCli(process.argv.slice(2), { env: process.env, stdout: process.stdout, stderr: process.stderr }).then(
    (code) => process.exit(code),
    (error) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(EXIT_CANNOT_VERIFY);
    },
  );
}
