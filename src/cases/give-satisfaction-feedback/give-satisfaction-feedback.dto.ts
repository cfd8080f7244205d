import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { OptionalText } from '../shared/dto-fields';

export class GiveSatisfactionFeedbackDto {
  /** 1 very dissatisfied ... 5 very satisfied. */
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  score: number;

  @OptionalText(2000, { description: "The citizen's comment (sealed: personal data)." })
  comment?: string;
}
