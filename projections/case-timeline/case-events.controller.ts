import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../src/auth';
import { caseStream, EVENT_STORE, EventStore } from '../../src/read-side';
import { CaseIdParams } from './case-id.params';
import { caseNotFound } from './case-not-found';
import { RawEventView, toRawEventView } from './raw-event.view';

/** The audit trail reads the store itself, not a projection: what is shown is what was recorded. */
@ApiTags('cases')
@Controller('cases')
export class CaseEventsController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get(':id/events')
  @Roles('auditor', 'admin')
  @ApiOperation({ summary: "The case stream's events as stored (personal fields sealed)" })
  @ApiOkResponse({ type: RawEventView, isArray: true })
  @ApiNotFoundResponse({ description: 'Unknown case.' })
  async list(@Param() { id }: CaseIdParams): Promise<RawEventView[]> {
    const events = await this.store.readStream(caseStream(id));
    if (events.length === 0) throw caseNotFound(id);
    return events.map(toRawEventView);
  }
}
