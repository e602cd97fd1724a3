/**
 * The audit log: every state change records its actor, cooperative, action, target, summary and request id through
 * AuditService.record(ctx, ...) in the transaction of the change (a rolled-back change leaves no entry). Global: every
 * module writes it. Database: audit_log is append-only (statement trigger), indexed by cooperative and by target.
 */
import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller.js';
import { AuditService } from './audit.service.js';
import { AuditEntry } from './audit-entry.entity.js';

/** The tables this module owns, for the data source the app composes (src/entities.ts). */
export const AUDIT_ENTITIES = [AuditEntry];

@Module({ controllers: [AuditController], providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
