/**
 * The one ambient store left: the request id (and, while modules move to the explicit RequestContext, the legacy
 * fields below), for log correlation. Services take a RequestContext argument instead of reading this.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from 'typeorm';
import type { Principal } from './principal.js';
import type { RequestContext } from './request-context.js';

export interface LogContext {
  requestId?: string;
  /** @deprecated legacy ambient caller: take a RequestContext argument. */
  principal?: Principal;
  /** @deprecated legacy ambient roles: take a RequestContext argument. */
  roles?: readonly string[];
  /** @deprecated legacy ambient transaction: take a RequestContext argument. */
  manager?: EntityManager;
}

export const logContext = new AsyncLocalStorage<LogContext>();

/** @deprecated legacy ambient context: take a RequestContext argument. */
export function currentContext(): LogContext {
  return logContext.getStore() ?? {};
}

/** @deprecated a RequestContext made of the legacy ambient one, for code not yet given a context. */
export function legacyContext(): RequestContext {
  const { requestId, principal, roles, manager } = currentContext();
  return { requestId, principal, roles: roles ?? [], manager };
}
