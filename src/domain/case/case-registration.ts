/**
 * A registration as one decision: the contact received and its acknowledgement, the two
 * events of the case's first append. The reference number is the one input given after the
 * rules (no rule depends on its value), so that a refused contact takes no number and the
 * rules are decided once: `numbered` only writes the number into the decided events.
 */
import type { CaseEvent, Channel } from '../../contracts';
import { DomainError } from '../shared/domain-error';
import type { ReceiveCase } from './case-commands';
import { decideCase } from './case-decider';
import { evolveCase } from './case-evolve';
import type { CaseState } from './case-state';
import { REFERENCE_PATTERN } from '../../contracts';

export type RegisterCase = Omit<ReceiveCase, 'reference'> & {
  /** How the acknowledgement goes out (by e-mail when the citizen gave one). */
  acknowledgementChannel: Channel;
};

export interface DecidedRegistration {
  /** The events with the given reference number in them. */
  numbered(reference: string): CaseEvent[];
}

/** The acknowledgement is the office's own act (the process manager's role), whoever registers. */
const ACKNOWLEDGER = { id: 'system', role: 'system' } as const;

/** Stand-in while deciding: the real number is taken only once the rules have passed. */
const UNNUMBERED = 'URP-0000-000000';

export function decideRegistration(command: RegisterCase, state: CaseState): DecidedRegistration {
  const { acknowledgementChannel, ...receipt } = command;
  const received = decideCase({ ...receipt, reference: UNNUMBERED }, state);
  const afterReceipt = received.reduce(evolveCase, state);
  const acknowledged = decideCase(
    { type: 'AcknowledgeCase', caseId: command.caseId, actor: ACKNOWLEDGER, at: command.at, channel: acknowledgementChannel },
    afterReceipt,
  );
  const events = [...received, ...acknowledged];
  return {
    numbered(reference) {
      if (!REFERENCE_PATTERN.test(reference)) {
        throw new DomainError('INVALID_REFERENCE', `'reference' must look like URP-2026-000123`, { reference });
      }
      return events.map((event) =>
        'reference' in event.data ? ({ ...event, data: { ...event.data, reference } } as CaseEvent) : event,
      );
    },
  };
}
