import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth';
import { DeadlineTicker } from '../ticker/deadline-ticker';
import { TickReport } from '../ticker/tick-report';

/** Served in every mode: operations can run a tick where the schedule is off (URP_MODE api, or interval 0). */
@ApiTags('deadlines')
@Controller('deadlines')
export class RunTickController {
  constructor(private readonly ticker: DeadlineTicker) {}

  @Post('tick')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Run one tick of the deadline process manager now',
    description:
      'Waits until the timers (folded continuously by the log runner) reach the end of the log, then records the reminders, due-soon warnings and overdue markings due now. ' +
      'Safe to call at any time and from several instances: every action is recorded once.',
  })
  @ApiOkResponse({ type: TickReport })
  tick(): Promise<TickReport> {
    return this.ticker.tick();
  }
}
