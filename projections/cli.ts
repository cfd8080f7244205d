/**
 * Operator commands for the projections, run beside (or instead of) the application:
 *
 *   DATABASE_URL=postgres://... npx ts-node --transpile-only projections/cli.ts status
 *   DATABASE_URL=postgres://... npx ts-node --transpile-only projections/cli.ts rebuild operator_queue --batch 1000
 *   (compiled: node dist/projections/cli.js ...)
 *
 * A rebuild here is safe while the application runs: the live tables keep serving and the
 * running projector waits only for the swap (projections/runner/rebuild.ts).
 */
import 'reflect-metadata';
import { DynamicModule, Module, ModuleMetadata, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { EVENT_STORE, EventStore } from '../src/event-store/event-store.port';
import { positionToString } from '../src/event-store/position';
import { createEventStoreDbEventStore } from '../src/event-store/eventstoredb/eventstoredb-event-store';
import { createPostgresEventStore } from '../src/event-store/postgres/postgres-event-store';
import { CLOCK, systemClock } from '../src/shared/clock';
import { CLI_USAGE, CliCommand, CliUsageError, parseCliArguments } from './runner/cli-arguments';
import { APP_PROJECTIONS } from './app-projections';
import type { Projection } from './runner/projection';
import { ProjectionRunner } from './runner/projection-runner';
import { ProjectionsModule } from './runner/projections.module';
import { progressPrinter, ProgressStream } from './runner/progress-printer';
import { RebuildAbortedError } from './runner/rebuild';
import { toStatusResponse } from './runner/status-response';

export { APP_PROJECTIONS };
/** Modules providing what those projections inject beyond DataSource, EVENT_STORE and CLOCK. */
export const APP_PROJECTION_IMPORTS: NonNullable<ModuleMetadata['imports']> = [];

export interface CliOptions {
  env: NodeJS.ProcessEnv;
  projections: Type<Projection>[];
  /** Modules the projections need (see APP_PROJECTION_IMPORTS). */
  imports?: NonNullable<ModuleMetadata['imports']>;
  stdout: ProgressStream;
  stderr: ProgressStream;
  /** Aborting it stops a rebuild between batches (Ctrl-C). */
  signal?: AbortSignal;
}

export async function runProjectionsCli(args: readonly string[], options: CliOptions): Promise<number> {
  let command: CliCommand;
  try {
    command = parseCliArguments(args);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    options.stderr.write(`${error.message}\n${CLI_USAGE}\n`);
    return 2;
  }
  if (command.command === 'help') {
    options.stdout.write(`${CLI_USAGE}\n`);
    return 0;
  }
  const databaseUrl = options.env.DATABASE_URL?.trim();
  if (!databaseUrl) {
    options.stderr.write(`DATABASE_URL is not set\n${CLI_USAGE}\n`);
    return 2;
  }
  const connections = await connect(databaseUrl, options.env.EVENTSTORE_URL?.trim() || undefined);
  try {
    const app = await NestFactory.createApplicationContext(
      ProjectionsCliModule.with(connections, options.projections, options.imports ?? []),
      { logger: ['error', 'warn'] },
    );
    try {
      return await execute(command, app.get(ProjectionRunner), options);
    } catch (error) {
      options.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    } finally {
      await app.close();
    }
  } finally {
    await connections.close();
  }
}

async function execute(command: CliCommand, runner: ProjectionRunner, options: CliOptions): Promise<number> {
  if (command.command === 'status') {
    options.stdout.write(`${JSON.stringify(toStatusResponse(await runner.status()), null, 2)}\n`);
    return 0;
  }
  if (command.command !== 'rebuild') return 0;
  const printer = progressPrinter(options.stderr);
  try {
    const result = await runner.rebuild(command.projection, {
      batchSize: command.batchSize ?? runner.settings.batchSize,
      fresh: !command.resume,
      signal: options.signal,
      onProgress: (progress) => printer.update(progress),
    });
    printer.finish();
    options.stderr.write(
      `${result.projection}: rebuilt from ${result.eventsApplied} events in ${(result.elapsedMs / 1000).toFixed(1)} s and swapped in\n`,
    );
    options.stdout.write(`${JSON.stringify({ ...result, checkpoint: result.checkpoint && positionToString(result.checkpoint) })}\n`);
    return 0;
  } catch (error) {
    printer.finish();
    if (error instanceof RebuildAbortedError) {
      options.stderr.write(`${error.message} (run again with --resume to continue)\n`);
      return 130;
    }
    throw error;
  }
}

async function connect(databaseUrl: string, eventStoreUrl: string | undefined) {
  const dataSource = new DataSource(dataSourceOptions({ url: databaseUrl, poolSize: 4 }));
  await dataSource.initialize();
  const store: EventStore = eventStoreUrl
    ? createEventStoreDbEventStore({ connectionString: eventStoreUrl })
    : createPostgresEventStore({ connectionString: databaseUrl, maxConnections: 4 });
  return {
    dataSource,
    store,
    async close() {
      await store.close();
      await dataSource.destroy();
    },
  };
}

/** What the application's modules would provide the projections, from the CLI's own connections. */
@Module({})
class ProjectionsCliModule {
  static with(
    connections: { dataSource: DataSource; store: EventStore },
    projections: Type<Projection>[],
    imports: NonNullable<ModuleMetadata['imports']>,
  ): DynamicModule {
    return {
      module: ProjectionsCliModule,
      global: true,
      imports: [...imports, ProjectionsModule.register({ run: false, projections })],
      providers: [
        { provide: DataSource, useValue: connections.dataSource },
        { provide: EVENT_STORE, useValue: connections.store },
        { provide: CLOCK, useValue: systemClock },
      ],
      exports: [DataSource, EVENT_STORE, CLOCK],
    };
  }
}

if (require.main === module) {
  const interrupt = new AbortController();
  process.once('SIGINT', () => interrupt.abort());
  process.once('SIGTERM', () => interrupt.abort());
  runProjectionsCli(process.argv.slice(2), {
    env: process.env,
    projections: APP_PROJECTIONS,
    imports: APP_PROJECTION_IMPORTS,
    stdout: process.stdout,
    stderr: process.stderr,
    signal: interrupt.signal,
  }).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exit(1);
    },
  );
}
