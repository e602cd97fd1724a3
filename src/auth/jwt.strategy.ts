import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { Principal } from '../common/context/principal.js';
import { AUTH_SETTINGS, type AuthSettings } from './auth.settings.js';
import { UsersService } from './users.service.js';
import { Inject } from '@nestjs/common';

interface AccessTokenPayload {
  sub: string;
  typ: string;
}

/** Bearer access tokens: HS256 only (so `alg: none` and other algorithms are refused), expiry enforced. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(AUTH_SETTINGS) settings: AuthSettings,
    private readonly users: UsersService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: settings.jwtSecret,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  async validate(payload: AccessTokenPayload): Promise<Principal | false> {
    if (payload.typ !== 'access' || typeof payload.sub !== 'string') return false;
    const user = await this.users.findActive(payload.sub);
    return user ? { kind: 'user', userId: user.id, email: user.email, isSuperadmin: user.isSuperadmin } : false;
  }
}
