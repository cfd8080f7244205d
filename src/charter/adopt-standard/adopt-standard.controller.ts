import { randomUUID } from 'node:crypto';
import { Body, Controller, HttpStatus, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth';
import type { CommandContext } from '../../command-handling/command-context';
import { deterministicUuid } from '../../command-handling/deterministic-id';
import { StandardCommandDocs } from '../charter-http';
import { toTarget } from '../standard-fields';
import { StandardView } from '../standard-view';
import { AdoptStandardCommand } from './adopt-standard.command';
import { AdoptStandardDto } from './adopt-standard.dto';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';

@ApiTags('charter')
@Controller('charter/standards')
export class AdoptStandardController {
  constructor(
    private readonly commands: IdempotentCommandBus,
  ) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Record a standard adopted in the quality charter (admin only)' })
  @StandardCommandDocs(HttpStatus.CREATED, 'The new standard, with its id and revision.')
  @CommandEndpoint('adopt-standard')
  async adopt(
    @Body() dto: AdoptStandardDto,
    @Command() context: CommandContext,
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
    return this.commands.execute(new AdoptStandardCommand(newStandardId(context), standard, context), context);
  }
}

/** A retry with the same Idempotency-Key must address the same stream, so the id derives from the key. */
function newStandardId(context: CommandContext): string {
  return context.idempotencyKey
    ? deterministicUuid('charter-standard', context.actor.id, context.idempotencyKey)
    : randomUUID();
}
