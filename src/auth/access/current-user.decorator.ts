import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { AuthenticatedUser } from '../authenticated-user';

/** The request's property where the guard leaves the authenticated user. */
export const REQUEST_USER = 'user';

/** The authenticated caller; undefined on @Public() routes. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser | undefined =>
    context.switchToHttp().getRequest<Record<string, AuthenticatedUser | undefined>>()[REQUEST_USER],
);
