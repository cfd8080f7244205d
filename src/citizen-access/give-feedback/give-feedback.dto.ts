import { IsInt, Max, Min } from 'class-validator';
import { OptionalText } from '../../cases/shared/dto-fields';

export class GiveFeedbackDto {
  /** 1 very dissatisfied ... 5 very satisfied. */
  @IsInt()
  @Min(1)
  @Max(5)
  score: number;

  @OptionalText(2000, { description: "The citizen's comment (sealed: personal data)." })
  comment?: string;
}
