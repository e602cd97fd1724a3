import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { requestContext } from './request-context.js';

const SAFE_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Takes the caller's X-Request-Id when it is safe to log, else makes one; echoes it back and opens the context. */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const given = req.header('x-request-id');
  const requestId = given && SAFE_ID.test(given) ? given : randomUUID();
  (req as Request & { id: string }).id = requestId;
  res.setHeader('X-Request-Id', requestId);
  requestContext.run({ requestId }, next);
}
