import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DecideAndAppend } from '../../command-handling/decide-and-append';
import { CHANNEL_POLICY_STREAM, type ActorRole } from '../../contracts';
import { channelPolicyDecider } from '../../domain';
import { CLOCK, type Clock } from '../../shared/clock';
import { toChannelPolicyView, type ChannelPolicyView } from '../channel-policy-view';
import { SetChannelPolicyCommand } from './set-channel-policy.command';

/** One admin decision through the shared write path; the answer is the whole policy after it. */
@CommandHandler(SetChannelPolicyCommand)
export class SetChannelPolicyHandler implements ICommandHandler<SetChannelPolicyCommand, ChannelPolicyView> {
  constructor(
    private readonly decideAndAppend: DecideAndAppend,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ channel, acceptedKinds, context }: SetChannelPolicyCommand): Promise<ChannelPolicyView> {
    const at = this.clock.now().toISOString();
    const result = await this.decideAndAppend.execute({
      stream: CHANNEL_POLICY_STREAM,
      decider: channelPolicyDecider,
      decide: (state) =>
        channelPolicyDecider.decide(
          { type: 'SetChannelPolicy', channel, acceptedKinds, actor: { id: context.actor.id, role: context.actor.role as ActorRole }, at },
          state,
        ),
      context,
    });
    return toChannelPolicyView(result.state, result.revision, at);
  }
}
