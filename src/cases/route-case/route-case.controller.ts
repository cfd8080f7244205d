import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../../command-handling/command-context';
import { CaseCommandEndpoint } from '../shared/case-command-endpoint';
import { CaseIdParams } from '../shared/case-id.params';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { RouteCaseCommand } from './route-case.command';
import { RouteCaseDto } from './route-case.dto';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';

@ApiTags('cases')
@Controller('cases')
export class RouteCaseController {
  constructor(private readonly commands: IdempotentCommandBus) {}

  @CaseCommandEndpoint('route', {
    command: 'RouteCase',
    summary: "Route a case to the competent sector's referents",
    description: 'Also redirects it to another sector before the first one takes charge. The take-charge clock starts from the routing.',
  })
  @CommandEndpoint('route-case')
  route(@Param() { id }: CaseIdParams, @Body() dto: RouteCaseDto, @Command() context: CommandContext): Promise<CaseTransitionAnswer> {
    return this.commands.execute(new RouteCaseCommand(id, dto.sectorId, dto.note ?? null, context), context);
  }
}
