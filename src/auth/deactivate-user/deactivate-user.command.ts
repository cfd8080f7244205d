import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';
import type { UserListItem } from '../users/user-view';

/** An admin deactivates a user: their tokens are refused from now on, their history stays. */
export class DeactivateUserCommand extends Command<UserListItem> {
  constructor(
    readonly userId: string,
    readonly reason: string | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}
