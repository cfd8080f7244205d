import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';
import type { UserWithRevision } from '../users/user-view';
import type { NewUser } from './create-user';

/** An admin creates a user who can then sign in. */
export class CreateUserCommand extends Command<UserWithRevision> {
  constructor(
    readonly user: NewUser,
    readonly context: CommandContext,
  ) {
    super();
  }
}
