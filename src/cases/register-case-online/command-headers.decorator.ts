import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import type { CommandContext } from '../../command-handling/command-context';
import { idempotencyKey } from '../../command-handling/command-context.decorator';

export type CommandHeaders = Omit<CommandContext, 'actor' | 'expectedRevision'>;

/**
 * The parts of a command's context that come from headers, for a public route where no
 * user is authenticated (so @Command cannot be used): the actor is established by the
 * route itself. The Idempotency-Key follows the same rule as @Command's.
 */
export const CommandHeaders = createParamDecorator((commandName: string, ctx: ExecutionContext): CommandHeaders => {
  const request = ctx.switchToHttp().getRequest<Request>();
  return {
    commandName,
    correlationId: request.header('x-correlation-id') ?? randomUUID(),
    idempotencyKey: idempotencyKey(request),
  };
});
