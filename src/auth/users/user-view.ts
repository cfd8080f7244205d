import { ApiProperty } from '@nestjs/swagger';
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

  /** Only for referents: the sector they act for. */
  sectorId?: string;
}

/** A user as the user commands answer and list it: with the revision If-Match names. */
export class UserWithRevision extends UserView {
  /** The user's revision, also sent as ETag: the If-Match of the next command on this user. */
  @ApiProperty({ example: 0 })
  revision: number;
}

export class UserListItem extends UserWithRevision {
  /** False once the user was deactivated. */
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

export function toUserWithRevision(user: UserState): UserWithRevision {
  return { ...toUserView(user), revision: user.revision };
}

export function toUserListItem(user: UserState): UserListItem {
  return { ...toUserWithRevision(user), active: user.active };
}
