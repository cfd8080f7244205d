import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '../../src/auth';
import { ListQueueQuery } from './list-queue.query';
import { OperatorQueueReader } from './operator-queue.reader';
import { QueuePageView } from './queue-item.view';
import { queueCriteriaFor, queuePageRequestFor } from './queue-scope';

@ApiTags('queue')
@Controller('queue')
export class QueueController {
  constructor(private readonly queue: OperatorQueueReader) {}

  @Get()
  @Roles('operator', 'referent', 'manager', 'auditor', 'admin')
  @ApiOperation({
    summary: 'The open cases, most urgent first, with their deadlines as they stand today',
    description:
      'Closed and merged cases are not listed. Days left and SLA states are computed for today in Europe/Rome. ' +
      'Keyset pagination: pass nextCursor as cursor with the same filters and sort. Referents get their own sector only.',
  })
  @ApiOkResponse({ type: QueuePageView })
  @ApiBadRequestResponse({ description: 'A filter, the sort, the limit or the cursor is invalid: `violations` names field and rule.' })
  list(@Query() query: ListQueueQuery, @CurrentUser() user: AuthenticatedUser): Promise<QueuePageView> {
    return this.queue.page(queueCriteriaFor(user, query), queuePageRequestFor(query));
  }
}
