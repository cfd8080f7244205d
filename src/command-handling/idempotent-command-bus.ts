import { Injectable } from '@nestjs/common';
import { Command, CommandBus } from '@nestjs/cqrs';
import type { CommandContext } from './command-context';
import { IdempotentAnswers } from './idempotent-answers';

/**
 * Every command endpoint's way to the command bus: each command runs once per
 * Idempotency-Key, and a retry gets the first answer (even if the resource changed since)
 * without running again; the same key with another request (`context.request`, set by
 * @CommandEndpoint) is 422 IDEMPOTENCY_KEY_REUSED. Answers are stored in clear: they must
 * never hold personal data (a route adds such parts to the answer after this returns).
 */
@Injectable()
export class IdempotentCommandBus {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly answers: IdempotentAnswers,
  ) {}

  async execute<Answer>(command: Command<Answer>, context: CommandContext): Promise<Answer> {
    // The route sets the HTTP status; the stored one only marks the key as answered.
    const answer = await this.answers.run(context, context.request ?? null, async () => ({
      statusCode: 200,
      body: await this.commandBus.execute(command),
    }));
    return answer.body;
  }
}
