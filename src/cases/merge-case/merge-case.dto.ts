import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class MergeCaseDto {
  @ApiProperty({ format: 'uuid', description: 'The case this duplicate is folded into: it must exist and not be merged itself.' })
  @IsUUID()
  intoCaseId: string;
}
