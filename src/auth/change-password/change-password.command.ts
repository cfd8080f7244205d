import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';

/** The caller's revision after the change: all its answer, so no password is ever stored with it. */
export interface PasswordChanged {
  revision: number;
}

/** Users change their own password; every token issued before stops working. */
export class ChangePasswordCommand extends Command<PasswordChanged> {
  constructor(
    readonly userId: string,
    readonly currentPassword: string,
    readonly newPassword: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
