import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class AppointReferentDto {
  /** The id of the user who acts as referent. */
  @ApiProperty({ maxLength: 100 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  userId: string;

  /** The name the sector shows for the referent. */
  @ApiProperty({ example: 'Giulia Bianchi', maxLength: 120 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  displayName: string;

  /** Work address where routings and reminders are sent. */
  @ApiPropertyOptional({ example: 'giulia.bianchi@comune.example.it', maxLength: 254 })
  @Transform(trim)
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;
}
