import { IsIn } from 'class-validator';
import { CASE_KINDS, type CaseKind } from '../../contracts';
import { ContactFields } from '../register-case/register-case.dto';

export class ClassifyCaseDto {
  @IsIn(CASE_KINDS)
  kind: CaseKind;

  @ContactFields.category()
  category?: string;

  @ContactFields.subject()
  subject?: string;
}
