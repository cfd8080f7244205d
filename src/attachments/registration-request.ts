import type { CheckedAttachment } from './attachment-rules';

/**
 * What an Idempotency-Key remembers of a registration: the request (path and body), and the files by hash, so the
 * same key sent again with other files is refused. A JSON registration is remembered as before.
 */
export function registrationRequest(request: unknown, attachments: readonly CheckedAttachment[]): unknown {
  return attachments.length === 0 ? request : { request, attachments: attachments.map(({ ref }) => `${ref.mediaType}:${ref.sha256}`) };
}
