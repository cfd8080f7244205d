import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

export class CitizenIdParams {
  @ApiProperty({ format: 'uuid', description: 'Pseudonymous citizen id, as found in case events.' })
  @IsUUID()
  citizenId: string;
}

export class EraseCitizenDto {
  @ApiProperty({
    maxLength: 2000,
    example: 'Richiesta di cancellazione ex art. 17 GDPR, prot. n. 12345/2025',
    description: 'Why the erasure is lawful: kept in the legal record.',
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  legalReason: string;
}
