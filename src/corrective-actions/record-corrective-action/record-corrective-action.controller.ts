import { randomUUID } from 'node:crypto';
import { Body, Controller, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Roles } from '../../auth';
import type { CommandContext } from '../../command-handling/command-context';
import { deterministicUuid } from '../../command-handling/deterministic-id';
import { CorrectiveActionView } from './corrective-action.view';
import { RecordCorrectiveActionCommand } from './record-corrective-action.command';
import { QualityReportYearParams, RecordCorrectiveActionDto } from './record-corrective-action.dto';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';

@ApiTags('reports')
@Controller('reports/quality')
export class RecordCorrectiveActionController {
  constructor(
    private readonly commands: IdempotentCommandBus,
  ) {}

  @Post(':year/corrective-actions')
  @Roles('manager', 'admin')
  @ApiOperation({
    summary: "Record a corrective action for an anomaly of the year's charter report",
    description: 'The yearly report lists it beside the anomaly of its standard or sector. Texts are published as written (Italian).',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retrying with the same key returns the first answer and records nothing more.' })
  @ApiHeader({ name: 'X-Correlation-Id', required: false, description: 'Traces the request through the events it causes.' })
  @ApiCreatedResponse({ type: CorrectiveActionView, headers: { ETag: { description: "The year's stream revision.", schema: { type: 'string' } } } })
  @ApiBadRequestResponse({ description: 'A field broke a rule: `violations` names each field and rule.' })
  @ApiUnprocessableEntityResponse({ description: 'REPORT_YEAR_NOT_STARTED, STANDARD_NOT_FOUND, SECTOR_NOT_FOUND, IDEMPOTENCY_KEY_REUSED.' })
  @CommandEndpoint('record-corrective-action')
  async record(
    @Param() { year }: QualityReportYearParams,
    @Body() dto: RecordCorrectiveActionDto,
    @Command() context: CommandContext,
  ): Promise<CorrectiveActionView> {
    const fields = {
      standardId: dto.standardId ?? null,
      sectorId: dto.sectorId ?? null,
      anomaly: dto.anomaly,
      action: dto.action,
      owner: dto.owner,
      dueDate: dto.dueDate ?? null,
    };
    return this.commands.execute(new RecordCorrectiveActionCommand(newActionId(context, year), year, fields, context), context);
  }
}

/** A retry with the same Idempotency-Key must name the same action, so the id derives from the key. */
function newActionId(context: CommandContext, year: number): string {
  return context.idempotencyKey ? deterministicUuid('corrective-action', String(year), context.actor.id, context.idempotencyKey) : randomUUID();
}
