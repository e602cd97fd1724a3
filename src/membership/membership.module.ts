/**
 * Membership (DOMAIN.md "Membership"; ICA principle 1): the member register, its lifecycle, self-service accounts.
 * - Lifecycle rules are pure (member-lifecycle.rules.ts); a transition locks the member row and writes the member, one
 *   member_transitions row and its audit entry in one transaction. Effective dates: a real day, not before the
 *   previous transition, not later than today in UTC+14. Numbers come from member_number_counters (row lock) at the
 *   first admission: no gap, no duplicate; a rejoining member keeps theirs. Nothing is deleted (no delete route).
 * - Status on day D is register.sql.ts (statusOnSql), the SQL twin of statusOn() (equivalence e2e test); the
 *   register as of a day reads it, and so should every other module.
 * - Share capital, above on the ladder, answers through ports (membership.ports.ts, MembershipHooks, filled by
 *   ShareCapitalModule): minimum shares at admission, holdings in the CSV export, the withdrawal hook at cessation.
 * - Access (member-access.ts): admin and secretary write, board reads, API keys by members:read/write; a member sees
 *   only their own record (members/me; any other id is 404). Search ignores case and accents.
 * - Database: unique (cooperative_id, member_number), (cooperative_id, user_id), one pending invitation per member;
 *   CHECKs tie status, numbers, admission and cessation fields together; triggers: a numbered member is never deleted
 *   and its number, first admission and cooperative never change, member_transitions is append-only, the counter
 *   only goes up.
 */
import { Module } from '@nestjs/common';
import { MemberInvitationService } from './member-invitation.service.js';
import { MemberInvitationsController } from './member-invitations.controller.js';
import { MemberRegisterService } from './member-register.service.js';
import { MemberSelfController } from './member-self.controller.js';
import { MemberReadService } from './member-read.service.js';
import { MemberService } from './member.service.js';
import { MembersController } from './members.controller.js';
import { MembershipHooks } from './membership.ports.js';
import { Member } from './member.entity.js';
import { MemberTransition } from './member-transition.entity.js';
import { MemberNumberCounter } from './member-number-counter.entity.js';
import { MemberInvitation } from './member-invitation.entity.js';
import { AuditModule } from '../audit/audit.module.js';

/** The tables this module owns, for the data source the app composes (src/entities.ts). */
export const MEMBERSHIP_ENTITIES = [Member, MemberTransition, MemberNumberCounter, MemberInvitation];

@Module({
  imports: [AuditModule],
  // MemberSelfController first: its `members/me` routes must be matched before `members/:memberId`.
  controllers: [MemberSelfController, MembersController, MemberInvitationsController],
  providers: [MembershipHooks, MemberService, MemberReadService, MemberRegisterService, MemberInvitationService],
  exports: [MembershipHooks, MemberService, MemberReadService, MemberRegisterService],
})
export class MembershipModule {}
