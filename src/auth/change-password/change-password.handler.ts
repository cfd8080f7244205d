import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UserDirectory } from '../users/user-directory';
import { UserWriteDeps } from '../users/user-write-deps';
import { changePassword } from './change-password';
import { ChangePasswordCommand, type PasswordChanged } from './change-password.command';

@CommandHandler(ChangePasswordCommand)
export class ChangePasswordHandler implements ICommandHandler<ChangePasswordCommand, PasswordChanged> {
  constructor(
    private readonly deps: UserWriteDeps,
    private readonly users: UserDirectory,
  ) {}

  async execute({ userId, currentPassword, newPassword, context }: ChangePasswordCommand): Promise<PasswordChanged> {
    const user = await changePassword(this.deps, { userId, currentPassword, newPassword }, context);
    await this.users.refresh(userId);
    return { revision: user.revision };
  }
}
