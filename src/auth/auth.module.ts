/**
 * Who calls: users (argon2id passwords), their roles per cooperative, API clients (keys scoped to one cooperative),
 * sessions, access and refresh tokens. AccessGuard, global, authenticates (bearer JWT or X-API-Key) and authorises
 * by each route's declared rule: default deny, 404 without standing in the cooperative of the path, 403 without the
 * role or scope; it binds the caller to the request for @Ctx(), and caller.ts reads it from a RequestContext. Access
 * tokens name their session (`sid`, checked in the guard's one query); refresh tokens rotate on use within it;
 * logout or a reused refresh token ends it, refusing its access tokens at once. Admins add people by invitation only
 * (user_invitations: the owner of an existing account consents by accepting with its password); a user with no role
 * in a cooperative is 404 to its admins by id. Rate limits are counted in the database, shared by every API process:
 * every request per user, API key or (without credentials) client address in rate_limits (rate-limiter-flexible),
 * and login attempts per email and address in a sliding window in login_attempts. Only sha256 of secrets is stored.
 * Database: unique users.email and api_clients.key_prefix, role_grants keyed (cooperative_id, user_id, role), foreign
 * keys to users, cooperatives and sessions.
 */
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AccessGuard } from './access.guard.js';
import { ApiKeyStrategy } from './api-key.strategy.js';
import { ApiClientsController } from './api-clients.controller.js';
import { ApiClientsService } from './api-clients.service.js';
import { AuthController } from './auth.controller.js';
import { AUTH_SETTINGS, type AuthSettings } from './auth.settings.js';
import { BootstrapService } from './bootstrap.service.js';
import { CooperativeUsersController } from './cooperative-users.controller.js';
import { JwtStrategy } from './jwt.strategy.js';
import { LocalStrategy } from './local.strategy.js';
import { LoginThrottle } from './login-throttle.service.js';
import { MeController } from './me.controller.js';
import { RolesService } from './roles.service.js';
import { TokensService } from './tokens.service.js';
import { UsersService } from './users.service.js';
import { UserInvitationsController } from './user-invitations.controller.js';
import { UserInvitationsService } from './user-invitations.service.js';
import { UserInvitation } from './user-invitation.entity.js';
import { User } from './user.entity.js';
import { RoleGrant } from './role-grant.entity.js';
import { RefreshToken } from './refresh-token.entity.js';
import { ApiClient } from './api-client.entity.js';
import { LoginAttempt } from './login-attempt.entity.js';
import { RateLimitCounter } from './rate-limit-counter.entity.js';
import { RateLimits } from './rate-limits.service.js';
import { Session } from './session.entity.js';
import { AuditModule } from '../audit/audit.module.js';
import { CooperativesModule } from '../cooperatives/cooperatives.module.js';

/** The tables this module owns, for the data source the app composes (src/entities.ts). */
export const AUTH_ENTITIES = [
  User,
  RoleGrant,
  Session,
  RefreshToken,
  ApiClient,
  LoginAttempt,
  RateLimitCounter,
  UserInvitation,
];

@Module({})
export class AuthModule {
  static forRoot(settings: AuthSettings, firstAdmin: { email?: string; password?: string }): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      imports: [AuditModule, CooperativesModule, PassportModule, JwtModule.register({ secret: settings.jwtSecret })],
      controllers: [
        AuthController,
        MeController,
        CooperativeUsersController,
        UserInvitationsController,
        ApiClientsController,
      ],
      providers: [
        { provide: AUTH_SETTINGS, useValue: settings },
        { provide: BootstrapService.FIRST_ADMIN, useValue: firstAdmin },
        { provide: APP_GUARD, useClass: AccessGuard },
        UsersService,
        RolesService,
        UserInvitationsService,
        TokensService,
        ApiClientsService,
        LoginThrottle,
        RateLimits,
        LocalStrategy,
        JwtStrategy,
        ApiKeyStrategy,
        BootstrapService,
      ],
      exports: [UsersService, RolesService],
    };
  }
}
