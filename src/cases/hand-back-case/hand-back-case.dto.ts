import { RequiredText } from '../shared/dto-fields';

export class HandBackCaseDto {
  @RequiredText(2000, { description: 'Why the case is not the sector\'s (kept readable: reports cite it).', example: 'Competenza del settore Tributi.' })
  reason: string;
}
