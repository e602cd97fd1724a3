/**
 * Per-request context (request id, the authenticated principal, the open transaction), carried by
 * AsyncLocalStorage so services and the audit log need not thread it through every call.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from 'typeorm';
import type { Principal } from './principal.js';

export interface RequestContext {
  requestId?: string;
  principal?: Principal;
  /** The caller's roles in the cooperative of the path (an API client's are empty; it has scopes). */
  roles?: readonly string[];
  /** Set while a transaction of TransactionHelper is open. */
  manager?: EntityManager;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

export function currentContext(): RequestContext {
  return requestContext.getStore() ?? {};
}
