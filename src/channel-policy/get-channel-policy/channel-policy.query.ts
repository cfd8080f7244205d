import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsInstant } from '../../cases/shared/dto-validators';

export class ChannelPolicyQuery {
  /** The policy in force at this instant. Default: now. */
  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsInstant()
  at?: string;
}
