import { RequiredText } from '../shared/dto-fields';

export class ReopenCaseDto {
  @RequiredText(2000, { description: 'Why the case is reopened (kept readable: reports cite it).' })
  reason: string;
}
