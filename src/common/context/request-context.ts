/**
 * The request context every service method takes as its first argument (STYLE.md, Layers; vendure's RequestContext):
 * who calls, with which roles in the cooperative of the path, under which request id, and, once a use case has
 * opened its transaction, that transaction's EntityManager. Controllers receive it with `@Ctx()`; a job, a script or
 * a test builds one with `systemContext()`. It is passed explicitly: nothing reads it from ambient state.
 */
import type { Request } from 'express';
import type { EntityManager } from 'typeorm';
import type { Principal } from './principal.js';

export interface RequestContext {
  readonly requestId?: string;
  /** The authenticated caller; none for public routes and the system. */
  readonly principal?: Principal;
  /** The caller's roles in the cooperative of the path (an API client's are empty; it has scopes). */
  readonly roles: readonly string[];
  /** The open transaction's manager: set by TransactionHelper.run, joined by every nested call given this ctx. */
  readonly manager?: EntityManager;
}

/** A context inside a transaction: every read and write of the use case goes through its manager. */
export interface TxContext extends RequestContext {
  readonly manager: EntityManager;
}

/** The context of work no caller asked for (boot, scripts, scheduled jobs): audited as the system. */
export function systemContext(requestId?: string): RequestContext {
  return { roles: [], ...(requestId === undefined ? {} : { requestId }) };
}

const CALLER = Symbol('coop:caller');
const TRANSACTION = Symbol('coop:transaction');

type ContextCarrier = Request & {
  id?: unknown;
  [CALLER]?: { principal: Principal; roles: readonly string[] };
  [TRANSACTION]?: EntityManager;
};

/** Set by the access guard once the caller is known (the roles once the cooperative of the path is resolved). */
export function bindCaller(req: Request, principal: Principal, roles: readonly string[] = []): void {
  (req as ContextCarrier)[CALLER] = { principal, roles };
}

/** Set by the idempotency interceptor: the route's use case joins the transaction that stores its response. */
export function bindTransaction(req: Request, manager: EntityManager): void {
  (req as ContextCarrier)[TRANSACTION] = manager;
}

/** The context of an HTTP request, as `@Ctx()` gives it to a controller. */
export function contextOf(req: Request): RequestContext {
  const carrier = req as ContextCarrier;
  const caller = carrier[CALLER];
  const manager = carrier[TRANSACTION];
  return {
    ...(typeof carrier.id === 'string' ? { requestId: carrier.id } : {}),
    ...(caller ? { principal: caller.principal } : {}),
    roles: caller?.roles ?? [],
    ...(manager ? { manager } : {}),
  };
}
