import { ApiProperty } from '@nestjs/swagger';
import { CASE_STATUSES, type CaseStatus } from '../../contracts';

/** What every command on an existing case answers; `revision` is also the ETag. */
export class CaseTransitionAnswer {
  @ApiProperty({ format: 'uuid' })
  id: string;

  /** Revision of the case after the command: send it back as If-Match to act on this version. */
  @ApiProperty({ example: 3 })
  revision: number;

  @ApiProperty({ enum: CASE_STATUSES })
  status: CaseStatus;
}
