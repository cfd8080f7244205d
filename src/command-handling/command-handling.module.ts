import { Global, Module } from '@nestjs/common';
import { DecideAndAppend } from './decide-and-append';
import { IdempotentAnswers } from './idempotent-answers';
import { LocalAppends } from './local-appends';

/** The write path every use case shares. */
@Global()
@Module({ providers: [DecideAndAppend, IdempotentAnswers, LocalAppends], exports: [DecideAndAppend, IdempotentAnswers, LocalAppends] })
export class CommandHandlingModule {}
