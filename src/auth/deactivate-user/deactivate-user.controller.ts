import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../../command-handling/command-context';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { Roles } from '../access/roles.decorator';
import { UserCommandDocs } from '../users/user-http';
import { UserListItem } from '../users/user-view';
import { DeactivateUserCommand } from './deactivate-user.command';
import { DeactivateUserDto, UserIdParams } from './deactivate-user.dto';

@ApiTags('users')
@Controller('users')
export class DeactivateUserController {
  constructor(private readonly commands: IdempotentCommandBus) {}

  @Post(':userId/deactivation')
  @Roles('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Deactivate a user: their tokens are refused from now on (admin only)' })
  @UserCommandDocs(HttpStatus.OK, 'The deactivated user.', UserListItem)
  @CommandEndpoint('deactivate-user')
  async deactivate(
    @Param() { userId }: UserIdParams,
    @Body() dto: DeactivateUserDto,
    @Command() context: CommandContext,
  ): Promise<UserListItem> {
    return this.commands.execute(new DeactivateUserCommand(userId, dto.reason || undefined, context), context);
  }
}
