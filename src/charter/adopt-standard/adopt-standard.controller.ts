import { sendRevisionAnswer } from '../../http/revision-command-http';
import { randomUUID } from 'node:crypto';
import { Body, Controller, HttpStatus, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth';
import { Command } from '../../command-handling/command-context.decorator';
import type { CommandContext } from '../../command-handling/command-context';
import { deterministicUuid } from '../../command-handling/deterministic-id';
import { IdempotentAnswers } from '../../command-handling/idempotent-answers';
import { StandardCommandDocs } from '../charter-http';
import { toTarget } from '../standard-fields';
import { StandardView } from '../standard-view';
import { AdoptStandardCommand } from './adopt-standard.command';
import { AdoptStandardDto } from './adopt-standard.dto';

@ApiTags('charter')
@Controller('charter/standards')
export class AdoptStandardController {
  constructor(
    private readonly commands: CommandBus,
    private readonly answers: IdempotentAnswers,
  ) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Record a standard adopted in the quality charter (admin only)' })
  @StandardCommandDocs(HttpStatus.CREATED, 'The new standard, with its id and revision.')
  async adopt(
    @Body() dto: AdoptStandardDto,
    @Command('adopt-standard') context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StandardView> {
    const standard = {
      code: dto.code,
      service: dto.service,
      indicator: dto.indicator,
      measure: dto.measure,
      target: toTarget(dto.target),
      appliesTo: dto.appliesTo ?? null,
      effectiveFrom: dto.effectiveFrom,
    };
    const answer = await this.answers.run(context, standard, async () => ({
      statusCode: HttpStatus.CREATED,
      body: await this.commands.execute(new AdoptStandardCommand(newStandardId(context), standard, context)),
    }));
    return sendRevisionAnswer(response, answer);
  }
}

/** A retry with the same Idempotency-Key must address the same stream, so the id derives from the key. */
function newStandardId(context: CommandContext): string {
  return context.idempotencyKey
    ? deterministicUuid('charter-standard', context.actor.id, context.idempotencyKey)
    : randomUUID();
}
