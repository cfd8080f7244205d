import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth';
import { DeadlineStatus, DeadlineStatusReader } from './deadline-status';

@ApiTags('deadlines')
@Controller('deadlines')
export class DeadlineStatusController {
  constructor(private readonly reader: DeadlineStatusReader) {}

  @Get('status')
  @Roles('admin')
  @ApiOperation({ summary: 'The deadline process manager: timers checkpoint and quarantined cases' })
  @ApiOkResponse({ type: DeadlineStatus })
  status(): Promise<DeadlineStatus> {
    return this.reader.status();
  }
}
