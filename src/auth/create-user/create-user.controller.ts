import { Body, Controller, HttpStatus, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../../command-handling/command-context';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { Roles } from '../access/roles.decorator';
import { PasswordFingerprints } from '../users/password-fingerprints';
import { UserCommandDocs } from '../users/user-http';
import { UserWithRevision } from '../users/user-view';
import { CreateUserCommand } from './create-user.command';
import { CreateUserDto } from './create-user.dto';

@ApiTags('users')
@Controller('users')
export class CreateUserController {
  constructor(
    private readonly commands: IdempotentCommandBus,
    private readonly fingerprints: PasswordFingerprints,
  ) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Create a user (admin only)' })
  @UserCommandDocs(HttpStatus.CREATED, 'The new user, with its id and revision.', UserWithRevision)
  @CommandEndpoint('create-user')
  async create(@Body() dto: CreateUserDto, @Command() context: CommandContext): Promise<UserWithRevision> {
    const { username, displayName, role, sectorId, password } = dto;
    const command = this.fingerprints.withoutPasswords(context, ['password']);
    return this.commands.execute(new CreateUserCommand({ username, displayName, role, sectorId, password }, command), command);
  }
}
