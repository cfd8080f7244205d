import { Injectable } from '@nestjs/common';
import { Command, CommandBus } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';
import { IdempotentAnswers } from '../../command-handling/idempotent-answers';

/**
 * The controllers' way to the command bus: each command runs once per Idempotency-Key, and
 * a retry gets the first answer (even if the case changed since) without running again.
 * Answers are stored in clear: they must never hold personal data.
 */
@Injectable()
export class IdempotentCommandBus {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly answers: IdempotentAnswers,
  ) {}

  /**
   * `request` is what the caller sent (path parameters and body): a key sent again with a
   * different request is refused. `statusCode` is the route's, remembered with the answer.
   */
  async execute<Answer>(command: Command<Answer>, context: CommandContext, request: unknown, statusCode = 200): Promise<Answer> {
    const answer = await this.answers.run(context, request, async () => ({
      statusCode,
      body: await this.commandBus.execute(command),
    }));
    return answer.body;
  }
}
