import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor, createParamDecorator } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Observable } from 'rxjs';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { bodyTooDeep, deepestNesting, validationFailed, type FieldViolation } from '../http/validation';
import { ATTACHMENT_FIELDS, checkAttachments, type CheckedAttachment, type UploadedFile } from './attachment-rules';

// multer ships with @nestjs/platform-express; its types are not installed, and this is all we use of it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const multer = require('multer') as MulterFactory;
interface MulterFile {
  fieldname: string;
  originalname: string;
  buffer: Buffer;
}
interface MulterError extends Error {
  code: string;
  field?: string;
}
type Middleware = (request: Request, response: Response, done: (error?: unknown) => void) => void;
interface MulterFactory {
  (options: Record<string, unknown>): { fields(fields: Array<{ name: string; maxCount: number }>): Middleware };
  memoryStorage(): unknown;
  MulterError: new (...args: never[]) => MulterError;
}

const PAYLOAD_FIELD = 'payload';
const ATTACHMENTS = Symbol('attachments');
type WithAttachments = Request & { [ATTACHMENTS]?: CheckedAttachment[]; files?: Record<string, MulterFile[]> };

/**
 * A registration sent as multipart/form-data: the contact is the JSON part `payload` (the same
 * body as the JSON request, validated by the same DTO), files come in `photos` and
 * `documents`. Every file is checked here, before the handler runs: a bad file is a 400 that
 * names it, and nothing is stored or appended. JSON requests pass untouched (no files).
 */
@Injectable()
export class MultipartRegistration implements NestInterceptor {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const request = http.getRequest<WithAttachments>();
    if (request.is('multipart/form-data')) await this.parse(request, http.getResponse<Response>());
    return next.handle();
  }

  private async parse(request: WithAttachments, response: Response): Promise<void> {
    const maxBytes = this.config.attachmentMaxBytes;
    const { maxBodyBytes, maxJsonDepth } = this.config.hardening;
    const fileFields = Object.entries(ATTACHMENT_FIELDS).map(([name, rules]) => ({ name, maxCount: rules.maxCount }));
    const parser = multer({
      storage: multer.memoryStorage(),
      defParamCharset: 'utf8',
      limits: {
        fileSize: maxBytes,
        files: fileFields.reduce((sum, field) => sum + field.maxCount, 0),
        fields: 1,
        fieldSize: maxBodyBytes,
        fieldNameSize: 100,
        parts: 16,
      },
    }).fields(fileFields);
    await new Promise<void>((resolve, reject) =>
      parser(request, response, (error?: unknown) => (error ? reject(multipartRefusal(error, maxBytes)) : resolve())),
    );
    const uploads: UploadedFile[] = Object.values(request.files ?? {})
      .flat()
      .map((file) => ({ field: file.fieldname, name: file.originalname, bytes: file.buffer }));
    request.body = payloadOf(request.body as Record<string, unknown> | undefined, maxJsonDepth);
    const { attachments, violations } = checkAttachments(uploads, maxBytes);
    if (violations.length > 0) throw validationFailed(violations);
    request[ATTACHMENTS] = attachments;
  }
}

/** The checked files of a multipart registration (none for a JSON one). */
export const Attachments = createParamDecorator(
  (_: unknown, context: ExecutionContext): CheckedAttachment[] => context.switchToHttp().getRequest<WithAttachments>()[ATTACHMENTS] ?? [],
);

function payloadOf(fields: Record<string, unknown> | undefined, maxJsonDepth: number): unknown {
  const text = fields?.[PAYLOAD_FIELD];
  if (typeof text !== 'string' || text.trim() === '') {
    throw validationFailed([{ field: PAYLOAD_FIELD, rule: 'isNotEmpty', message: 'payload must be the contact as JSON (the body of the JSON request)' }]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw validationFailed([{ field: PAYLOAD_FIELD, rule: 'isJson', message: 'payload must be valid JSON' }]);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw validationFailed([{ field: PAYLOAD_FIELD, rule: 'isObject', message: 'payload must be a JSON object' }]);
  }
  if (deepestNesting(parsed, maxJsonDepth) > maxJsonDepth) throw bodyTooDeep(maxJsonDepth);
  return parsed;
}

/** multer's and busboy's errors as a 400 naming the part. */
function multipartRefusal(error: unknown, maxBytes: number) {
  const violation = ((): FieldViolation => {
    if (!(error instanceof multer.MulterError)) {
      return { field: 'body', rule: 'multipart', message: `the multipart body could not be read (${(error as Error)?.message ?? error})` };
    }
    const field = error.field ?? 'body';
    switch (error.code) {
      case 'LIMIT_FILE_SIZE':
        return { field, rule: 'maxFileSize', message: `${field}: each file must be at most ${maxBytes} bytes` };
      case 'LIMIT_UNEXPECTED_FILE':
        return field in ATTACHMENT_FIELDS
          ? { field, rule: 'maxCount', message: `${field} takes at most ${ATTACHMENT_FIELDS[field as keyof typeof ATTACHMENT_FIELDS].maxCount} files` }
          : { field, rule: 'knownField', message: `${field} is not a field for files (use photos or documents)` };
      case 'LIMIT_FIELD_COUNT':
        return { field: 'body', rule: 'fields', message: 'the only text part is payload' };
      case 'LIMIT_FIELD_VALUE':
        return { field, rule: 'maxLength', message: `${field} is too long` };
      default:
        return { field, rule: 'multipart', message: `${field}: ${error.message}` };
    }
  })();
  return validationFailed([violation]);
}
