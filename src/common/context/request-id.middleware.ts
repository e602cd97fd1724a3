import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';

const SAFE_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * The request id: the caller's X-Request-Id when it is safe to log, else a new UUID; echoed back. Called first by
 * the HTTP logger (so log lines carry it) and again by the middleware, which reuses it.
 */
export function assignRequestId(req: IncomingMessage & { id?: unknown }, res: ServerResponse): string {
  if (typeof req.id === 'string') return req.id;
  const given = req.headers['x-request-id'];
  const requestId = typeof given === 'string' && SAFE_ID.test(given) ? given : randomUUID();
  req.id = requestId;
  res.setHeader('X-Request-Id', requestId);
  return requestId;
}

/** Gives every request its id before anything handles it (contextOf(req) and the problem documents read it). */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  assignRequestId(req, res);
  next();
}
