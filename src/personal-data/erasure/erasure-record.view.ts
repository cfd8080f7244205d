import { ApiProperty } from '@nestjs/swagger';

class ActorView {
  @ApiProperty()
  id: string;

  @ApiProperty()
  role: string;
}

export class ErasureRecordView {
  @ApiProperty({ format: 'uuid' })
  citizenId: string;

  @ApiProperty()
  legalReason: string;

  @ApiProperty({ format: 'date-time' })
  erasedAt: string;

  @ApiProperty({ type: ActorView })
  erasedBy: ActorView;

  @ApiProperty({ format: 'uuid', description: 'Id of the PersonalDataErased event.' })
  eventId: string;
}
