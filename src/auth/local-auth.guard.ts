import { type ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Request } from 'express';
import { toFieldErrors } from '../common/errors/validation.js';
import { LoginDto } from './auth.dto.js';
import { CommonError } from '../common/errors/common.errors.js';

/** passport-local, after the body passed the same validation as every other route (a malformed login is a 400). */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const body: unknown = context.switchToHttp().getRequest<Request>().body ?? {};
    const errors = await validate(plainToInstance(LoginDto, body), { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) throw new CommonError('VALIDATION_FAILED', 'The request is invalid.', toFieldErrors(errors));
    return (await super.canActivate(context)) as boolean;
  }
}
