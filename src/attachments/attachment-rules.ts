/**
 * What a citizen may attach to a contact: up to 3 photos (JPEG, PNG) and 3 PDFs, each within
 * the size limit. The type is read from the file's first bytes, never from its name or the
 * type the browser claims: a renamed executable is not a photo.
 */
import { createHash } from 'node:crypto';
import type { AttachmentRef } from '../contracts';
import type { FieldViolation } from '../http/validation';

export type AttachmentMediaType = AttachmentRef['mediaType'];

/** The multipart fields that carry files, with what each accepts. */
export const ATTACHMENT_FIELDS = {
  photos: { maxCount: 3, accepts: ['image/jpeg', 'image/png'] as AttachmentMediaType[], described: 'JPEG or PNG photos' },
  documents: { maxCount: 3, accepts: ['application/pdf'] as AttachmentMediaType[], described: 'PDF documents' },
} as const;
export type AttachmentField = keyof typeof ATTACHMENT_FIELDS;

export const DEFAULT_MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

/** URP_ATTACHMENT_MAX_BYTES: the largest file accepted (each file); read once at start as part of AppConfig. */
export function maxAttachmentBytesFrom(env: NodeJS.ProcessEnv): number {
  const raw = env.URP_ATTACHMENT_MAX_BYTES?.trim();
  if (!raw) return DEFAULT_MAX_ATTACHMENT_BYTES;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1024) throw new Error(`URP_ATTACHMENT_MAX_BYTES must be a whole number of bytes, at least 1024 (got "${raw}")`);
  return value;
}

/** A file as the multipart parser hands it over. */
export interface UploadedFile {
  field: string;
  name: string;
  bytes: Buffer;
}

/** The type its first bytes say, or null for anything else. */
export function detectMediaType(bytes: Buffer): AttachmentMediaType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  if (bytes.length >= 5 && bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  return null;
}
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A checked file: its reference for the event, and its bytes for the store. */
export interface CheckedAttachment {
  ref: AttachmentRef;
  bytes: Buffer;
}

/** Every file checked; violations name the field and the file (`photos[1]`). */
export function checkAttachments(
  files: readonly UploadedFile[],
  maxBytes: number,
): { attachments: CheckedAttachment[]; violations: FieldViolation[] } {
  const violations: FieldViolation[] = [];
  const attachments: CheckedAttachment[] = [];
  const seen = new Map<string, number>();
  for (const file of files) {
    const index = seen.get(file.field) ?? 0;
    seen.set(file.field, index + 1);
    const field = `${file.field}[${index}]`;
    const rules = ATTACHMENT_FIELDS[file.field as AttachmentField];
    if (!rules) {
      violations.push({ field: file.field, rule: 'knownField', message: `${file.field} is not a field for files (use photos or documents)` });
      continue;
    }
    if (index >= rules.maxCount) {
      violations.push({ field: file.field, rule: 'maxCount', message: `${file.field} takes at most ${rules.maxCount} files` });
      continue;
    }
    if (file.bytes.length === 0) {
      violations.push({ field, rule: 'notEmpty', message: `${field} (${file.name}) is empty` });
      continue;
    }
    if (file.bytes.length > maxBytes) {
      violations.push({ field, rule: 'maxFileSize', message: `${field} (${file.name}) is larger than ${maxBytes} bytes` });
      continue;
    }
    const mediaType = detectMediaType(file.bytes);
    if (mediaType === null || !rules.accepts.includes(mediaType)) {
      violations.push({ field, rule: 'fileType', message: `${field} (${file.name}) must be one of: ${rules.described}; its content is not` });
      continue;
    }
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    attachments.push({ ref: { sha256, mediaType, bytes: file.bytes.length, name: safeFileName(file.name, mediaType) }, bytes: file.bytes });
  }
  return { attachments, violations };
}

const EXTENSION: Record<AttachmentMediaType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' };

/** The last path segment, without control characters, at most 120 characters; a plain name when nothing is left. */
export function safeFileName(name: string, mediaType: AttachmentMediaType): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .replace(/[\u0000-\u001f\u007f"<>|*?:]/g, '')
    .replace(/[\uD800-\uDFFF]/g, '')
    .trim()
    .slice(0, 120);
  return base === '' || base === '.' || base === '..' ? `allegato.${EXTENSION[mediaType]}` : base;
}
