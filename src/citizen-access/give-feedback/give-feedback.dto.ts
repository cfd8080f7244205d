import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { OptionalText } from '../../cases/shared/dto-fields';

export class GiveFeedbackDto {
  /** 1 very dissatisfied ... 5 very satisfied. */
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  score: number;

  @OptionalText(2000, { description: "The citizen's comment (sealed: personal data)." })
  comment?: string;
}
