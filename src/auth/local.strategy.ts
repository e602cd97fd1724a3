import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { contextOf } from '../common/context/request-context.js';
import { LoginThrottle } from './login-throttle.service.js';
import { UsersService } from './users.service.js';
import type { User } from './user.entity.js';
import { AuthError } from './auth.errors.js';

/** Email + password login, rate-limited per email and per client address before the password is checked. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(
    private readonly users: UsersService,
    private readonly throttle: LoginThrottle,
  ) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  async validate(request: Request, email: string, password: string): Promise<User> {
    const ctx = contextOf(request);
    await this.throttle.hit(ctx, email, request.ip ?? 'unknown');
    const user = await this.users.verifyCredentials(ctx, email, password);
    if (!user) throw new AuthError('INVALID_CREDENTIALS', 'The email or password is wrong.');
    return user;
  }
}
