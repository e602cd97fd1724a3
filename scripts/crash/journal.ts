/**
 * What the crash test sent and what the API acknowledged. Every write carries a fresh X-Request-Id (and, on the routes
 * that take one, the same value as its Idempotency-Key), so the audit entry it leaves names it: after a kill the checks
 * find each acknowledged write's audit entry by it, and a retried request's effect counted once by it.
 */
import { randomUUID } from 'node:crypto';

export type Json = Record<string, unknown>;

/** A field of a response body as text, `path` leading into nested objects: `field(body, 'entry', 'id')`. */
export function field(body: Json, ...path: string[]): string {
  let value: unknown = body;
  for (const key of path) value = (value as Json | undefined)?.[key];
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new Error(`no ${path.join('.')} in ${JSON.stringify(body)}`);
  }
  return String(value);
}

export interface Write {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** The caller's bearer token; '' for a public route (an invitation's acceptance). */
  token: string;
  /** The route takes an Idempotency-Key: a request cut off by a kill is retried with it after the heal. */
  idempotent: boolean;
}

/** One SQL query whose single row has `ok` true when the acknowledged write's effect is there, exactly. */
export interface Check {
  what: string;
  sql: string;
  params: unknown[];
}

/** A write to send, what it must have produced once acknowledged, and the next step of its chain (if any). */
export interface Step {
  module: string;
  write: Write;
  /** The checks of the acknowledged write (its response body given); may register what later steps use. */
  acknowledged(body: Json): Check[];
  next?(body: Json): Step | undefined;
  /** false: an acknowledged write that may change nothing (PUT of a role already held), so no audit entry. */
  audited?: false;
}

export interface Sent extends Step {
  requestId: string;
}

export interface Acknowledged {
  module: string;
  requestId: string;
  what: string;
  audited: boolean;
  checks: Check[];
}

export interface KindFigures {
  sent: number;
  acknowledged: number;
  found: number;
  inFlight: number;
  /**
   * Of those in flight, requests that got no answer within the client's timeout (http.ts): Node's round-robin cluster
   * keeps open a connection it was handing to a worker at the instant the worker was killed (docs/reliability.md).
   */
  unanswered: number;
  retried: number;
  /** Acknowledged writes by module (each kind must reach every module). */
  byModule: Record<string, number>;
  /**
   * Kills the API survives: acknowledged in the 2 s after the kill of one of two workers (the survivor serving; 0
   * fails), or between the kill of the postmaster and the heal.
   */
  duringFault?: number;
  /** HTTP status -> how many times it was seen during the load and the fault. */
  serverErrors: Record<string, number>;
  restartMs?: number;
  healMs?: number;
}

export const newFigures = (): KindFigures => ({
  sent: 0,
  acknowledged: 0,
  found: 0,
  inFlight: 0,
  unanswered: 0,
  retried: 0,
  byModule: {},
  serverErrors: {},
});

export class Journal {
  readonly acknowledged: Acknowledged[] = [];
  /** Sent, outcome unknown (the connection died, or a 503 from a database going away): retried after the heal. */
  inFlight: Sent[] = [];
  readonly failures: string[] = [];

  send(step: Step): Sent {
    return { ...step, requestId: randomUUID() };
  }

  acknowledge(sent: Sent, body: Json, figures: KindFigures): void {
    figures.acknowledged++;
    figures.byModule[sent.module] = (figures.byModule[sent.module] ?? 0) + 1;
    this.acknowledged.push({
      module: sent.module,
      requestId: sent.requestId,
      what: `${sent.write.method} ${sent.write.path}`,
      audited: sent.audited !== false,
      checks: sent.acknowledged(body),
    });
  }
}

/** A check that a row matching `where` exists in `table`: `exists('the payment', 'capital_entries', 'id = $1', [id])`. */
export const exists = (what: string, table: string, where: string, params: unknown[]): Check => ({
  what,
  sql: `SELECT EXISTS (SELECT 1 FROM ${table} WHERE ${where}) AS ok`,
  params,
});

/** One kind of write of the mix: `next` gives the step to send now, or undefined when its pool is empty. */
export interface MixEntry {
  weight: number;
  next(): Step | undefined;
}
