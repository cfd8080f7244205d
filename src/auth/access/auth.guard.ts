import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AuthenticatedUser } from '../authenticated-user';
import type { Role } from '../roles';
import { AccessTokens } from './access-tokens';
import { REQUEST_USER } from './current-user.decorator';
import { ReferentStanding } from './referent-standing';
import { IS_PUBLIC } from './public.decorator';
import { REQUIRED_ROLES } from './roles.decorator';

interface HttpRequest {
  headers: Record<string, string | string[] | undefined>;
  [REQUEST_USER]?: AuthenticatedUser;
}

interface HttpResponse {
  setHeader(name: string, value: string): void;
}

/**
 * The application-wide guard (register it with APP_GUARD): every route needs a valid bearer
 * token unless it is @Public(); @Roles() then restricts it to the listed roles.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokens,
    private readonly referents: ReferentStanding,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<HttpRequest>();
    const user = await this.authenticate(request, http.getResponse<HttpResponse>());
    if (user.role === 'referent' && user.sectorId && (await this.referents.wasRemoved(user.sectorId, user.id))) {
      throw new ForbiddenException({
        statusCode: 403,
        error: 'Forbidden',
        code: 'REFERENT_REMOVED',
        message: 'You were removed from the referents of your sector: ask an administrator for a new assignment',
      });
    }
    request[REQUEST_USER] = user;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles?.length && !roles.includes(user.role)) {
      throw new ForbiddenException(`This action requires one of the roles: ${roles.join(', ')}`);
    }
    return true;
  }

  private async authenticate(request: HttpRequest, response: HttpResponse): Promise<AuthenticatedUser> {
    const token = bearerToken(request.headers.authorization);
    const user = token ? await this.tokens.verify(token) : null;
    if (user) return user;
    response.setHeader('WWW-Authenticate', token ? 'Bearer error="invalid_token"' : 'Bearer');
    throw new UnauthorizedException(token ? 'Invalid or expired access token' : 'A bearer access token is required');
  }
}

function bearerToken(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value ? /^Bearer\s+(\S+)$/i.exec(value.trim()) : null;
  return match ? match[1] : null;
}
