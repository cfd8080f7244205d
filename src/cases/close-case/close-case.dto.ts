import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { OUTCOMES_WITHOUT_REPLY, type OutcomeWithoutReply } from '../../domain';

export class CloseCaseDto {
  @ApiProperty({ enum: OUTCOMES_WITHOUT_REPLY })
  @IsIn(OUTCOMES_WITHOUT_REPLY)
  outcome: OutcomeWithoutReply;
}
