import { GeoPointDto, PointField } from '../../place/geo-point.dto';
import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';
import type { CaseKind } from '../../contracts';
import { CitizenFields } from '../register-case/citizen.dto';
import { ContactFields } from '../register-case/register-case.dto';

/**
 * Online, the citizen must say who they are and give an e-mail: that is where the
 * acknowledgement and the reply go, and what identifies them again on their next contact.
 */
export class OnlineCitizenDto {
  @CitizenFields.fullName(true)
  fullName: string;

  @CitizenFields.email(true)
  email: string;

  @CitizenFields.phone(false)
  phone?: string;

  @CitizenFields.fiscalCode(false)
  fiscalCode?: string;

  @CitizenFields.address(false)
  address?: string;
}

export class RegisterCaseOnlineDto {
  @ContactFields.kind()
  kind?: CaseKind;

  @ContactFields.category()
  category?: string;

  @ContactFields.subject()
  subject?: string;

  @ContactFields.title()
  title?: string;

  @ContactFields.description()
  description: string;

  @IsObject()
  @ValidateNested()
  @Type(() => OnlineCitizenDto)
  citizen: OnlineCitizenDto;

  @ContactFields.location()
  location?: string;

  @PointField()
  point?: GeoPointDto;
}
