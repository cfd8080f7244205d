import { ApiProperty } from '@nestjs/swagger';

class ActorView {
  id: string;

  role: string;
}

export class ErasureRecordView {
  @ApiProperty({ format: 'uuid' })
  citizenId: string;

  legalReason: string;

  @ApiProperty({ format: 'date-time' })
  erasedAt: string;

  erasedBy: ActorView;

  /** Id of the PersonalDataErased event. */
  @ApiProperty({ format: 'uuid' })
  eventId: string;
}
