import {
  BadRequestException,
  Body,
  ConflictException,
  Controller,
  Headers,
  HttpCode,
  Inject,
  Post,
  UnauthorizedException,
} from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, EventStore } from '../../event-store/event-store.port';
import type { FieldViolation } from '../../http/validation';
import { CLOCK, Clock } from '../../shared/clock';
import { CurrentUser } from '../access/current-user.decorator';
import type { AuthenticatedUser } from '../authenticated-user';
import { newCommandContext } from '../../command-handling/command-context';
import { UserDirectory } from '../users/user-directory';
import { ConcurrentUserChangeError, UserNotFoundError } from '../users/user-errors';
import { changePassword, WrongCurrentPasswordError } from './change-password';
import { ChangePasswordDto } from './change-password.dto';

@ApiTags('auth')
@ApiBearerAuth()
@Controller('auth')
export class ChangePasswordController {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly users: UserDirectory,
  ) {}

  @Post('password')
  @HttpCode(204)
  @ApiOperation({ summary: "Change the caller's own password; tokens issued before stop working" })
  @ApiNoContentResponse({ description: 'Changed: request a new token.' })
  @ApiBadRequestResponse({ description: 'A field broke a rule, or currentPassword is wrong.' })
  async change(
    @Body() dto: ChangePasswordDto,
    @CurrentUser() user: AuthenticatedUser,
    @Headers('x-correlation-id') correlationId?: string,
  ): Promise<void> {
    try {
      await changePassword(
        { eventStore: this.eventStore, clock: this.clock },
        { userId: user.id, currentPassword: dto.currentPassword, newPassword: dto.newPassword },
        newCommandContext('change-password', { id: user.id, role: user.role }, correlationId),
      );
      await this.users.refresh(user.id);
    } catch (error) {
      if (error instanceof WrongCurrentPasswordError) throw wrongCurrentPassword(error.message);
      if (error instanceof UserNotFoundError) throw new UnauthorizedException('Invalid or expired access token');
      if (error instanceof ConcurrentUserChangeError) throw new ConflictException(error.message);
      throw error;
    }
  }
}

/** Same shape as the validation pipe's 400, so clients handle one format. */
function wrongCurrentPassword(message: string): BadRequestException {
  const violation: FieldViolation = { field: 'currentPassword', rule: 'matchesCurrentPassword', message };
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    code: 'VALIDATION_FAILED',
    message: `${violation.field}: ${violation.message}`,
    violations: [violation],
  });
}
