import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

export class CitizenIdParams {
  /** Pseudonymous citizen id, as found in case events. */
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  citizenId: string;
}

export class EraseCitizenDto {
  /** Why the erasure is lawful: kept in the legal record. */
  @ApiProperty({ maxLength: 2000, example: 'Richiesta di cancellazione ex art. 17 GDPR, prot. n. 12345/2025' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  legalReason: string;
}
