import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UserDirectory } from '../users/user-directory';
import { toUserListItem, type UserListItem } from '../users/user-view';
import { UserWriteDeps } from '../users/user-write-deps';
import { deactivateUser } from './deactivate-user';
import { DeactivateUserCommand } from './deactivate-user.command';

@CommandHandler(DeactivateUserCommand)
export class DeactivateUserHandler implements ICommandHandler<DeactivateUserCommand, UserListItem> {
  constructor(
    private readonly deps: UserWriteDeps,
    private readonly users: UserDirectory,
  ) {}

  async execute({ userId, reason, context }: DeactivateUserCommand): Promise<UserListItem> {
    const user = await deactivateUser(this.deps, { userId, reason }, context);
    await this.users.refresh(userId);
    return toUserListItem(user);
  }
}
