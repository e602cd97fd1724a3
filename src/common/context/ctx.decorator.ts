import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { contextOf } from './request-context.js';

/** The request context of the call (caller, roles, request id, the transaction an interceptor opened), for services. */
export const Ctx = createParamDecorator((_data: unknown, host: ExecutionContext) =>
  contextOf(host.switchToHttp().getRequest<Request>()),
);
