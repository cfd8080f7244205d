import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiOperation,
  ApiPreconditionFailedResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { CommandContext } from '../../command-handling/command-context';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { CommandErrorBody } from '../../http/revision-command-http';
import { PasswordFingerprints } from '../users/password-fingerprints';
import { ChangePasswordCommand, type PasswordChanged } from './change-password.command';
import { ChangePasswordDto } from './change-password.dto';

@ApiTags('auth')
@ApiBearerAuth()
@Controller('auth')
export class ChangePasswordController {
  constructor(
    private readonly commands: IdempotentCommandBus,
    private readonly fingerprints: PasswordFingerprints,
  ) {}

  @Post('password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: "Change the caller's own password; tokens issued before stop working" })
  @ApiNoContentResponse({
    description: 'Changed: request a new token.',
    headers: { ETag: { description: "The caller's user revision after the change, e.g. \"3\".", schema: { type: 'string' } } },
  })
  @ApiBadRequestResponse({ type: CommandErrorBody, description: 'A field broke a rule, or currentPassword is wrong: `violations` names it.' })
  @ApiConflictResponse({ type: CommandErrorBody, description: 'CONCURRENT_MODIFICATION: the account changed meanwhile; retry.' })
  @ApiPreconditionFailedResponse({ type: CommandErrorBody, description: 'REVISION_MISMATCH: If-Match is not the current revision.' })
  @ApiUnprocessableEntityResponse({ type: CommandErrorBody, description: 'IDEMPOTENCY_KEY_REUSED.' })
  @CommandEndpoint('change-password')
  async change(@Body() dto: ChangePasswordDto, @Command() context: CommandContext): Promise<PasswordChanged> {
    // The body is dropped (204); the answer's revision becomes the ETag.
    const command = this.fingerprints.withoutPasswords(context, ['currentPassword', 'newPassword']);
    return this.commands.execute(new ChangePasswordCommand(context.actor.id, dto.currentPassword, dto.newPassword, command), command);
  }
}
