import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '../../src/auth';
import { CaseDetailView } from './case-detail.view';
import { CaseIdParams } from './case-id.params';
import { caseNotFound } from './case-not-found';
import { CaseTimelineReader } from './case-timeline.reader';

@ApiTags('cases')
@Controller('cases')
export class CaseDetailController {
  constructor(private readonly timeline: CaseTimelineReader) {}

  @Get(':id')
  @Roles('operator', 'referent', 'manager', 'auditor', 'admin')
  @ApiOperation({
    summary: 'A case file: where the case stands today, and its timeline',
    description:
      'Personal data is opened for operators and admins; the referent of the case sector sees all but the fiscal code; ' +
      "managers and auditors see none. Erased data reads 'dati personali cancellati'.",
  })
  @ApiOkResponse({ type: CaseDetailView })
  @ApiNotFoundResponse({ description: "Unknown case; or, for a referent, a case not routed to the referent's sector." })
  async get(@Param() { id }: CaseIdParams, @CurrentUser() user: AuthenticatedUser): Promise<CaseDetailView> {
    const file = await this.timeline.caseFile(id, user);
    if (!file) throw caseNotFound(id);
    return file;
  }
}
