import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Role } from '../roles';

export const REQUIRED_ROLES = 'auth:requiredRoles';

/** Restricts a route (or a controller) to users holding one of the roles; documents it too. */
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(REQUIRED_ROLES, roles),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Missing, invalid or expired bearer token.' }),
    ApiForbiddenResponse({ description: `Requires one of the roles: ${roles.join(', ')}.` }),
  );
