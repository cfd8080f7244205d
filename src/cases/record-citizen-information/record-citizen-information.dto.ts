import { RequiredText } from '../shared/dto-fields';

export class RecordCitizenInformationDto {
  @RequiredText(10_000, { description: 'What the citizen answered (sealed: personal data).' })
  information: string;
}
