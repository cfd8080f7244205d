/**
 * Delivery of every message: the outbox projection (register OutboxProjection with the
 * ProjectionsModule) finds the messages, the dispatcher sends them and records the outcome.
 * Needs the global DataSource, EVENT_STORE, CLOCK, APP_CONFIG and the PersonalDataVault.
 */
import { DynamicModule, Module } from '@nestjs/common';
import { MessageComposer } from './compose/message-composer';
import { MessagesController } from './list-messages/messages.controller';
import { createMailTransport } from './mail-transport';
import { MAIL_TRANSPORT, MESSAGING_SETTINGS } from './messaging.tokens';
import type { MessagingSettings } from './messaging-settings';
import { OutboxDispatcher } from './outbox-dispatcher';

@Module({})
export class MessagingModule {
  static register(options: { run: boolean; settings: MessagingSettings }): DynamicModule {
    return {
      module: MessagingModule,
      controllers: [MessagesController],
      providers: [
        { provide: MESSAGING_SETTINGS, useValue: options.settings },
        { provide: MAIL_TRANSPORT, useFactory: () => createMailTransport(options.settings) },
        { provide: 'MESSAGING_RUN', useValue: options.run },
        MessageComposer,
        OutboxDispatcher,
      ],
      exports: [OutboxDispatcher, MESSAGING_SETTINGS],
    };
  }
}
