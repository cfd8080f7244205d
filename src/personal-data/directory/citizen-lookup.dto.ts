import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** In the body, never in the URL: an identifier must not reach access logs. Exactly one identifier. */
export class CitizenLookupDto {
  @ApiPropertyOptional({ maxLength: 32, example: 'RSSMRA80A41H501Y' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  fiscalCode?: string;

  @ApiPropertyOptional({ maxLength: 254, example: 'maria.rossi@example.it' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ maxLength: 32, example: '+39 071 222 2222' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  phone?: string;

  /** Why the citizen is looked up: kept in the audit event. */
  @ApiProperty({ maxLength: 500, example: 'Richiesta di cancellazione ex art. 17 GDPR, prot. n. 12345/2026' })
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  purpose: string;
}

export class CitizenLookupAnswer {
  /** The id to erase: the erasure covers the linked ids too. */
  @ApiProperty({ format: 'uuid' })
  citizenId: string;

  /** Other pseudonymous ids of the same person, from cases registered before they were linked. */
  linkedCitizenIds: string[];

  /** Id of the CitizenLookedUp event that records this lookup. */
  @ApiProperty({ format: 'uuid' })
  lookupId: string;
}
