import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { CLOCK, Clock } from '../../shared/clock';
import type { AuthenticatedUser } from '../authenticated-user';
import { UserDirectory } from '../users/user-directory';
import { toAuthenticatedUser, UserState } from '../users/user-state';

/** What a token says: the user and the credential version it was issued for. */
export interface AccessTokenClaims {
  sub: string;
  ver: number;
  iat: number;
  exp: number;
}

/**
 * Signs and checks access tokens against the injected clock (never Date.now), so expiry can
 * be tested by moving a clock. A valid signature is not enough: the user must still exist,
 * be active and not have changed password since (checked in memory: UserDirectory).
 */
@Injectable()
export class AccessTokens {
  constructor(
    private readonly jwt: JwtService,
    private readonly users: UserDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async sign(user: UserState, ttlSeconds: number): Promise<string> {
    const payload = { sub: user.id, ver: user.credentialVersion, iat: this.nowSeconds() };
    return this.jwt.signAsync(payload, { algorithm: 'HS256', expiresIn: ttlSeconds });
  }

  /** The user the token stands for, or null when it must be refused. */
  async verify(token: string): Promise<AuthenticatedUser | null> {
    const claims = await this.claimsOf(token);
    if (!claims) return null;
    const user = await this.users.user(claims.sub);
    if (!user || !user.active || user.credentialVersion !== claims.ver) return null;
    return toAuthenticatedUser(user);
  }

  private async claimsOf(token: string): Promise<AccessTokenClaims | null> {
    try {
      const claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, {
        algorithms: ['HS256'],
        clockTimestamp: this.nowSeconds(),
      });
      return typeof claims.sub === 'string' && Number.isInteger(claims.ver) ? claims : null;
    } catch {
      return null;
    }
  }

  private nowSeconds(): number {
    return Math.floor(this.clock.now().getTime() / 1000);
  }
}
