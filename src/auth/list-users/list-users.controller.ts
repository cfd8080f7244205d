import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, EventStore } from '../../event-store/event-store.port';
import { Roles } from '../access/roles.decorator';
import { listUsers } from '../users/user-reads';
import { toUserListItem, UserListItem } from '../users/user-view';

@ApiTags('users')
@Controller('users')
export class ListUsersController {
  constructor(@Inject(EVENT_STORE) private readonly eventStore: EventStore) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'List every user, deactivated ones included (admin only)' })
  @ApiOkResponse({ type: UserListItem, isArray: true })
  async list(): Promise<UserListItem[]> {
    return (await listUsers(this.eventStore)).map(toUserListItem);
  }
}
