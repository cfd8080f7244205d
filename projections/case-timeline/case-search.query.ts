import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class CaseSearchQuery {
  /** A reference (anywhere in the text), text of the reference or subject, or the citizen's fiscal code, e-mail, phone or full name. */
  @ApiProperty({ minLength: 3, maxLength: 100, example: 'URP-2026-000177' })
  @IsString()
  @Length(3, 100)
  q: string;
}
