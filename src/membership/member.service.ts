/**
 * Writing member records: applications, corrections and lifecycle transitions (reading them:
 * member-read.service.ts). Every write runs in one transaction with its audit entry; a write locks the member's row
 * first, so concurrent requests on one member apply one after the other and each sees what the previous one left.
 * Every UPDATE of the row increments its `version` (TypeORM's version column); a correction given the version its
 * caller read (If-Match) compares it under the lock and refuses a stale one with PRECONDITION_FAILED.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { actorOf, callingUserId } from '../auth/caller.js';
import type { RequestContext, TxContext } from '../common/context/request-context.js';
import { todayUtc } from '../common/dates.js';
import { assertVersion } from '../common/concurrency/versioned.js';
import { TransactionHelper } from '../database/transaction.js';
import { type EntityKind, type MemberAction, transition } from './member-lifecycle.rules.js';
import type {
  MemberCessationDto,
  MemberContactUpdateDto,
  MemberCreateDto,
  MemberDecisionDto,
  MemberResponseDto,
  MemberUpdateDto,
} from './member.dto.js';
import { Member } from './member.entity.js';
import { mapMember } from './member.mapper.js';
import { MemberTransition } from './member-transition.entity.js';
import type { MEMBERSHIP_EVENTS } from './membership.events.js';
import { MembershipHooks } from './membership.ports.js';
import { CommonError } from '../common/errors/common.errors.js';
import { MembershipError, memberNotFound } from './membership.errors.js';

const UPDATABLE_FIELDS = [
  'name',
  'gender',
  'dateOfBirth',
  'community',
  'occupation',
  'email',
  'phone',
  'address',
] as const satisfies readonly (keyof Member)[];
type UpdatableField = (typeof UPDATABLE_FIELDS)[number];

const AUDIT_ACTIONS: Readonly<Record<MemberAction, keyof typeof MEMBERSHIP_EVENTS>> = {
  admit: 'member.admitted',
  reject: 'member.rejected',
  withdraw_application: 'member.application_withdrawn',
  suspend: 'member.suspended',
  reinstate: 'member.reinstated',
  cease: 'member.ceased',
  rejoin: 'member.rejoined',
};

@Injectable()
export class MemberService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly audit: AuditService,
    private readonly hooks: MembershipHooks,
  ) {}

  /** A new application: status `applicant`, no number yet. */
  async apply(ctx: RequestContext, cooperativeId: string, input: MemberCreateDto): Promise<MemberResponseDto> {
    const appliedOn = input.appliedOn ?? todayUtc();
    assertPersonFields(input.kind, input.gender ?? null, input.dateOfBirth ?? null);
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const inserted = await manager.insert(Member, {
        cooperativeId,
        kind: input.kind,
        name: input.name,
        gender: input.gender ?? null,
        dateOfBirth: input.dateOfBirth ?? null,
        community: input.community ?? null,
        occupation: input.occupation ?? null,
        email: input.email ?? null,
        phone: input.phone ?? null,
        address: input.address ?? null,
        status: 'applicant',
        appliedOn,
        statusSince: appliedOn,
        memberNumber: null,
        firstAdmittedOn: null,
        admittedOn: null,
        ceasedOn: null,
        cessationReason: null,
        userId: null,
      });
      const member = mapMember(await manager.findOneByOrFail(Member, { id: inserted.identifiers[0].id as string }));
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'member.applied',
        targetType: 'member',
        targetId: member.id,
        summary: { kind: member.kind, name: member.name, appliedOn },
        event: memberEvent(member),
      });
      return member;
    });
  }

  /** The secretary's correction; `expectedVersion` (If-Match) undefined: applied to whatever is stored now. */
  async update(
    ctx: RequestContext,
    cooperativeId: string,
    memberId: string,
    changes: MemberUpdateDto,
    expectedVersion?: number,
  ): Promise<MemberResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const member = await this.lock(ctx, cooperativeId, memberId);
      assertVersion(expectedVersion, member.version);
      return this.applyChanges(ctx, member, changes, 'staff');
    });
  }

  /** A member changes their own contact data. */
  async updateOwnContact(
    ctx: RequestContext,
    cooperativeId: string,
    changes: MemberContactUpdateDto,
    expectedVersion?: number,
  ): Promise<MemberResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const member = await findOwnMember(ctx, cooperativeId, true);
      assertVersion(expectedVersion, member.version);
      return this.applyChanges(ctx, member, changes, 'member');
    });
  }

  /**
   * Applies one lifecycle action. The rules (member-lifecycle.rules.ts) decide legality and check the input;
   * admission then asks the share-capital port and draws a number if the record has none.
   */
  async transition(
    ctx: RequestContext,
    cooperativeId: string,
    memberId: string,
    action: MemberAction,
    input: MemberDecisionDto & Partial<Pick<MemberCessationDto, 'cessationReason'>>,
  ): Promise<MemberResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const member = await this.lock(ctx, cooperativeId, memberId);
      const t = transition(member.status, action, {
        effectiveDate: input.effectiveDate,
        previousEffectiveDate: member.statusSince,
        entityKind: member.kind,
        cessationReason: input.cessationReason ?? null,
        decisionReference: input.decisionReference ?? null,
        memberNumber: member.memberNumber,
      });

      if (action === 'admit') {
        await this.hooks.admission.assertAdmissible(ctx, { cooperativeId, memberId, effectiveDate: t.effectiveDate });
      }

      const memberNumber = t.assignsMemberNumber ? await drawMemberNumber(manager, cooperativeId) : member.memberNumber;
      const changes: Partial<Member> = { status: t.to, statusSince: t.effectiveDate, memberNumber };
      if (t.assignsMemberNumber) changes.firstAdmittedOn = t.effectiveDate;
      if (action === 'admit')
        Object.assign(changes, { admittedOn: t.effectiveDate, ceasedOn: null, cessationReason: null });
      if (action === 'cease') Object.assign(changes, { ceasedOn: t.effectiveDate, cessationReason: t.cessationReason });
      await manager.update(Member, { id: member.id, cooperativeId }, changes);

      const record = {
        cooperativeId,
        memberId,
        action,
        fromStatus: t.from,
        toStatus: t.to,
        effectiveDate: t.effectiveDate,
        cessationReason: t.cessationReason,
        rejectionReason: t.rejectionReason,
        decisionReference: t.decisionReference,
        reason: input.reason?.trim() || null,
        rightOfAppeal: t.rightOfAppeal,
        memberNumber,
      };
      const by = actorOf(ctx);
      const inserted = await manager.insert(MemberTransition, {
        ...record,
        recordedByType: by.type,
        recordedBy: by.id,
      });
      if (action === 'cease') {
        await this.hooks.cessation.onCeased(ctx, {
          cooperativeId,
          memberId,
          effectiveDate: t.effectiveDate,
          cessationReason: t.cessationReason!,
        });
      }
      const after = mapMember(await manager.findOneByOrFail(Member, { id: member.id }));
      await this.audit.record(ctx, {
        cooperativeId,
        action: AUDIT_ACTIONS[action],
        targetType: 'member',
        targetId: member.id,
        summary: {
          transitionId: String(inserted.identifiers[0].id),
          from: t.from,
          to: t.to,
          effectiveDate: t.effectiveDate,
          memberNumber,
          decisionReference: t.decisionReference,
          reason: record.reason,
          ...(t.cessationReason ? { cessationReason: t.cessationReason } : {}),
          ...(t.rejectionReason ? { rejectionReason: t.rejectionReason } : {}),
          ...(t.rightOfAppeal ? { rightOfAppeal: true } : {}),
          ...(action === 'admit' ? { minimumSharesCheck: 'passed' } : {}),
        },
        event: memberEvent(after),
      });
      return after;
    });
  }

  private async lock(ctx: TxContext, cooperativeId: string, memberId: string): Promise<Member> {
    const member = await ctx.manager.findOne(Member, {
      where: { id: memberId, cooperativeId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!member) throw memberNotFound();
    return member;
  }

  private async applyChanges(
    ctx: TxContext,
    member: Member,
    changes: MemberUpdateDto | MemberContactUpdateDto,
    by: 'staff' | 'member',
  ): Promise<MemberResponseDto> {
    const given = changes as Partial<Record<UpdatableField, string | null>>;
    const changed = UPDATABLE_FIELDS.filter((f) => given[f] !== undefined && given[f] !== member[f]);
    const after = Object.fromEntries(changed.map((f) => [f, given[f]])) as Partial<Member>;
    const before = Object.fromEntries(changed.map((f) => [f, member[f]])) as Partial<Member>;
    assertPersonFields(
      member.kind,
      'gender' in after ? (after.gender ?? null) : member.gender,
      'dateOfBirth' in after ? (after.dateOfBirth ?? null) : member.dateOfBirth,
    );
    const { manager } = ctx;
    if (changed.length > 0) {
      await manager.update(Member, { id: member.id, cooperativeId: member.cooperativeId }, after);
      const updated = mapMember(await manager.findOneByOrFail(Member, { id: member.id }));
      await this.audit.record(ctx, {
        cooperativeId: member.cooperativeId,
        action: 'member.updated',
        targetType: 'member',
        targetId: member.id,
        summary: { by, before, after },
        event: memberEvent(updated),
      });
      return updated;
    }
    return mapMember(await manager.findOneByOrFail(Member, { id: member.id }));
  }
}

/** The caller's own record, locked for a change when `forUpdate`. */
export async function findOwnMember(ctx: TxContext, cooperativeId: string, forUpdate: boolean): Promise<Member> {
  const member = await ctx.manager.findOne(Member, {
    where: { cooperativeId, userId: callingUserId(ctx) },
    lock: forUpdate ? { mode: 'pessimistic_write' } : undefined,
  });
  if (!member)
    throw new MembershipError('MEMBER_NOT_FOUND', 'Your account is not linked to a member of this cooperative.');
  return member;
}

/**
 * The next number of the cooperative: the counter row is created at the first admission and incremented by each
 * one, under its row lock, inside the admission's transaction (so a rolled-back admission leaves no gap).
 */
async function drawMemberNumber(manager: EntityManager, cooperativeId: string): Promise<number> {
  const rows: { last_number: number }[] = await manager.query(
    `INSERT INTO member_number_counters (cooperative_id, last_number) VALUES ($1, 1)
     ON CONFLICT (cooperative_id) DO UPDATE SET last_number = member_number_counters.last_number + 1
     RETURNING last_number`,
    [cooperativeId],
  );
  return rows[0].last_number;
}

/** Gender and date of birth describe people; a legal entity has neither. */
function assertPersonFields(kind: EntityKind, gender: string | null, dateOfBirth: string | null): void {
  if (kind === 'natural_person') return;
  const errors = [
    ...(gender !== null ? [{ field: 'gender', message: 'gender is for natural persons only' }] : []),
    ...(dateOfBirth !== null ? [{ field: 'dateOfBirth', message: 'dateOfBirth is for natural persons only' }] : []),
  ];
  if (errors.length > 0)
    throw new CommonError('VALIDATION_FAILED', 'A legal entity has no gender or date of birth.', errors);
}

/** A member event's data: the record as GET /members/{id} shows it, for readers holding members:read. */
const memberEvent = (member: MemberResponseDto) => ({ data: member, readScope: 'members:read' as const });
