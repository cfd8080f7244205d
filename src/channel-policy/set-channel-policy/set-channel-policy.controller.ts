import { Body, Controller, HttpCode, HttpStatus, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth';
import type { CommandContext } from '../../command-handling/command-context';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';
import { RevisionCommandDocs } from '../../http/revision-command-http';
import { ChannelPolicyView } from '../channel-policy-view';
import { SetChannelPolicyCommand } from './set-channel-policy.command';
import { ChannelParams, SetChannelPolicyDto } from './set-channel-policy.dto';

@ApiTags('channel-policy')
@Controller('channel-policy')
export class SetChannelPolicyController {
  constructor(private readonly commands: IdempotentCommandBus) {}

  @Put(':channel')
  @HttpCode(HttpStatus.OK)
  @Roles('admin')
  @ApiOperation({
    summary: 'Say which kinds of case a channel accepts from now on (admins)',
    description: 'Cases already received keep the policy in force when they arrived. Saying again what holds records nothing.',
  })
  @RevisionCommandDocs({
    status: HttpStatus.OK,
    description: 'The whole policy after the decision.',
    view: ChannelPolicyView,
    resource: 'channel policy',
    notFoundCode: 'not used',
    refusals: ['INVALID_VALUE'],
  })
  @CommandEndpoint('set-channel-policy')
  set(
    @Param() { channel }: ChannelParams,
    @Body() dto: SetChannelPolicyDto,
    @Command() context: CommandContext,
  ): Promise<ChannelPolicyView> {
    return this.commands.execute(new SetChannelPolicyCommand(channel, dto.acceptedKinds, context), context);
  }
}
