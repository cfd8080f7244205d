import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';
import type { CaseKind, Channel } from '../../contracts';
import type { ChannelPolicyView } from '../channel-policy-view';

export class SetChannelPolicyCommand extends Command<ChannelPolicyView> {
  constructor(
    readonly channel: Channel,
    readonly acceptedKinds: CaseKind[],
    readonly context: CommandContext,
  ) {
    super();
  }
}
