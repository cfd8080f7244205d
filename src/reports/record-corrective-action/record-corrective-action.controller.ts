import { randomUUID } from 'node:crypto';
import { Body, Controller, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth';
import { Command } from '../../command-handling/command-context.decorator';
import type { CommandContext } from '../../command-handling/command-context';
import { deterministicUuid } from '../../command-handling/deterministic-id';
import { IdempotentAnswers } from '../../command-handling/idempotent-answers';
import { CorrectiveActionView } from './corrective-action.view';
import { RecordCorrectiveActionCommand } from './record-corrective-action.command';
import { QualityReportYearParams, RecordCorrectiveActionDto } from './record-corrective-action.dto';

@ApiTags('reports')
@Controller('reports/quality')
export class RecordCorrectiveActionController {
  constructor(
    private readonly commands: CommandBus,
    private readonly answers: IdempotentAnswers,
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
  async record(
    @Param() { year }: QualityReportYearParams,
    @Body() dto: RecordCorrectiveActionDto,
    @Command('record-corrective-action') context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CorrectiveActionView> {
    const fields = {
      standardId: dto.standardId ?? null,
      sectorId: dto.sectorId ?? null,
      anomaly: dto.anomaly,
      action: dto.action,
      owner: dto.owner,
      dueDate: dto.dueDate ?? null,
    };
    const answer = await this.answers.run(context, { year, ...fields }, async () => ({
      statusCode: HttpStatus.CREATED,
      body: await this.commands.execute(new RecordCorrectiveActionCommand(newActionId(context, year), year, fields, context)),
    }));
    response.status(answer.statusCode);
    response.setHeader('ETag', `"${answer.body.revision}"`);
    return answer.body;
  }
}

/** A retry with the same Idempotency-Key must name the same action, so the id derives from the key. */
function newActionId(context: CommandContext, year: number): string {
  return context.idempotencyKey ? deterministicUuid('corrective-action', String(year), context.actor.id, context.idempotencyKey) : randomUUID();
}
