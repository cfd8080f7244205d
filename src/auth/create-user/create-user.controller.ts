import { Body, ConflictException, Controller, Headers, Inject, Post, UnprocessableEntityException } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, EventStore } from '../../event-store/event-store.port';
import { CLOCK, Clock } from '../../shared/clock';
import { Roles } from '../access/roles.decorator';
import { CurrentUser } from '../access/current-user.decorator';
import type { AuthenticatedUser } from '../authenticated-user';
import { newCommandContext } from '../../command-handling/command-context';
import { UserDirectory } from '../users/user-directory';
import { toUserView, UserView } from '../users/user-view';
import { createUser, InvalidUserError, UsernameTakenError } from './create-user';
import { CreateUserDto } from './create-user.dto';

@ApiTags('users')
@Controller('users')
export class CreateUserController {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly users: UserDirectory,
  ) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Create a user (admin only)' })
  @ApiCreatedResponse({ type: UserView })
  @ApiBadRequestResponse({ description: 'A field broke a rule: the response names the field and the rule.' })
  @ApiConflictResponse({ description: 'The username is already taken.' })
  async create(
    @Body() dto: CreateUserDto,
    @CurrentUser() admin: AuthenticatedUser,
    @Headers('x-correlation-id') correlationId?: string,
  ): Promise<UserView> {
    try {
      const user = await createUser(
        { eventStore: this.eventStore, clock: this.clock },
        { username: dto.username, displayName: dto.displayName, role: dto.role, sectorId: dto.sectorId, password: dto.password },
        newCommandContext('create-user', { id: admin.id, role: admin.role }, correlationId),
      );
      await this.users.refresh(user.id);
      return toUserView(user);
    } catch (error) {
      if (error instanceof UsernameTakenError) throw new ConflictException(error.message);
      // The DTO already enforces the rule; this only guards callers that bypass it.
      if (error instanceof InvalidUserError) throw new UnprocessableEntityException(error.message);
      throw error;
    }
  }
}
