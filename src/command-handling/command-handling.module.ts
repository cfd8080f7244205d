import { Global, Module } from '@nestjs/common';
import { DecideAndAppend } from './decide-and-append';
import { IdempotentAnswers } from './idempotent-answers';

/** The write path every use case shares. */
@Global()
@Module({ providers: [DecideAndAppend, IdempotentAnswers], exports: [DecideAndAppend, IdempotentAnswers] })
export class CommandHandlingModule {}
