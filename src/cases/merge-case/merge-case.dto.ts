import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class MergeCaseDto {
  /** The case this duplicate is folded into: it must exist and not be merged itself. */
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  intoCaseId: string;
}
