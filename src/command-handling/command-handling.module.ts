import { Global, Module } from '@nestjs/common';
import { DecideAndAppend } from './decide-and-append';
import { IdempotentAnswers } from './idempotent-answers';
import { IdempotentCommandBus } from './idempotent-command-bus';
import { LocalAppends } from './local-appends';

/** The write path every use case shares. */
@Global()
@Module({
  providers: [DecideAndAppend, IdempotentAnswers, IdempotentCommandBus, LocalAppends],
  exports: [DecideAndAppend, IdempotentAnswers, IdempotentCommandBus, LocalAppends],
})
export class CommandHandlingModule {}
