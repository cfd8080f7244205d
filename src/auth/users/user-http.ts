/** What every user command endpoint shares over HTTP beyond src/http: its command docs. */
import { HttpStatus, Type } from '@nestjs/common';
import { RevisionCommandDocs } from '../../http/revision-command-http';

export function UserCommandDocs(status: HttpStatus.OK | HttpStatus.CREATED, description: string, view: Type<unknown>) {
  return RevisionCommandDocs({
    status,
    description,
    view,
    resource: 'user',
    notFoundCode: 'USER_NOT_FOUND',
    refusals: ['USERNAME_TAKEN', 'SELF_DEACTIVATION'],
  });
}
