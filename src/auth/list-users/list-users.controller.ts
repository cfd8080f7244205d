import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../access/roles.decorator';
import { UserDirectory } from '../users/user-directory';
import { toUserListItem, UserListItem } from '../users/user-view';

@ApiTags('users')
@Controller('users')
export class ListUsersController {
  constructor(private readonly users: UserDirectory) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'List every user, deactivated ones included (admin only)' })
  @ApiOkResponse({ type: UserListItem, isArray: true })
  async list(): Promise<UserListItem[]> {
    return (await this.users.all()).map(toUserListItem);
  }
}
