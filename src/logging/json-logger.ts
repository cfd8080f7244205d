/**
 * Nest's LoggerService over one pino logger: every line Nest or the application writes is a
 * JSON line on stdout, with its Nest context under `context`.
 */
import { Injectable, LoggerService } from '@nestjs/common';
import pino, { type Level, type LevelWithSilent, type Logger } from 'pino';

/** Nest's exception handlers call error(message, stack, context): a stack is a string with "at" lines. */
const STACK = /\n\s*at /;

@Injectable()
export class JsonLogger implements LoggerService {
  readonly pino: Logger;

  constructor(levelOrLogger: LevelWithSilent | Logger) {
    this.pino = typeof levelOrLogger === 'string' ? pino({ level: levelOrLogger }) : levelOrLogger;
  }

  log(message: unknown, ...optional: unknown[]): void {
    this.write('info', message, optional);
  }

  error(message: unknown, ...optional: unknown[]): void {
    this.write('error', message, optional);
  }

  warn(message: unknown, ...optional: unknown[]): void {
    this.write('warn', message, optional);
  }

  debug(message: unknown, ...optional: unknown[]): void {
    this.write('debug', message, optional);
  }

  verbose(message: unknown, ...optional: unknown[]): void {
    this.write('trace', message, optional);
  }

  fatal(message: unknown, ...optional: unknown[]): void {
    this.write('fatal', message, optional);
  }

  /**
   * Nest passes the context last, and Nest's exception handlers an error's stack before it
   * (error(message, stack, context), or error(message, stack) from the static Logger). A Logger
   * with a context passes undefined for an absent argument.
   */
  private write(level: Level, message: unknown, optional: unknown[]): void {
    if (!this.pino.isLevelEnabled(level)) return;
    const fields: Record<string, unknown> = {};
    const rest = optional.filter((value) => value !== undefined);
    const last = rest[rest.length - 1];
    if (typeof last === 'string' && !(level === 'error' && STACK.test(last))) fields.context = rest.pop();
    if (level === 'error' && typeof message === 'string' && typeof rest[0] === 'string' && STACK.test(rest[0])) {
      const error = new Error(message);
      error.stack = rest.shift() as string;
      fields.err = error;
    }
    if (message instanceof Error) fields.err = message;
    else if (message !== null && typeof message === 'object') Object.assign(fields, message);
    const text = typeof message === 'string' ? message : message instanceof Error ? message.message : undefined;
    if (rest.length > 0) fields.details = rest;
    this.pino[level](fields, text);
  }
}
