/**
 * The audit log: every state change records actor, cooperative, action, target, a summary and the request id, in
 * the same transaction as the change (so a rolled-back change leaves no entry). Append-only, enforced by a trigger.
 */
import { Injectable } from '@nestjs/common';
import { Brackets } from 'typeorm';
import type { RequestContext } from '../common/context/request-context.js';
import { decodeCursor, invalidCursor, type Page, toPage } from '../common/pagination/pagination.js';
import { TransactionHelper } from '../database/transaction.js';
import { AuditEntry } from './audit-entry.entity.js';
import type { AuditEntryResponseDto, AuditQueryDto } from './audit.dto.js';
import { auditValuesInsertSql } from './audit.sql.js';
import type { EventPayloadOf, EventType } from './event-catalogue.js';

export interface AuditRecord<A extends EventType = EventType> {
  cooperativeId: string | null;
  /** The event type (src/audit/event-catalogue.ts): a type some module's catalogue declares. */
  action: A;
  targetType: string;
  targetId?: string | null;
  summary?: Record<string, unknown>;
  /**
   * What the change's event (docs/events.md) carries: the resource as the API shows it after the change, and the
   * API-key scope that may read it, only for a type whose catalogue entry has data, and then of its DTO. Without it
   * the event names its type and subject only.
   */
  event?: EventPayloadOf<A>;
}

function auditRow<A extends EventType>(ctx: RequestContext, entry: AuditRecord<A>) {
  const { principal, requestId } = ctx;
  return {
    cooperativeId: entry.cooperativeId,
    actorType: principal?.kind ?? ('system' as const),
    actorId: principal ? (principal.kind === 'user' ? principal.userId : principal.clientId) : null,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    summary: (entry.summary ?? {}) as object,
    requestId: requestId ?? null,
  };
}

@Injectable()
export class AuditService {
  constructor(private readonly tx: TransactionHelper) {}

  /**
   * Call inside the transaction of the change (ctx's manager); the actor and request id come from ctx. Writes the
   * entry and, for a cooperative's change, its event, in one statement.
   */
  async record<A extends EventType>(ctx: RequestContext, entry: AuditRecord<A>): Promise<void> {
    await this.tx.managerOf(ctx).query(auditValuesInsertSql(), this.values(ctx, entry));
  }

  /**
   * For a statement that writes its own audit entry and event (one round trip for a hot path): the parameters of
   * audit.sql.ts's inserts, in the order of AUDIT_COLUMNS, then the event's data (JSON text) and read scope.
   */
  values<A extends EventType>(ctx: RequestContext, entry: AuditRecord<A>): unknown[] {
    const row = auditRow(ctx, entry);
    return [
      row.cooperativeId,
      row.actorType,
      row.actorId,
      row.action,
      row.targetType,
      row.targetId,
      JSON.stringify(row.summary),
      row.requestId,
      entry.event ? JSON.stringify(entry.event.data) : null,
      entry.event?.readScope ?? null,
    ];
  }

  /** Newest first, keyset-paginated on the id. */
  async list(ctx: RequestContext, cooperativeId: string, query: AuditQueryDto): Promise<Page<AuditEntryResponseDto>> {
    const qb = this.tx
      .managerOf(ctx)
      .createQueryBuilder(AuditEntry, 'a')
      .where('a.cooperative_id = :cooperativeId', { cooperativeId })
      .orderBy('a.id', 'DESC')
      .limit(query.limit + 1);
    if (query.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: query.actorId });
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    if (query.targetType) qb.andWhere('a.target_type = :targetType', { targetType: query.targetType });
    if (query.targetId) qb.andWhere('a.target_id = :targetId', { targetId: query.targetId });
    if (query.from) qb.andWhere('a.created_at >= :from', { from: query.from });
    if (query.to) qb.andWhere('a.created_at < :to', { to: query.to });
    if (query.cursor) {
      const [lastId] = decodeCursor(query.cursor, ['string']);
      if (!/^\d{1,19}$/.test(String(lastId))) invalidCursor();
      qb.andWhere(new Brackets((w) => w.where('a.id < :lastId', { lastId })));
    }
    const rows = await qb.getMany();
    return toPage(rows, query.limit, (row) => [row.id], mapAuditEntry);
  }
}

export function mapAuditEntry(entry: AuditEntry): AuditEntryResponseDto {
  return {
    id: entry.id,
    actorType: entry.actorType,
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    summary: entry.summary,
    requestId: entry.requestId,
    createdAt: entry.createdAt.toISOString(),
  };
}
