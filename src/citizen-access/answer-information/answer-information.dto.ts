import { RequiredText } from '../../cases/shared/dto-fields';

export class AnswerInformationDto {
  @RequiredText(10_000, { description: "The citizen's answer to the office's request for information (sealed: personal data)." })
  information: string;
}
