import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, Role } from '../roles';
import type { UserState } from './user-state';

/** A user as the API shows it: never the password hash. */
export class UserView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'mrossi' })
  username: string;

  @ApiProperty({ example: 'Mario Rossi' })
  displayName: string;

  @ApiProperty({ enum: ROLES })
  role: Role;

  @ApiPropertyOptional({ description: 'Only for referents: the sector they act for.' })
  sectorId?: string;
}

export class UserListItem extends UserView {
  @ApiProperty({ description: 'False once the user was deactivated.' })
  active: boolean;
}

export function toUserView(user: UserState): UserView {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    ...(user.sectorId ? { sectorId: user.sectorId } : {}),
  };
}

export function toUserListItem(user: UserState): UserListItem {
  return { ...toUserView(user), active: user.active };
}
