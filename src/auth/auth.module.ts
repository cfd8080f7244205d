import { createSecretKey } from 'node:crypto';
import { DynamicModule, Module } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { RateLimitModule } from '../http/rate-limit.module';
import { AccessTokens } from './access/access-tokens';
import { AuthGuard } from './access/auth.guard';
import { ReferentStanding } from './access/referent-standing';
import { assertValidAuthOptions, AUTH_OPTIONS, AuthOptions } from './auth-options';
import { ChangePasswordController } from './change-password/change-password.controller';
import { ChangePasswordHandler } from './change-password/change-password.handler';
import { CreateUserController } from './create-user/create-user.controller';
import { CreateUserHandler } from './create-user/create-user.handler';
import { DeactivateUserController } from './deactivate-user/deactivate-user.controller';
import { DeactivateUserHandler } from './deactivate-user/deactivate-user.handler';
import { IssueTokenController } from './issue-token/issue-token.controller';
import { TokenIssuer } from './issue-token/issue-token';
import { ListUsersController } from './list-users/list-users.controller';
import { PasswordFingerprints } from './users/password-fingerprints';
import { UserDirectory } from './users/user-directory';
import { UserWriteDeps } from './users/user-write-deps';

/**
 * Users, tokens and the access guard. Needs, from global modules: EVENT_STORE, CLOCK, the
 * CommandBus (CqrsModule.forRoot) and the shared write path (CommandHandlingModule).
 * The application registers the guard: `{ provide: APP_GUARD, useExisting: AuthGuard }`.
 */
@Module({})
export class AuthModule {
  static register(options: AuthOptions): DynamicModule {
    assertValidAuthOptions(options);
    return {
      module: AuthModule,
      imports: [RateLimitModule],
      controllers: [
        IssueTokenController,
        ChangePasswordController,
        CreateUserController,
        ListUsersController,
        DeactivateUserController,
      ],
      providers: [
        { provide: AUTH_OPTIONS, useValue: options },
        {
          provide: JwtService,
          useFactory: (auth: AuthOptions) => {
            // The key object is made once: given the secret as a string, jsonwebtoken would
            // build one on every sign and verify (about 30 times the cost of the check itself).
            const key = createSecretKey(Buffer.from(auth.jwtSecret, 'utf8'));
            return new JwtService({
              secretOrKeyProvider: () => key,
              signOptions: { algorithm: 'HS256' },
              verifyOptions: { algorithms: ['HS256'] },
            });
          },
          inject: [AUTH_OPTIONS],
        },
        AccessTokens,
        UserDirectory,
        ReferentStanding,
        AuthGuard,
        TokenIssuer,
        UserWriteDeps,
        PasswordFingerprints,
        CreateUserHandler,
        DeactivateUserHandler,
        ChangePasswordHandler,
      ],
      exports: [AUTH_OPTIONS, JwtService, AccessTokens, AuthGuard, UserDirectory],
    };
  }
}
