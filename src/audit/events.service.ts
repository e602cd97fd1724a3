import { Injectable } from '@nestjs/common';
import type { Principal } from '../common/context/principal.js';
import type { RequestContext } from '../common/context/request-context.js';
import { decodeCursor, encodeCursor, invalidCursor } from '../common/pagination/pagination.js';
import { TransactionHelper } from '../database/transaction.js';
import type { EventFeedDto, EventFeedQueryDto, EventResponseDto } from './events.dto.js';
import { eventFeedSql, type EventRow } from './audit.sql.js';

const START = encodeCursor(['0', '0']);

/**
 * The change feed: a cooperative's events in (transaction id, id) order, read only below the oldest transaction
 * still running, so that an event a slow transaction commits later always sorts after every cursor already handed
 * out (docs/events.md). Admins see every event's data; an API key sees it when it holds the event's read scope.
 */
@Injectable()
export class EventFeed {
  constructor(private readonly tx: TransactionHelper) {}

  async read(ctx: RequestContext, cooperativeId: string, query: EventFeedQueryDto): Promise<EventFeedDto> {
    const after = query.after ?? START;
    const [tx, id] = decodeCursor(after, ['string', 'string']) as string[];
    if (!/^\d{1,19}$/.test(tx) || !/^\d{1,19}$/.test(id)) invalidCursor();
    const types = query.types ? query.types.split(',') : null;
    const rows: EventRow[] = await this.tx
      .managerOf(ctx)
      .query(eventFeedSql(), [cooperativeId, tx, id, types, query.limit + 1]);
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    return {
      items: items.map((row) => mapEvent(row, ctx.principal)),
      nextCursor: last ? encodeCursor([last.tx, last.id]) : after,
      hasMore: rows.length > query.limit,
    };
  }
}

/** An event as the feed shows it to `reader` (an admin, or the system, sees its data; an API key by its scope). */
export function mapEvent(row: EventRow, reader: Principal | undefined): EventResponseDto {
  const readable = reader?.kind !== 'api_client' || (row.read_scope !== null && reader.scopes.includes(row.read_scope));
  return {
    id: row.id,
    type: row.type,
    occurredAt: row.occurred_at.toISOString(),
    requestId: row.request_id,
    subject: { type: row.subject_type, id: row.subject_id },
    data: readable ? row.data : null,
  };
}
