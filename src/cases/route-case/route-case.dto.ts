import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { OptionalText } from '../shared/dto-fields';

export class RouteCaseDto {
  /** The competent sector: it must exist and accept cases. */
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  sectorId: string;

  @OptionalText(2000, { description: 'What the URP tells the sector (may quote the citizen: sealed).' })
  note?: string;
}
