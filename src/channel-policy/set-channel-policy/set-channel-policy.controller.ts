import { Body, Controller, HttpCode, HttpStatus, Param, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth';
import type { CommandContext } from '../../command-handling/command-context';
import { Command } from '../../command-handling/command-context.decorator';
import { IdempotentAnswers } from '../../command-handling/idempotent-answers';
import { RevisionCommandDocs, sendRevisionAnswer } from '../../http/revision-command-http';
import { ChannelPolicyView } from '../channel-policy-view';
import { SetChannelPolicyCommand } from './set-channel-policy.command';
import { ChannelParams, SetChannelPolicyDto } from './set-channel-policy.dto';

@ApiTags('channel-policy')
@Controller('channel-policy')
export class SetChannelPolicyController {
  constructor(
    private readonly commands: CommandBus,
    private readonly answers: IdempotentAnswers,
  ) {}

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
  async set(
    @Param() { channel }: ChannelParams,
    @Body() dto: SetChannelPolicyDto,
    @Command('set-channel-policy') context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ChannelPolicyView> {
    const answer = await this.answers.run(context, { channel, ...dto }, async () => ({
      statusCode: HttpStatus.OK,
      body: await this.commands.execute(new SetChannelPolicyCommand(channel, dto.acceptedKinds, context)),
    }));
    return sendRevisionAnswer(response, answer);
  }
}
