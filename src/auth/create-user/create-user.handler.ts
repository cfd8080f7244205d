import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UserDirectory } from '../users/user-directory';
import { toUserWithRevision, type UserWithRevision } from '../users/user-view';
import { UserWriteDeps } from '../users/user-write-deps';
import { createUser } from './create-user';
import { CreateUserCommand } from './create-user.command';

/** Its answer, stored for the Idempotency-Key, is the view: never the password nor its hash. */
@CommandHandler(CreateUserCommand)
export class CreateUserHandler implements ICommandHandler<CreateUserCommand, UserWithRevision> {
  constructor(
    private readonly deps: UserWriteDeps,
    private readonly users: UserDirectory,
  ) {}

  async execute({ user, context }: CreateUserCommand): Promise<UserWithRevision> {
    const created = await createUser(this.deps, user, context);
    await this.users.refresh(created.id);
    return toUserWithRevision(created);
  }
}
