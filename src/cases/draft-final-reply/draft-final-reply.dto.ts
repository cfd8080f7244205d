import { RequiredText } from '../shared/dto-fields';

export class DraftFinalReplyDto {
  @RequiredText(10_000, { description: 'The draft (sealed: personal data).' })
  text: string;
}
