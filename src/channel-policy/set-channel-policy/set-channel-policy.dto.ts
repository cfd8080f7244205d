import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn } from 'class-validator';
import { CASE_KINDS, CHANNELS, type CaseKind, type Channel } from '../../contracts';

export class ChannelParams {
  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS)
  channel: Channel;
}

export class SetChannelPolicyDto {
  /** Every kind the channel accepts from now on; an empty list: the channel takes no case. */
  @ApiProperty({ enum: CASE_KINDS, isArray: true, example: ['report', 'complaint', 'information_request'] })
  @IsArray()
  @ArrayMaxSize(CASE_KINDS.length)
  @IsIn(CASE_KINDS, { each: true })
  acceptedKinds: CaseKind[];
}
