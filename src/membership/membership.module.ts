/**
 * Membership (DOMAIN.md, "Membership"; ICA principle 1): the member register and its lifecycle.
 *
 * - Lifecycle rules live in member-lifecycle.rules.ts (pure); the service locks the member row, asks the rules,
 *   writes the member, one member_transitions row and an audit entry in one transaction. An illegal transition is
 *   409 ILLEGAL_TRANSITION and writes nothing.
 * - Member numbers: drawn at the first admission from member_number_counters (row lock, same transaction), so
 *   1, 2, 3... per cooperative with no gap or duplicate under any concurrency; unique (cooperative_id, member_number);
 *   a rejoining former member keeps the number; a trigger forbids changing a number once given.
 * - Nothing ever admitted is deleted (trigger); there is no delete route at all: a withdrawn application is kept as
 *   `rejected`. member_transitions is append-only (trigger).
 * - Effective dates: a real day, not before the previous transition (nor the application), not in the future
 *   (latest: today in UTC+14). A change that takes effect later is recorded on the day it takes effect.
 * - Dates on the record: first_admitted_on (the number's date, never changes), admitted_on (latest admission:
 *   "admitted between" filters on it), ceased_on/cessation_reason (end of the last period, cleared by a new
 *   admission). The CSV shows the latest admission and, when the last period ended, its cessation; the full story
 *   is in the history.
 * - The register "as of" a day is one set-based statement over member_transitions (member-register.service.ts),
 *   the SQL form of statusOn() in the rules; an e2e test checks the two agree around every effective date.
 * - Lists are keyset-paginated by number, admission date or name; records never admitted follow by application
 *   date. The CSV export streams through a server-side cursor in one REPEATABLE READ snapshot.
 * - Admission and share capital: the bylaws' minimum shares (subscribed, or paid when the bylaws say so) belong to
 *   the share-capital module, which does not exist yet. It plugs in through the ADMISSION_REQUIREMENTS port
 *   (membership.ports.ts), called inside the admission transaction. Until a provider exists, admission is NOT
 *   checked against the minimum shares, and each admission's audit entry says so (`minimumSharesCheck:
 *   'not_available'`). Likewise the CSV's shares_held and paid_up_capital stay empty until MEMBER_HOLDINGS is
 *   provided.
 * - Access: admin and secretary manage the register; board reads; API keys by members:read / members:write; a
 *   member sees and corrects only their own record (members/me), and any other member id is 404 to them.
 * - Self-service: invitations (member-invitation.service.ts) create or link the member's account and grant the
 *   role `member`.
 * - Names sort by the database collation (C.UTF-8 in the embedded database: code-point order, "Álvaro" after
 *   "Zoila"). Search ignores case and accents.
 */
import { Module } from '@nestjs/common';
import { MemberInvitationService } from './member-invitation.service.js';
import { MemberInvitationsController } from './member-invitations.controller.js';
import { MemberRegisterService } from './member-register.service.js';
import { MemberSelfController } from './member-self.controller.js';
import { MemberService } from './member.service.js';
import { MembersController } from './members.controller.js';
import { MembershipHooks } from './membership.ports.js';

@Module({
  // MemberSelfController first: its `members/me` routes must be matched before `members/:memberId`.
  controllers: [MemberSelfController, MembersController, MemberInvitationsController],
  providers: [MembershipHooks, MemberService, MemberRegisterService, MemberInvitationService],
  exports: [MembershipHooks, MemberService, MemberRegisterService],
})
export class MembershipModule {}
