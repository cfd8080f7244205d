import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class ReferenceParams {
  @ApiProperty({ example: 'URP-2026-000123' })
  @Matches(/^URP-\d{4}-\d{6}$/i, { message: 'reference must be a reference number like URP-2026-000123' })
  reference: string;
}
