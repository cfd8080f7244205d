import type { CommandContext } from '../command-handling/command-context';

/**
 * Who records reminders, due-soon warnings and overdue markings: the actor of those events
 * in every case stream. Role 'system' makes the case decider answer "nothing to do" instead
 * of refusing, so stale timers and retries are harmless.
 */
export const PROCESS_MANAGER_ACTOR: CommandContext['actor'] = Object.freeze({ id: 'deadline-process-manager', role: 'system' });
