/**
 * Cooperatives (the tenants) and their bylaws. A superadmin creates a cooperative with its bylaws (defaults for every
 * field not given); its admins change them. A change is checked whole (bylaws.rules.ts) and audited with the values
 * before and after; currency and minor-unit scale never change (the ledgers are kept in them). Every module reads
 * bylaws through CooperativeService.bylaws(ctx, id, forUpdate): FOR UPDATE serialises a change with the use cases
 * that depend on it. Database: one bylaws row per cooperative (primary key and foreign key on cooperative_id) with
 * a version column; the bylaws' consistency rules are checked in code, not by CHECKs.
 */
import { Module } from '@nestjs/common';
import { CooperativeService } from './cooperative.service.js';
import { CooperativesController } from './cooperatives.controller.js';
import { Cooperative } from './cooperative.entity.js';
import { Bylaws } from './bylaws.entity.js';
import { AuditModule } from '../audit/audit.module.js';

/** The tables this module owns, for the data source the app composes (src/entities.ts). */
export const COOPERATIVES_ENTITIES = [Cooperative, Bylaws];

@Module({
  imports: [AuditModule],
  controllers: [CooperativesController],
  providers: [CooperativeService],
  exports: [CooperativeService],
})
export class CooperativesModule {}
