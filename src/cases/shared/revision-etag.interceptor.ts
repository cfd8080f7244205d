import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { tap, type Observable } from 'rxjs';

/** Sets `ETag: "<revision>"` from the answer, so the caller can send it back as If-Match. */
@Injectable()
export class RevisionETag implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      tap((answer: { revision?: unknown } | undefined) => {
        if (typeof answer?.revision === 'number') {
          context.switchToHttp().getResponse<Response>().setHeader('ETag', `"${answer.revision}"`);
        }
      }),
    );
  }
}
