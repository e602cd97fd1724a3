/**
 * The event catalogue's building blocks. Each module lists the event types it writes in its own `<module>.events.ts`
 * (the type, the DTO its `data` is, the API-key scope that reads that data, one sentence on what happened) and adds
 * them to `EventTypes` below by declaration merging; `src/event-catalogue.ts` composes the modules' lists where the
 * app is composed, for the contract (a payload schema per type, the `x-webhooks` section) and the README.
 *
 * Because `AuditService.record` takes only an `EventType` and, for it, only data of its DTO, the compiler refuses an
 * audit action no catalogue declares and an event whose data is not what the catalogue says: the contract cannot
 * drift from what is written.
 */
import type { Type } from '@nestjs/common';
import type { Scope } from '../common/access/role.js';

/** One event type: what its `data` is (the DTO of the resource's GET, or none) and what it means. */
export interface EventSpec<T = unknown> {
  /** The DTO class `data` is an instance of; null when the type carries no data. */
  readonly data: Type<T> | null;
  /** The API-key scope that reads `data` (null: no data). */
  readonly scope: Scope | null;
  /** False for an audit action with no cooperative (never in a feed): kept out of the contract. */
  readonly published: boolean;
  /** What happened, one sentence, as the contract and the README say it. */
  readonly summary: string;
  /** Where the data comes from, as the contract says it (`GET /members/{id}`). */
  readonly source?: string;
}

/** A type whose data is the resource as `source` answers it, readable by API keys holding `scope`. */
export function withData<T>(data: Type<T>, scope: Scope, source: string, summary: string): EventSpec<T> {
  return { data, scope, source, summary, published: true };
}

/** A type carrying its type and subject only: a reader fetches what it needs. */
export function withoutData(summary: string): EventSpec<null> {
  return { data: null, scope: null, summary, published: true };
}

/** An audit action that never has a cooperative, so never an event of a feed (a refresh token's reuse). */
export function auditOnly(summary: string): EventSpec<null> {
  return { data: null, scope: null, summary, published: false };
}

export type EventCatalogue = Readonly<Record<string, EventSpec>>;

/** Event type -> the type of its data, for a module's declaration merge into `EventTypes`. */
export type EventDataOf<C extends EventCatalogue> = {
  [K in keyof C]: C[K] extends EventSpec<infer T> ? T : never;
};

/**
 * Every event type, mapped to the type of its data (null: none). Empty here; each module's `<module>.events.ts`
 * adds its own:
 *
 *     declare module '../audit/event-catalogue.js' {
 *       interface EventTypes extends EventDataOf<typeof MEMBERSHIP_EVENTS> {}
 *     }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EventTypes {}

export type EventType = Extract<keyof EventTypes, string>;

/** What an event of type A carries: `{ data, readScope }` when its type has data, nothing otherwise. */
export type EventPayloadOf<A extends EventType> = EventTypes[A] extends null
  ? never
  : { data: EventTypes[A]; readScope: Scope };
