import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class CaseIdParams {
  @ApiProperty({ format: 'uuid', description: 'The case id, as returned at registration.' })
  @IsUUID()
  id: string;
}
