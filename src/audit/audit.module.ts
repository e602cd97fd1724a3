/**
 * The audit log and the events: every state change records its actor, cooperative, action, target, summary and
 * request id through AuditService.record(ctx, ...) in the transaction of the change (a rolled-back change leaves no
 * entry), and a cooperative's change also its event, in the same statement (the outbox: events, read by the change
 * feed GET /v1/cooperatives/{id}/events; docs/events.md). Global: every module writes it. Database: audit_log is
 * append-only (statement trigger), indexed by cooperative and by target; events keyed (cooperative_id, id), read
 * by (cooperative_id, tx, id).
 */
import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller.js';
import { EventsController } from './events.controller.js';
import { EventFeed } from './events.service.js';
import { AuditService } from './audit.service.js';
import { AuditEntry } from './audit-entry.entity.js';
import { EventRecord } from './event.entity.js';

/** The tables this module owns, for the data source the app composes (src/entities.ts). */
export const AUDIT_ENTITIES = [AuditEntry, EventRecord];

@Module({
  controllers: [AuditController, EventsController],
  providers: [AuditService, EventFeed],
  exports: [AuditService],
})
export class AuditModule {}
