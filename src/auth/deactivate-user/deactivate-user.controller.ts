import {
  Body,
  ConflictException,
  Controller,
  Headers,
  HttpCode,
  Inject,
  NotFoundException,
  Param,
  Post,
} from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, EventStore } from '../../event-store/event-store.port';
import { CLOCK, Clock } from '../../shared/clock';
import { CurrentUser } from '../access/current-user.decorator';
import { Roles } from '../access/roles.decorator';
import type { AuthenticatedUser } from '../authenticated-user';
import { newCommandContext } from '../../command-handling/command-context';
import { toUserListItem, UserListItem } from '../users/user-view';
import { UserDirectory } from '../users/user-directory';
import { ConcurrentUserChangeError, UserNotFoundError } from '../users/user-errors';
import { deactivateUser, SelfDeactivationError } from './deactivate-user';
import { DeactivateUserDto, UserIdParams } from './deactivate-user.dto';

@ApiTags('users')
@Controller('users')
export class DeactivateUserController {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly users: UserDirectory,
  ) {}

  @Post(':userId/deactivation')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Deactivate a user: their tokens are refused from now on (admin only)' })
  @ApiOkResponse({ type: UserListItem })
  @ApiNotFoundResponse({ description: 'No such user.' })
  @ApiConflictResponse({ description: 'Own account, or a concurrent change.' })
  async deactivate(
    @Param() params: UserIdParams,
    @Body() dto: DeactivateUserDto,
    @CurrentUser() admin: AuthenticatedUser,
    @Headers('x-correlation-id') correlationId?: string,
  ): Promise<UserListItem> {
    try {
      const user = await deactivateUser(
        { eventStore: this.eventStore, clock: this.clock },
        { userId: params.userId, reason: dto.reason || undefined },
        newCommandContext('deactivate-user', { id: admin.id, role: admin.role }, correlationId),
      );
      await this.users.refresh(params.userId);
      return toUserListItem(user);
    } catch (error) {
      if (error instanceof UserNotFoundError) throw new NotFoundException(error.message);
      if (error instanceof SelfDeactivationError || error instanceof ConcurrentUserChangeError) {
        throw new ConflictException(error.message);
      }
      throw error;
    }
  }
}
