import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class CaseIdParams {
  /** The case id, as returned at registration. */
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}
