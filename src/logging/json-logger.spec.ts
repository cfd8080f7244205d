import { Logger, type LoggerService } from '@nestjs/common';
import pino, { type LevelWithSilent } from 'pino';
import { JsonLogger } from './json-logger';

type Line = Record<string, any>;

/** A JsonLogger over a real pino logger whose lines land, parsed, in `lines`. */
function jsonLoggerAt(level: LevelWithSilent): { logger: JsonLogger; lines: Line[] } {
  const lines: Line[] = [];
  const logger = new JsonLogger(pino({ level }, { write: (line: string) => lines.push(JSON.parse(line)) }));
  return { logger, lines };
}

describe('JsonLogger', () => {
  it('writes the context Nest passes last in the context field', () => {
    const { logger, lines } = jsonLoggerAt('info');
    logger.log('Nest application successfully started', 'NestApplication');

    expect(lines).toEqual([expect.objectContaining({ level: 30, msg: 'Nest application successfully started', context: 'NestApplication' })]);
    expect(lines[0]).not.toHaveProperty('details');
  });

  it.each([
    ['verbose', 10],
    ['debug', 20],
    ['log', 30],
    ['warn', 40],
    ['error', 50],
    ['fatal', 60],
  ] as const)('writes %s at pino level %i', (method, level) => {
    const { logger, lines } = jsonLoggerAt('trace');
    logger[method]('a line', 'Ctx');

    expect(lines).toEqual([expect.objectContaining({ level, msg: 'a line', context: 'Ctx' })]);
  });

  it("turns Nest's error(message, stack, context) into msg and an err carrying that stack", () => {
    const { logger, lines } = jsonLoggerAt('info');
    const stack = new Error('connect ECONNREFUSED 127.0.0.1:5432').stack!;
    logger.error('Connection to the event store lost', stack, 'ExceptionsHandler');

    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line).toMatchObject({ level: 50, msg: 'Connection to the event store lost', context: 'ExceptionsHandler' });
    // pino's err serializer writes the stack it was given, not one of JsonLogger's own frames.
    expect(line.err).toMatchObject({ type: 'Error', message: 'Connection to the event store lost', stack });
    expect(line).not.toHaveProperty('details');
  });

  it('does not take a plain second string for a stack', () => {
    const { logger, lines } = jsonLoggerAt('info');
    logger.error('Refused', 'no stack here', 'Ctx');

    expect(lines[0]).toMatchObject({ msg: 'Refused', context: 'Ctx', details: ['no stack here'] });
    expect(lines[0]).not.toHaveProperty('err');
  });

  it('writes an Error given as message under err, with its message as msg', () => {
    const { logger, lines } = jsonLoggerAt('info');
    const error = new TypeError('Cannot read properties of undefined');
    logger.error(error, 'CasesService');

    expect(lines[0]).toMatchObject({ level: 50, msg: error.message, context: 'CasesService' });
    expect(lines[0].err).toMatchObject({ type: 'TypeError', message: error.message, stack: error.stack });
  });

  it("merges an object message into the line's fields", () => {
    const { logger, lines } = jsonLoggerAt('info');
    logger.warn({ requestId: 'req-1', caseId: 'case-9', msg: 'Deadline missed' }, 'Deadlines');

    expect(lines[0]).toMatchObject({ level: 40, requestId: 'req-1', caseId: 'case-9', msg: 'Deadline missed', context: 'Deadlines' });
  });

  it("writes nothing below the pino logger's level", () => {
    const { logger, lines } = jsonLoggerAt('warn');
    logger.verbose('v');
    logger.debug('d');
    logger.log('l');
    logger.warn('w');
    logger.error('e');

    expect(lines.map((line) => line.msg)).toEqual(['w', 'e']);
  });

  it('builds its own pino logger when given a level', () => {
    expect(new JsonLogger('silent').pino.level).toBe('silent');
  });

  describe("as Nest's logger", () => {
    // Logger keeps the overriding logger in a static field; put the original back for the other tests.
    let original: LoggerService | undefined;
    beforeEach(() => {
      original = Logger['staticInstanceRef'];
    });
    afterEach(() => {
      Logger.overrideLogger(original ?? false);
    });

    it("receives the lines of Nest's Logger, with the Logger's context", () => {
      const { logger, lines } = jsonLoggerAt('info');
      Logger.overrideLogger(logger);

      new Logger('CasesService').log('Case opened');
      Logger.warn('Slow query', 'Database');

      expect(lines).toEqual([
        expect.objectContaining({ level: 30, msg: 'Case opened', context: 'CasesService' }),
        expect.objectContaining({ level: 40, msg: 'Slow query', context: 'Database' }),
      ]);
    });

    it('writes the line ErrorFilter logs for an unexpected 5xx with its request id, err and msg', () => {
      const { logger, lines } = jsonLoggerAt('info');
      Logger.overrideLogger(logger);
      const fault = new Error('relation "cases" does not exist');

      // What ErrorFilter does (src/http/error-filter.ts).
      new Logger('HTTP').error({ requestId: 'req-42', err: fault, msg: `GET /api/v1/cases failed: ${fault.message}` });

      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({
        level: 50,
        context: 'HTTP',
        requestId: 'req-42',
        msg: 'GET /api/v1/cases failed: relation "cases" does not exist',
        err: { type: 'Error', message: fault.message, stack: fault.stack },
      });
      // Nest's Logger passes undefined for the absent second argument: it is no detail.
      expect(lines[0]).not.toHaveProperty('details');
    });

    it("takes the stack the static Logger passes without a context for the error's stack, not for a context", () => {
      const { logger, lines } = jsonLoggerAt('info');
      Logger.overrideLogger(logger);
      const fault = new Error('boom');
      Logger.error('Unhandled failure', fault.stack);

      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ level: 50, msg: 'Unhandled failure', err: { stack: fault.stack } });
      expect(lines[0]).not.toHaveProperty('context');
    });
  });
});
