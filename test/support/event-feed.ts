/**
 * Reading a cooperative's change feed (GET /v1/cooperatives/{id}/events) in e2e specs. The feed hands out only
 * events of transactions older than the server's oldest running one (other suites' included: xids are server-wide),
 * so a read right after a write may be early: `settle` polls until the events expected are out. Every page read is
 * checked against openapi.yaml's event catalogue (each item's data is the schema its type names).
 */
import { expectConforms } from './contract.js';
import { givenApplicant } from './member-factories.js';
import type { TestApp } from './test-app.js';

export interface FeedEvent {
  id: string;
  type: string;
  occurredAt: string;
  requestId: string | null;
  subject: { type: string; id: string | null };
  data: Record<string, unknown> | null;
}

export interface Feed {
  items: FeedEvent[];
  nextCursor: string;
  hasMore: boolean;
}

/** The cursor before the first event. */
export const START = Buffer.from(JSON.stringify(['0', '0'])).toString('base64url');

/**
 * The feed of `coop` as `reader` (a bearer token allowed to read it: an admin) sees it; `now()` adds a marker
 * applicant as `secretary` (a token that may register members).
 */
export function eventFeed(t: TestApp, coop: string, reader: string, secretary: string) {
  const path = `/v1/cooperatives/${coop}/events`;

  const read = async (query: Record<string, string | number> = {}, headers: Record<string, string> = {}) => {
    const res = await t
      .http()
      .get(path)
      .query(query)
      .set(Object.keys(headers).length ? headers : { Authorization: `Bearer ${reader}` });
    expect(res.status).toBe(200);
    // Each event as the catalogue in openapi.yaml says its type is: the data its DTO, or null.
    expectConforms(res);
    return res.body as Feed;
  };

  /** Every event after `after`, page by page of `limit`. */
  const readAll = async (after?: string, limit = 200): Promise<{ events: FeedEvent[]; cursor: string }> => {
    const events: FeedEvent[] = [];
    let cursor = after;
    for (;;) {
      const page = await read({ ...(cursor ? { after: cursor } : {}), limit });
      events.push(...page.items);
      cursor = page.nextCursor;
      if (!page.hasMore) return { events, cursor };
    }
  };

  /** The events after `after` (those `filter` keeps) once at least `count` are out, or after 20 s what there is. */
  const settle = async (after: string, count: number, filter: (e: FeedEvent) => boolean = () => true) => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const got = await readAll(after);
      const events = got.events.filter(filter);
      if (events.length >= count || Date.now() > deadline) return { events, cursor: got.cursor };
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  /** A cursor past every event of the writes answered so far: once a new marker's event is out, theirs are too. */
  const now = async () => {
    const marker = await givenApplicant(t, coop, secretary, { name: 'Marker' }, { minimumShares: false });
    const { events, cursor } = await settle(START, 1, (e) => e.subject.id === marker.id);
    expect(events.length).toBe(1);
    return cursor;
  };

  /** The events of these types after `after`, once all `types.length` are out, in feed order. */
  const eventsOf = async (after: string, ...types: string[]) => {
    const { events } = await settle(after, types.length, (e) => types.includes(e.type));
    expect(events.map((e) => e.type)).toEqual(types);
    return events;
  };

  return { path, read, readAll, settle, now, eventsOf };
}
