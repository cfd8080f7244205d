import { IsIn } from 'class-validator';
import { OUTCOMES_WITHOUT_REPLY, type OutcomeWithoutReply } from '../../domain';

export class CloseCaseDto {
  @IsIn(OUTCOMES_WITHOUT_REPLY)
  outcome: OutcomeWithoutReply;
}
