import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { UUID } from '../common/dates.js';
import { AUTH_SETTINGS, type AuthSettings, JWT_AUDIENCE } from './auth.settings.js';

/** A valid access token's user and session, not yet looked up. */
export interface TokenSubject {
  kind: 'token';
  userId: string;
  sessionId: string;
}

interface AccessTokenPayload {
  sub?: unknown;
  typ?: unknown;
  exp?: unknown;
  iat?: unknown;
  sid?: unknown;
}

/** Tolerated clock difference between API processes for `iat`, in seconds. */
const CLOCK_SKEW_SECONDS = 60;

/**
 * Bearer access tokens: HS256 only (so `alg: none` and other algorithms are refused); `iss` and `aud` checked by
 * jsonwebtoken, `exp` and `iat` required here (jsonwebtoken accepts a token without them: one without `exp` would be
 * valid for ever).
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(AUTH_SETTINGS) settings: AuthSettings) {
    const key = createSecretKey(Buffer.from(settings.jwtSecret));
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A key object, not the string: jsonwebtoken would otherwise try to parse the string as a PEM public key on
      // every request before treating it as a secret (a measurable share of each request's CPU).
      // (passport-jwt's types only list strings and buffers; jsonwebtoken accepts the KeyObject.)
      secretOrKeyProvider: (_request: unknown, _token: unknown, done: (error: null, key: string) => void) =>
        done(null, key as unknown as string),
      algorithms: ['HS256'],
      ignoreExpiration: false,
      issuer: settings.jwtIssuer,
      audience: JWT_AUDIENCE,
    });
  }

  /** Only the token is checked here; AccessGuard loads the user and its roles in one query. */
  validate(payload: AccessTokenPayload): TokenSubject | false {
    if (payload.typ !== 'access' || !isUuid(payload.sub) || !isUuid(payload.sid)) return false;
    if (typeof payload.exp !== 'number' || typeof payload.iat !== 'number') return false;
    if (payload.iat > Date.now() / 1000 + CLOCK_SKEW_SECONDS) return false;
    return { kind: 'token', userId: payload.sub, sessionId: payload.sid };
  }
}

const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);
