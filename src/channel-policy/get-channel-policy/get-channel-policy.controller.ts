import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../auth';
import { CLOCK, type Clock } from '../../shared/clock';
import { normalizeInstant } from '../../shared/rome-time';
import { ChannelPolicyDirectory } from '../channel-policy-directory';
import { ChannelPolicyView, toChannelPolicyView } from '../channel-policy-view';
import { ChannelPolicyQuery } from './channel-policy.query';

@ApiTags('channel-policy')
@Controller('channel-policy')
export class GetChannelPolicyController {
  constructor(
    private readonly policy: ChannelPolicyDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Which kinds of case each channel accepts (public: the rule citizens are told)' })
  @ApiOkResponse({ type: ChannelPolicyView })
  async get(@Query() { at }: ChannelPolicyQuery): Promise<ChannelPolicyView> {
    const { state, revision } = await this.policy.current();
    return toChannelPolicyView(state, revision, at ? normalizeInstant(at) : this.clock.now().toISOString());
  }
}
