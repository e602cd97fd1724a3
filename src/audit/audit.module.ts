/**
 * The audit log: every state change records its actor, cooperative, action, target, summary and request id through
 * AuditService.record(ctx, ...) in the transaction of the change (a rolled-back change leaves no entry). Global: every
 * module writes it. Database: audit_log is append-only (statement trigger), indexed by cooperative and by target.
 */
import { Global, Module } from '@nestjs/common';
import { AuditController } from './audit.controller.js';
import { AuditService } from './audit.service.js';

@Global()
@Module({ controllers: [AuditController], providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
