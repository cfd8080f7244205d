import { Module } from '@nestjs/common';
import { ChannelPolicyDirectory } from './channel-policy-directory';
import { GetChannelPolicyController } from './get-channel-policy/get-channel-policy.controller';
import { SetChannelPolicyController } from './set-channel-policy/set-channel-policy.controller';
import { SetChannelPolicyHandler } from './set-channel-policy/set-channel-policy.handler';

/** The channel policy: admins decide (events), registration and classification read it from memory. */
@Module({
  controllers: [GetChannelPolicyController, SetChannelPolicyController],
  providers: [ChannelPolicyDirectory, SetChannelPolicyHandler],
  exports: [ChannelPolicyDirectory],
})
export class ChannelPolicyModule {}
