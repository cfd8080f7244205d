/** A message ready for the transport: who, what. */
export interface ComposedMessage {
  to: string[];
  subject: string;
  text: string;
}

/** Why a message cannot be written: nobody to write to, or the citizen's data were erased. */
export type Undeliverable = { undeliverable: 'no_recipient' | 'recipient_erased'; explanation: string };

export function isUndeliverable(value: ComposedMessage | Undeliverable): value is Undeliverable {
  return 'undeliverable' in value;
}
