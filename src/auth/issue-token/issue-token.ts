import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '../../event-store/event-store.port';
import { AccessTokens } from '../access/access-tokens';
import { AUTH_OPTIONS, AuthOptions } from '../auth-options';
import { hashPassword, verifyPassword } from '../password-hash';
import { findUserByUsername } from '../users/user-reads';
import { toUserView } from '../users/user-view';
import type { TokenResponse } from './token-response';

/** One error for every failure, so a caller cannot tell which usernames exist. */
export class InvalidCredentialsError extends Error {
  override readonly name = 'InvalidCredentialsError';
  constructor() {
    super('Invalid username or password');
  }
}

@Injectable()
export class TokenIssuer {
  /** Checked against when the username is unknown, so both paths cost one scrypt. */
  private readonly decoyHash = hashPassword('decoy password that matches nothing');

  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(AUTH_OPTIONS) private readonly options: AuthOptions,
    private readonly tokens: AccessTokens,
  ) {}

  async issue(username: string, password: string): Promise<TokenResponse> {
    const user = await findUserByUsername(this.eventStore, username.trim().toLowerCase());
    const matches = await verifyPassword(password, user?.passwordHash ?? (await this.decoyHash));
    if (!user || !matches || !user.active) throw new InvalidCredentialsError();
    return {
      accessToken: await this.tokens.sign(user, this.options.tokenTtlSeconds),
      tokenType: 'Bearer',
      expiresIn: this.options.tokenTtlSeconds,
      user: toUserView(user),
    };
  }
}
